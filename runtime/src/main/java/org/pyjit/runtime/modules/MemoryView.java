package org.pyjit.runtime.modules;

import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
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
 * {@code memoryview}, one-dimensional over bytes and bytearray (format {@code 'B'}): a window
 * ({@code offset}, {@code length}) on the object's bytes that sees later changes of a bytearray.
 * Enough for the library's buffer handling (io, struct, hashlib take memoryviews); multi-dimensional
 * views and other formats are not written yet.
 */
public final class MemoryView extends PyObject {
    public static final PyType TYPE = BuiltinTypes.make("memoryview", BuiltinTypes.OBJECT);

    private final PyBytes obj;
    private final int offset, length;
    private boolean released;
    /** Item format: 'B' (bytes) or a cast to a native unsigned integer: 'H', 'I' (4 bytes), 'L'/'Q' (8 bytes). */
    private char format = 'B';
    private int itemsize = 1;

    MemoryView(PyBytes obj, int offset, int length) {
        super(TYPE);
        this.obj = obj;
        this.offset = offset;
        this.length = length;
    }

    /** A copy of the viewed bytes. */
    public byte[] toBytes() {
        check();
        byte[] out = new byte[length];
        System.arraycopy(obj.bytes, offset, out, 0, length);
        return out;
    }

    private void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    private boolean readonly() {
        return Ops.typeOf(obj) != BuiltinTypes.BYTEARRAY && !Ops.typeOf(obj).isSubtypeOf(BuiltinTypes.BYTEARRAY);
    }

    private static boolean installed;

    /** Installs the type and makes {@code memoryview} a builtin name. */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = TYPE;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("memoryview() takes exactly one argument");
            return of(a[1]);
        }));
        m(t, "__len__", 0, 0, a -> (long) (view(a).length / view(a).itemsize));
        m(t, "__getitem__", 1, 1, a -> view(a).getItem(a[1]));
        m(t, "__setitem__", 2, 2, a -> {
            view(a).setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        m(t, "tobytes", 0, 1, a -> new PyBytes(view(a).toBytes()));
        m(t, "tolist", 0, 0, a -> view(a).tolist());
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
        m(t, "cast", 1, 2, a -> {
            MemoryView v = view(a);
            String f = Ops.str(a[1]);
            int size = switch (f) {
                case "B", "b", "c" -> 1;
                case "H" -> 2;
                case "I" -> 4;
                case "L", "Q" -> 8;
                default -> throw Errors.notImplemented("memoryview: format " + f + " is not supported by pyjit");
            };
            if (v.length % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            MemoryView c = new MemoryView(v.obj, v.offset, v.length);
            c.format = f.charAt(0) == 'b' || f.charAt(0) == 'c' ? 'B' : f.charAt(0);
            c.itemsize = size;
            return c;
        });
        m(t, "__eq__", 1, 1, a -> {
            MemoryView v = view(a);
            byte[] mine = v.toBytes();
            byte[] other = a[1] instanceof MemoryView o ? o.toBytes() : a[1] instanceof PyBytes b ? b.toArray() : null;
            if (other == null) return BuiltinTypes.NOT_IMPLEMENTED;
            return java.util.Arrays.equals(mine, other);
        });
        m(t, "__hash__", 0, 0, a -> {
            MemoryView v = view(a);
            if (!v.readonly()) throw Errors.valueError("cannot hash writable memoryview object");
            return Ops.hash(new PyBytes(v.toBytes()));
        });
        m(t, "__repr__", 0, 0, a -> (view(a).released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(a[0])) + ">");
        m(t, "__iter__", 0, 0, a -> Ops.iter(view(a).tolist()));
        get(t, "obj", v -> v.obj);
        get(t, "nbytes", v -> (long) v.length);
        get(t, "readonly", MemoryView::readonly);
        get(t, "itemsize", v -> (long) v.itemsize);
        get(t, "format", v -> String.valueOf(v.format));
        get(t, "ndim", v -> 1L);
        get(t, "shape", v -> PyTuple.of((long) v.length));
        get(t, "strides", v -> PyTuple.of(1L));
        get(t, "contiguous", v -> true);
        get(t, "c_contiguous", v -> true);
        get(t, "released", v -> v.released);
        BuiltinsModule.namespace().putStr("memoryview", t);
    }

    private PyList tolist() {
        PyList l = new PyList();
        byte[] all = toBytes();
        for (int i = 0; i + itemsize <= all.length; i += itemsize) l.append(item(all, i));
        return l;
    }

    /** The unsigned little-endian integer of {@link #itemsize} bytes at {@code i}. */
    private Object item(byte[] b, int i) {
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) v = (v << 8) | (b[i + k] & 0xff);
        return itemsize == 8 && v < 0 ? org.pyjit.runtime.ops.IntArith.normalize(new java.math.BigInteger(Long.toUnsignedString(v)))
                : (Object) v;
    }

    /** {@code memoryview(o)}. */
    public static MemoryView of(Object o) {
        if (o instanceof MemoryView v) {
            v.check();
            return new MemoryView(v.obj, v.offset, v.length);
        }
        if (o instanceof PyBytes b) return new MemoryView(b, 0, b.length);
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    private Object getItem(Object key) {
        check();
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, length);
            if (si.step() == 1) return new MemoryView(obj, offset + (int) si.start(), (int) si.length());
            byte[] out = new byte[(int) si.length()];
            for (int i = 0; i < out.length; i++) out[i] = obj.bytes[offset + (int) (si.start() + i * si.step())];
            return new MemoryView(new PyBytes(out), 0, out.length);
        }
        long i = Ops.index(key);
        int n = length / itemsize;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
        if (itemsize > 1) return item(toBytes(), (int) i * itemsize);
        return (long) (obj.bytes[offset + (int) i] & 0xff);
    }

    private void setItem(Object key, Object value) {
        check();
        if (readonly()) throw org.pyjit.runtime.exceptions.Errors.typeError("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, length);
            byte[] src = value instanceof MemoryView v ? v.toBytes() : value instanceof PyBytes b ? b.toArray() : null;
            if (src == null) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(value) + "'");
            if (src.length != si.length()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < src.length; i++) obj.bytes[offset + (int) (si.start() + i * si.step())] = src[i];
            return;
        }
        long i = Ops.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
        long v = Ops.index(value);
        if (v < 0 || v > 255) throw Errors.valueError("memoryview: invalid value for format 'B'");
        obj.bytes[offset + (int) i] = (byte) v;
    }

    private static MemoryView view(Object[] a) {
        return (MemoryView) a[0];
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    private static void get(PyType t, String name, java.util.function.Function<MemoryView, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, o -> g.apply((MemoryView) o), null));
    }
}
