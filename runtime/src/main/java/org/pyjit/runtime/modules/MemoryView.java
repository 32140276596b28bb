package org.pyjit.runtime.modules;

import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code memoryview} over any {@link BufferExporter} (bytes, bytearray, array, another memoryview):
 * a window ({@code offset}, {@code length} in bytes) on the exporter's bytes that sees later changes,
 * with the exporter's item format or one it was cast to. Slices with a step copy the items (a view
 * of the copy). A cast may give a C-contiguous view a shape of any number of dimensions
 * ({@code shape}, null for one dimension): such a view is indexed by tuples, lists itself nested
 * and slices along its first dimension; sub-views by an integer are not implemented, as in CPython.
 */
public final class MemoryView extends PyObject implements BufferExporter {
    public static final PyType TYPE = BuiltinTypes.make("memoryview", BuiltinTypes.OBJECT);

    /** The object the view was made of (the {@code obj} attribute). */
    private final BufferExporter obj;
    private final int offset, length;
    private final boolean readonly;
    private boolean released;
    /** The hash, once computed: it stays available after release, as CPython's. */
    private Object hash;
    private final String format;
    private final int itemsize;
    /** False for a view sliced with a step (pyjit copies the items; consumers of plain bytes refuse it). */
    private boolean contiguous = true;
    /** The dimensions of a view cast to a shape other than one-dimensional (C order), else null. */
    private int[] shape;

    MemoryView(BufferExporter obj, int offset, int length, String format, int itemsize, boolean readonly) {
        super(TYPE);
        this.obj = obj;
        this.offset = offset;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
    }

    /** A copy of the viewed bytes. */
    public byte[] toBytes() {
        check();
        return bufferCopy();
    }

    @Override
    public byte[] bufferArray() {
        check();
        return obj.bufferArray();
    }

    @Override
    public int bufferOffset() {
        return obj.bufferOffset() + offset;
    }

    @Override
    public int bufferLength() {
        return length;
    }

    @Override
    public String bufferFormat() {
        return format;
    }

    @Override
    public int bufferItemSize() {
        return itemsize;
    }

    @Override
    public boolean bufferReadOnly() {
        return readonly;
    }

    @Override
    public boolean bufferContiguous() {
        return contiguous;
    }

