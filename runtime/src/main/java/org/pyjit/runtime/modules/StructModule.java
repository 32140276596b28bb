package org.pyjit.runtime.modules;

import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The {@code _struct} module: {@code Struct}, {@code pack}/{@code unpack} and friends, {@code calcsize}, {@code error}. */
public final class StructModule {
    private StructModule() {}

    static final PyType STRUCT = BuiltinTypes.make("Struct", BuiltinTypes.OBJECT, t -> new StructObject(t));
    static final PyType UNPACK_ITERATOR = PyIterator.makeType("unpack_iterator");

    static {
        UNPACK_ITERATOR.namespace.putStr("__length_hint__", org.pyjit.runtime.objects.PyMethodDescriptor.positional(UNPACK_ITERATOR,
                "__length_hint__", 0, 0, a -> ((UnpackIterator) a[0]).remaining()));
    }
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();
    private static boolean installed;

    static final class StructObject extends PyObject {
        StructFormat format;
        Object formatObject;

        StructObject(PyType t) {
            super(t);
        }
    }

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType err = new PyType(BuiltinTypes.TYPE, "error", ExceptionTypes.EXCEPTION, null);
        err.namespace.putStr("__module__", "struct");
        err.instancesHaveDict = true;
        StructFormat.error = err;
        PyType t = STRUCT;
        t.namespace.putStr("__module__", "_struct");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            StructObject s = (StructObject) ((PyType) a[0]).instanceFactory.apply((PyType) a[0]);
            if (a.length > 1) init(s, a[1]);
            return s;
        }));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            if (a.length < 2 && ((StructObject) a[0]).format == null) {
                throw Errors.typeError("Struct() missing required argument 'format' (pos 1)");
            }
            if (a.length > 1) init((StructObject) a[0], a[1]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("format", new PyGetSetDescriptor(t, "format", o -> ((StructObject) o).format.text, null));
        t.namespace.putStr("size", new PyGetSetDescriptor(t, "size", o -> (long) ((StructObject) o).format.size, null));
        m(t, "pack", 0, -1, a -> pack(fmt(a[0]), a, 1));
        m(t, "unpack", 1, 1, a -> unpack(fmt(a[0]), a[1]));
        org.pyjit.runtime.objects.ArgParser unpackFromArgs =
                new org.pyjit.runtime.objects.ArgParser("unpack_from", new String[] {"buffer", "offset"}, 0, 2, 1);
        t.namespace.putStr("unpack_from", new PyMethodDescriptor(t, "unpack_from", (a, kw) -> {
            Object[] p = unpackFromArgs.parse(a, kw, 1); // buffer and offset may be given by keyword, as in CPython
            return unpackFrom(fmt(a[0]), p[0], p[1] == null ? 0 : Ops.index(p[1]));
        }));
        m(t, "pack_into", 2, -1, a -> packInto(fmt(a[0]), a[1], Ops.index(a[2]), a, 3));
        m(t, "iter_unpack", 1, 1, a -> iterUnpack(fmt(a[0]), a[1]));
        m(t, "__repr__", 0, 0, a -> "Struct(" + Ops.repr(((StructObject) a[0]).format.text) + ")");
    }

    private static void init(StructObject s, Object format) {
        s.formatObject = format;
        s.format = compile(format);
    }

    private static StructFormat fmt(Object o) {
        StructObject s = (StructObject) o;
        if (s.format == null) throw Errors.valueError("Struct object not initialized");
        return s.format;
    }

    static StructFormat compile(Object format) {
        String text;
        if (format instanceof String s) text = s;
        else if (format instanceof PyBoxed b && b.value instanceof String s) text = s;
        else if (format instanceof PyBytes b) text = new String(b.toArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        else throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(format));
        StructFormat f = CACHE.get(text);
        if (f == null) {
            f = new StructFormat(text);
            if (CACHE.size() > 100) CACHE.clear();
            CACHE.put(text, f);
        }
        return f;
    }

    private static PyBytes pack(StructFormat f, Object[] a, int from) {
        if (a.length - from != f.values) {
            throw StructFormat.fail("pack expected " + f.values + " items for packing (got " + (a.length - from) + ")");
        }
        if (f.size > Integer.MAX_VALUE - 8) throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        byte[] out = new byte[(int) f.size];
        f.pack(a, from, out, 0);
        return new PyBytes(out);
    }

    private static byte[] buffer(Object o) {
        return Buffers.bytesOf(o);
    }

    private static PyTuple unpack(StructFormat f, Object data) {
        byte[] in = buffer(data);
        if (in.length != f.size) throw StructFormat.fail("unpack requires a buffer of " + f.size + " bytes");
        return new PyTuple(f.unpack(in, 0));
    }

    private static PyTuple unpackFrom(StructFormat f, Object data, long offset) {
        byte[] in = buffer(data);
        if (offset < 0) {
            if (offset + f.size > 0) throw StructFormat.fail("not enough data to unpack " + f.size + " bytes at offset " + offset);
            if (offset + in.length < 0) throw StructFormat.fail("offset " + offset + " out of range for " + in.length + "-byte buffer");
            offset += in.length;
        }
        if (in.length - offset < f.size) {
            throw StructFormat.fail("unpack_from requires a buffer of at least " + Long.toUnsignedString(f.size + offset) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + in.length + ")");
        }
        return new PyTuple(f.unpack(in, (int) offset));
    }

    private static Object packInto(StructFormat f, Object target, long offset, Object[] a, int from) {
        BufferExporter b = Buffers.writable(target, "");
        int length = b.bufferLength();
        if (a.length - from != f.values) {
            throw StructFormat.fail("pack_into expected " + f.values + " items for packing (got " + (a.length - from) + ")");
        }
        if (offset < 0) {
            if (offset + f.size > 0) throw StructFormat.fail("no space to pack " + f.size + " bytes at offset " + offset);
            if (offset + length < 0) throw StructFormat.fail("offset " + offset + " out of range for " + length + "-byte buffer");
            offset += length;
        }
        if (length - offset < f.size) {
            throw StructFormat.fail("pack_into requires a buffer of at least " + Long.toUnsignedString(f.size + offset) + " bytes for packing " + f.size
                    + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] out = new byte[(int) f.size];
        f.pack(a, from, out, 0);
        Buffers.write(b, (int) offset, out, 0, out.length);
        return PyNone.NONE;
    }

    private static Object iterUnpack(StructFormat f, Object data) {
        byte[] in = buffer(data);
        if (f.size == 0) throw StructFormat.fail("cannot iteratively unpack with a struct of length 0");
        if (in.length % f.size != 0) {
            throw StructFormat.fail("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, in);
    }

    /** {@code Struct.iter_unpack}'s iterator: one tuple per {@code size} bytes, with {@code __length_hint__}. */
    private static final class UnpackIterator extends PyIterator {
        private final StructFormat format;
        private final byte[] in;
        private int at;

        UnpackIterator(StructFormat format, byte[] in) {
            super(UNPACK_ITERATOR);
            this.format = format;
            this.in = in;
        }

        @Override
        public Object next() {
            if (at >= in.length) return null;
            Object r = new PyTuple(format.unpack(in, at));
            at += format.size;
            return r;
        }

        long remaining() {
            return (in.length - at) / format.size;
        }
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_struct");
        PyDict d = m.dict;
        d.putStr("Struct", STRUCT);
        d.putStr("error", StructFormat.error);
        fn(d, "pack", 1, -1, a -> pack(compile(a[0]), a, 1));
        fn(d, "unpack", 2, 2, a -> unpack(compile(a[0]), a[1]));
        d.putStr("unpack_from", new PyBuiltinFunction("unpack_from", "_struct", (a, kw) -> {
            Object[] p = new org.pyjit.runtime.objects.ArgParser("unpack_from", new String[] {"format", "buffer", "offset"}, 1, 3, 2)
                    .parse(a, kw, 0);
            return unpackFrom(compile(p[0]), p[1], p[2] == null ? 0 : Ops.index(p[2]));
        }));
        fn(d, "pack_into", 3, -1, a -> packInto(compile(a[0]), a[1], Ops.index(a[2]), a, 3));
        fn(d, "iter_unpack", 2, 2, a -> iterUnpack(compile(a[0]), a[1]));
        fn(d, "calcsize", 1, 1, a -> (long) compile(a[0]).size);
        fn(d, "_clearcache", 0, 0, a -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_struct", min, max, body));
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
