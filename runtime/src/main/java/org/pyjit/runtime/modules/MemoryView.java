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
 * {@code memoryview}, one-dimensional, over any {@link BufferExporter} (bytes, bytearray, array,
 * another memoryview): a window ({@code offset}, {@code length} in bytes) on the exporter's bytes
 * that sees later changes, with the exporter's item format or one it was cast to. Slices with a
 * step copy the items (a view of the copy); multi-dimensional shapes are not written.
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

    private static boolean installed;

    /** Installs the type and makes {@code memoryview} a builtin name. */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = TYPE;
        org.pyjit.runtime.objects.ArgParser args = new org.pyjit.runtime.objects.ArgParser("memoryview", new String[] {"object"}, 0, 1, 1);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> of(args.parse(a, kw, 1)[0])));
        org.pyjit.runtime.types.TypeLayout.markWeakrefable(t);
        m(t, "__len__", 0, 0, a -> (long) view(a).checked().count());
        m(t, "__getitem__", 1, 1, a -> view(a).getItem(a[1]));
        m(t, "__setitem__", 2, 2, a -> {
            view(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        m(t, "__delitem__", 1, 1, a -> {
            throw Errors.typeError("cannot delete memory");
        });
        m(t, "tobytes", 0, 1, a -> new PyBytes(view(a).toBytes()));
        m(t, "tolist", 0, 0, a -> view(a).tolist());
        m(t, "toreadonly", 0, 0, a -> {
            MemoryView v = view(a).checked();
            return new MemoryView(v.obj, v.offset, v.length, v.format, v.itemsize, true);
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
        m(t, "cast", 1, 2, a -> view(a).cast(a[1], a.length > 2 ? a[2] : null));
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
        m(t, "__iter__", 0, 0, a -> Ops.iter(view(a).tolist()));
        get(t, "obj", v -> v.obj);
        get(t, "nbytes", v -> (long) v.length);
        get(t, "readonly", v -> v.readonly);
        get(t, "itemsize", v -> (long) v.itemsize);
        get(t, "format", v -> v.format);
        get(t, "ndim", v -> 1L);
        get(t, "shape", v -> PyTuple.of((long) v.count()));
        get(t, "strides", v -> PyTuple.of((long) v.itemsize));
        get(t, "suboffsets", v -> PyTuple.of());
        get(t, "contiguous", v -> v.contiguous);
        get(t, "c_contiguous", v -> v.contiguous);
        get(t, "f_contiguous", v -> v.contiguous);
        get(t, "released", v -> v.released);
        BuiltinsModule.namespace().putStr("memoryview", t);
    }

    private MemoryView checked() {
        check();
        return this;
    }

    private PyList tolist() {
        check();
        PyList l = new PyList();
        byte[] all = obj.bufferArray();
        int base = bufferOffset();
        char c = code();
        for (int i = 0; i + itemsize <= length; i += itemsize) l.append(NativeItems.get(all, base + i, c));
        return l;
    }

    /** {@code memoryview(o)}. */
    public static MemoryView of(Object o) {
        if (o instanceof BufferExporter e && e.bufferSource() != null) o = e.bufferSource();
        if (o instanceof MemoryView v) {
            v.check();
            MemoryView copy = new MemoryView(v.obj, v.offset, v.length, v.format, v.itemsize, v.readonly);
            copy.contiguous = v.contiguous;
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
        if (length % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        if (shape != null && shape != PyNone.NONE) {
            Object[] dims = org.pyjit.runtime.builtins.Iteration.toArray(shape);
            if (dims.length != 1) throw Errors.notImplemented("memoryview: multi-dimensional casts are not supported by pyjit");
            if (Ops.index(dims[0]) * size != length) throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return new MemoryView(obj, offset, length, plain, size, readonly);
    }

    private Object equalTo(Object other) {
        if (other == this) return true;
        if (!(other instanceof BufferExporter e)) return BuiltinTypes.NOT_IMPLEMENTED;
        if (released || other instanceof MemoryView o && o.released) return false;
        PyList mine = tolist();
        PyList theirs = of(e).tolist();
        if (mine.size != theirs.size) return false;
        for (int i = 0; i < mine.size; i++) {
            Object x = mine.get(i), y = theirs.get(i);
            // items compare by value, so a NaN item makes the views unequal even when it is the same object
            if (x instanceof Double d && d.isNaN() || !Ops.eq(x, y)) return false;
        }
        return true;
    }

    private Object getItem(Object key) {
        check();
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
        long i = Ops.index(key);
        check(); // __index__ may have released the view
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
        return NativeItems.get(obj.bufferArray(), bufferOffset() + (int) i * itemsize, code());
    }

    private void setItem(Object key, Object value) {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
        int n = count();
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, n);
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
            if (!(value instanceof Double || value instanceof Long || value instanceof Boolean || value instanceof java.math.BigInteger)) {
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