    private void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
        // the exporter shrank under the view (CPython forbids that while a view exists; see BufferExporter)
        if (offset + length > obj.bufferLength()) {
            throw Errors.of(ExceptionTypes.BUFFER_ERROR, "memoryview: underlying buffer was resized");
        }
    }

    private char code() {
        return format.charAt(format.length() - 1);
    }

    private int count() {
        return length / itemsize;
    }

    /** The dimensions, one-dimensional views included. */
    private int[] dims() {
        return shape != null ? shape : new int[] {count()};
    }

    /** The C-order strides of the dimensions, in bytes. */
    private long[] strides() {
        int[] d = dims();
        long[] s = new long[d.length];
        long step = itemsize;
        for (int i = d.length - 1; i >= 0; i--) {
            s[i] = step;
            step *= d[i];
        }
        return s;
    }

    private static PyTuple longs(int[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (long) values[i];
        return new PyTuple(out);
    }

    /** Whether the bytes are also in Fortran order: at most one dimension longer than 1. */
    private boolean fortranToo() {
        int longer = 0;
        for (int d : dims()) if (d > 1) longer++;
        return contiguous && longer <= 1;
    }

    private MemoryView withShape(int[] s) {
        shape = s;
        return this;
    }

    private static boolean installed;

    /** Installs the type and makes {@code memoryview} a builtin name. */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = TYPE;
        org.pyjit.runtime.objects.ArgParser args = new org.pyjit.runtime.objects.ArgParser("memoryview", new String[] {"object"}, 0, 1, 1);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> of(args.parse(a, kw, 1)[0])));
        org.pyjit.runtime.types.TypeLayout.markWeakrefable(t);
        m(t, "__len__", 0, 0, a -> {
            MemoryView v = view(a).checked();
            return v.shape != null && v.shape.length == 0 ? 1L : (long) v.dims()[0];
        });
        m(t, "__getitem__", 1, 1, a -> view(a).getItem(a[1]));
        m(t, "__setitem__", 2, 2, a -> {
            view(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        m(t, "__delitem__", 1, 1, a -> {
            throw Errors.typeError("cannot delete memory");
        });
        m(t, "tobytes", 0, 1, a -> new PyBytes(view(a).toBytes(a.length > 1 ? a[1] : PyNone.NONE)));
        m(t, "tolist", 0, 0, a -> view(a).tolist());
        m(t, "toreadonly", 0, 0, a -> {
            MemoryView v = view(a).checked();
            return new MemoryView(v.obj, v.offset, v.length, v.format, v.itemsize, true).withShape(v.shape);
        });
        m(t, "hex", 0, 2, a -> {
            StringBuilder b = new StringBuilder();
            for (byte x : view(a).toBytes()) b.append(String.format("%02x", x & 0xff));
            return b.toString();
        });
        m(t, "release", 0, 0, a -> {
            view(a).released = true;
            return PyNone.NONE;
        });
        m(t, "__enter__", 0, 0, a -> {
            view(a).check();
            return a[0];
        });
        m(t, "__exit__", 0, -1, a -> {
            view(a).released = true;
            return PyNone.NONE;
        });
        org.pyjit.runtime.objects.ArgParser castArgs =
                new org.pyjit.runtime.objects.ArgParser("cast", new String[] {"format", "shape"}, 0, 2, 1);
        t.namespace.putStr("cast", new PyMethodDescriptor(t, "cast", (a, kw) -> {
            Object[] p = castArgs.parse(a, kw, 1);
            return view(a).cast(p[0], p[1]);
        }));
        m(t, "__eq__", 1, 1, a -> view(a).equalTo(a[1]));
        m(t, "__ne__", 1, 1, a -> {
            Object eq = view(a).equalTo(a[1]);
            return eq instanceof Boolean b ? !b : eq;
        });
        m(t, "__hash__", 0, 0, a -> {
            if (view(a).hash != null) return view(a).hash;
            MemoryView v = view(a).checked();
            if (!v.readonly) throw Errors.valueError("cannot hash writable memoryview object");
            if (!"B".equals(v.format) && !"b".equals(v.format) && !"c".equals(v.format)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            v.hash = Ops.hash(new PyBytes(v.toBytes()));
            return v.hash;
        });
        m(t, "__repr__", 0, 0, a -> (view(a).released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(a[0])) + ">");
        m(t, "__iter__", 0, 0, a -> {
            MemoryView v = view(a).checked();
            if (v.shape != null) {
                throw v.shape.length == 0 ? Errors.typeError("invalid indexing of 0-dim memory")
                        : Errors.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return Ops.iter(v.tolist());
        });
        get(t, "obj", v -> v.obj);
        get(t, "nbytes", v -> (long) v.length);
        get(t, "readonly", v -> v.readonly);
        get(t, "itemsize", v -> (long) v.itemsize);
        get(t, "format", v -> v.format);
        get(t, "ndim", v -> (long) v.dims().length);
        get(t, "shape", v -> longs(v.dims()));
        get(t, "strides", v -> {
            long[] s = v.strides();
            Object[] out = new Object[s.length];
            for (int i = 0; i < s.length; i++) out[i] = s[i];
            return new PyTuple(out);
        });
        get(t, "suboffsets", v -> PyTuple.of());
        get(t, "contiguous", v -> v.contiguous);
        get(t, "c_contiguous", v -> v.contiguous);
        get(t, "f_contiguous", v -> v.fortranToo());
        get(t, "released", v -> v.released);
        BuiltinsModule.namespace().putStr("memoryview", t);
    }

    private MemoryView checked() {
        check();
        return this;
    }

    private Object tolist() {
        check();
        byte[] all = obj.bufferArray();
        int base = bufferOffset();
        char c = code();
        if (shape != null) {
            if (shape.length == 0) return NativeItems.get(all, base, c);
            return nested(all, base, 0, c);
        }
        PyList l = new PyList();
        for (int i = 0; i + itemsize <= length; i += itemsize) l.append(NativeItems.get(all, base + i, c));
        return l;
    }

    /** The items in C order, whatever the shape. */
    private PyList flatItems() {
        check();
        PyList l = new PyList();
        byte[] all = obj.bufferArray();
        int base = bufferOffset();
        char c = code();
        for (int i = 0; i + itemsize <= length; i += itemsize) l.append(NativeItems.get(all, base + i, c));
        return l;
    }

    /** The items of dimension {@code dim} from byte {@code at} on, as nested lists. */
    private PyList nested(byte[] all, int at, int dim, char c) {
        PyList l = new PyList();
        long stride = strides()[dim];
        for (int i = 0; i < shape[dim]; i++) {
            int p = at + (int) (i * stride);
            l.append(dim == shape.length - 1 ? NativeItems.get(all, p, c) : nested(all, p, dim + 1, c));
        }
        return l;
    }

    /** {@code tobytes(order)}: 'C', 'A' or None give the bytes as they are, 'F' in Fortran order. */
    private byte[] toBytes(Object order) {
        check();
        if (order == PyNone.NONE || "C".equals(order) || "A".equals(order)) return bufferCopy();
        if (!"F".equals(order)) {
            throw order instanceof String ? Errors.valueError("order must be 'C', 'F' or 'A'")
                    : Errors.typeError("tobytes() argument 'order' must be str or None, not " + Ops.typeName(order));
        }
        byte[] c = bufferCopy();
        int[] d = dims();
        long[] s = strides();
        byte[] out = new byte[c.length];
        int[] idx = new int[d.length];
        for (int n = 0; n < c.length / itemsize; n++) {
            long from = 0;
            for (int k = 0; k < d.length; k++) from += idx[k] * s[k];
            System.arraycopy(c, (int) from, out, n * itemsize, itemsize);
            // Fortran order: the first index varies fastest
            for (int k = 0; k < d.length && ++idx[k] == d[k]; k++) idx[k] = 0;
        }
        return out;
    }

    /** {@code memoryview(o)}. */
    public static MemoryView of(Object o) {
        if (o instanceof BufferExporter e && e.bufferSource() != null) o = e.bufferSource();
        if (o instanceof MemoryView v) {
            v.check();
            MemoryView copy = new MemoryView(v.obj, v.offset, v.length, v.format, v.itemsize, v.readonly);
            copy.contiguous = v.contiguous;
            copy.shape = v.shape;
            return copy;
        }
        if (o instanceof BufferExporter e) {
            return new MemoryView(e, 0, e.bufferLength(), e.bufferFormat(), e.bufferItemSize(), e.bufferReadOnly());
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    private Object cast(Object formatArg, Object shape) {
        check();
        if (!(formatArg instanceof String f)) throw Errors.typeError("memoryview: format argument must be a string");
        if (!contiguous) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        String plain = f.startsWith("@") ? f.substring(1) : f;
        int size = plain.length() == 1 ? NativeItems.size(plain.charAt(0)) : -1;
        if (size < 0 || plain.charAt(0) == 'u') {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        boolean byteFormat = "B".equals(plain) || "b".equals(plain) || "c".equals(plain);
        boolean fromBytes = "B".equals(format) || "b".equals(format) || "c".equals(format);
        if (!byteFormat && !fromBytes) throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        if (shape != null && shape != PyNone.NONE) {
            if (!(shape instanceof PyList || shape instanceof PyTuple)) throw Errors.typeError("shape must be a list or a tuple");
            if (dims().length != 1) throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            Object[] given = org.pyjit.runtime.builtins.Iteration.toArray(shape);
            if (given.length > 64) throw Errors.valueError("memoryview: number of dimensions must not exceed 64");
            int[] d = new int[given.length];
            long product = size;
            for (int i = 0; i < d.length; i++) {
                long n = Ops.index(given[i]);
                if (n <= 0) throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                if (product * n > Integer.MAX_VALUE) throw Errors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                product *= n;
                d[i] = (int) n;
            }
            if (product != length) throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            MemoryView v = new MemoryView(obj, offset, length, plain, size, readonly);
            return v.withShape(d.length == 1 ? null : d);
        }
        if (length % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new MemoryView(obj, offset, length, plain, size, readonly);
    }

    private Object equalTo(Object other) {
        if (other == this) return true;
        if (!(other instanceof BufferExporter e)) return BuiltinTypes.NOT_IMPLEMENTED;
        if (released || other instanceof MemoryView o && o.released) return false;
        MemoryView that = of(e);
        if (!java.util.Arrays.equals(dims(), that.dims())) return false;
        PyList mine = flatItems();
        PyList theirs = that.flatItems();
        if (mine.size != theirs.size) return false;
        for (int i = 0; i < mine.size; i++) {
            Object x = mine.get(i), y = theirs.get(i);
            // items compare by value, so a NaN item makes the views unequal even when it is the same object
            if (x instanceof Double d && d.isNaN() || !Ops.eq(x, y)) return false;
        }
        return true;
    }

    /** The byte offset (from the view's start) of the item a tuple of integers names, or -1 when the key is no such tuple. */
    private long itemOffset(Object key) {
        return itemOffset(key, "multi-dimensional slicing is not implemented");
    }

    /** {@link #itemOffset(Object)}, with the message of the NotImplementedError a tuple of slices raises. */
    private long itemOffset(Object key, String multiSlice) {
        if (!(key instanceof PyTuple t)) return -1;
        int[] d = dims();
        for (Object k : t.items) {
            if (k instanceof PySlice) {
                boolean allSlices = true;
                for (Object x : t.items) allSlices &= x instanceof PySlice;
                throw allSlices ? Errors.notImplemented(multiSlice)
                        : Errors.typeError("memoryview: invalid slice key");
            }
        }
        if (t.items.length != d.length) {
            if (d.length == 0) throw Errors.typeError("invalid indexing of 0-dim memory");
            if (t.items.length < d.length) throw Errors.notImplemented("sub-views are not implemented");
            throw Errors.typeError("cannot index " + d.length + "-dimension view with " + t.items.length + "-element tuple");
        }
        long[] s = strides();
        long at = 0;
        for (int k = 0; k < d.length; k++) {
            long i = Ops.index(t.items[k]);
            if (i < 0) i += d[k];
            if (i < 0 || i >= d[k]) throw Errors.indexError("index out of bounds on dimension " + (k + 1));
            at += i * s[k];
        }
        check(); // __index__ may have released the view
        return at;
    }

    /** Indexing a view with a shape: tuples of integers, or a slice along the first dimension. */
    private Object getShapedItem(Object key) {
        long at = itemOffset(key);
        if (at >= 0) return NativeItems.get(obj.bufferArray(), bufferOffset() + (int) at, code());
        if (shape.length == 0) throw Errors.typeError("invalid indexing of 0-dim memory");
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, shape[0]);
            if (si.step() != 1 && si.length() > 1) {
                throw Errors.notImplemented("memoryview: slicing a multi-dimensional view with a step is not supported by pyjit");
            }
            int row = (int) strides()[0];
            int[] d = shape.clone();
            d[0] = (int) si.length();
            return new MemoryView(obj, offset + (int) si.start() * row, d[0] * row, format, itemsize, readonly).withShape(d);
        }
        if (Ops.indexOrNull(key) == null) throw Errors.typeError("memoryview: invalid slice key");
        throw Errors.notImplemented("multi-dimensional sub-views are not implemented");
    }

    private Object getItem(Object key) {
        check();
        if (shape != null) return getShapedItem(key);
        int n = count();
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, n);
            int start = (int) si.start() * itemsize;
            if (si.step() == 1) return new MemoryView(obj, offset + start, (int) si.length() * itemsize, format, itemsize, readonly);
            byte[] out = new byte[(int) si.length() * itemsize];
            byte[] all = obj.bufferArray();
            int base = bufferOffset();
            for (int i = 0; i < si.length(); i++) {
                System.arraycopy(all, base + (int) (si.start() + i * si.step()) * itemsize, out, i * itemsize, itemsize);
            }
            PyBytes copy = new PyBytes(readonly ? BuiltinTypes.BYTES : BuiltinTypes.BYTEARRAY, out);
            MemoryView stepped = new MemoryView(copy, 0, out.length, format, itemsize, readonly);
            stepped.contiguous = si.length() <= 1;
            return stepped;
        }
        if (key instanceof PyTuple tup && tup.items.length == 0) return NativeItems.get(obj.bufferArray(), bufferOffset(), code());
        if (key instanceof PyTuple) return NativeItems.get(obj.bufferArray(), bufferOffset() + (int) itemOffset(key), code());
        long i = Ops.index(key);
        check(); // __index__ may have released the view
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
        return NativeItems.get(obj.bufferArray(), bufferOffset() + (int) i * itemsize, code());
    }

    private void setItem(Object key, Object value) {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        if (shape != null || key instanceof PyTuple) {
            long at = itemOffset(key, "memoryview slice assignments are currently restricted to ndim = 1");
            if (at < 0) throw Errors.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
            byte[] item = new byte[itemsize];
            storeInto(item, value, code());
            check();
            System.arraycopy(item, 0, obj.bufferArray(), bufferOffset() + (int) at, itemsize);
            return;
        }
        int n = count();
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, n);
            check(); // the bounds' __index__ may have released the view
            if (!(value instanceof BufferExporter src)) throw Buffers.notBytesLike(value);
            if (!src.bufferFormat().equals(format) && !(isByteFormat(src.bufferFormat()) && isByteFormat(format))
                    || src.bufferLength() != si.length() * itemsize) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.bufferCopy();
            byte[] all = obj.bufferArray();
            int base = bufferOffset();
            for (int i = 0; i < si.length(); i++) {
                System.arraycopy(data, i * itemsize, all, base + (int) (si.start() + i * si.step()) * itemsize, itemsize);
            }
            return;
        }
        long i = Ops.index(key);
        check(); // __index__ may have released the view
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
        store(i, value);
    }

    private static boolean isByteFormat(String f) {
        return "B".equals(f) || "b".equals(f) || "c".equals(f);
    }

    /** One item, with CPython's errors: invalid type (TypeError) or value (ValueError) for the format. */
    private void store(long index, Object value) {
        char c = code();
        byte[] item = new byte[itemsize];
        storeInto(item, value, c);
        check(); // converting the value (__index__, __float__, __bool__) may have released the view
        System.arraycopy(item, 0, obj.bufferArray(), bufferOffset() + (int) index * itemsize, itemsize);
    }

    private void storeInto(byte[] all, Object value, char c) {
        int at = 0;
        if (NativeItems.isInteger(c)) {
            Object v = value instanceof Double ? null : Ops.indexOrNull(value);
            if (v == null) throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
            if (!NativeItems.fits(c, v)) throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
            NativeItems.putLong(all, at, c, NativeItems.bits(v));
        } else if (c == 'f' || c == 'd') {
            // as CPython's PyFloat_AsDouble: numbers, and objects with __float__ or __index__
            PyType vt = Ops.typeOf(value);
            if (!(value instanceof Double || value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger)
                    && vt.lookup("__float__") == null && vt.lookup("__index__") == null) {
                throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
            }
            NativeItems.putDouble(all, at, c, MathArgs.toDouble(value));
        } else if (c == '?') {
            all[at] = (byte) (Ops.isTrue(value) ? 1 : 0);
        } else if (c == 'c') {
            if (!(value instanceof PyBytes b) || b.length != 1) {
                throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
            }
            all[at] = b.bytes[0];
        } else {
            throw Errors.notImplemented("memoryview: format " + format + " not supported");
        }
    }

    private static MemoryView view(Object[] a) {
        return (MemoryView) a[0];
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** A read-only attribute; all but {@code released} fail on a released view. */
    private static void get(PyType t, String name, java.util.function.Function<MemoryView, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> {
            if (!name.equals("released")) ((MemoryView) o).check();
            return g.apply((MemoryView) o);
        }, null));
    }
}
