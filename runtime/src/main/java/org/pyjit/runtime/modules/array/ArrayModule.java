package org.pyjit.runtime.modules.array;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.modules.NativeItems;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.ObjectIdentity;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.TypeLayout;

/**
 * The {@code array} module: the {@code array} type (construction, conversions to and from bytes,
 * lists, str and files, pickling) and {@code _array_reconstructor}; the sequence methods are in
 * {@link ArrayMethods}.
 */
public final class ArrayModule {
    private ArrayModule() {}

    static final PyType ARRAY = BuiltinTypes.make("array", BuiltinTypes.OBJECT, PyArray::new);
    private static final int BLOCK = 64 * 1024;
    private static PyBuiltinFunction reconstructor;

    /** A new exact {@code array.array} of typecode {@code code}, empty. */
    static PyArray newArray(char code) {
        return new PyArray(ARRAY, code);
    }

    public static synchronized PyModule create() {
        if (reconstructor == null) install();
        PyModule m = new PyModule("array");
        m.dict.putStr("array", ARRAY);
        m.dict.putStr("ArrayType", ARRAY);
        m.dict.putStr("typecodes", PyArray.TYPECODES);
        m.dict.putStr("_array_reconstructor", reconstructor);
        // as CPython's array module does on import: arrays are mutable sequences for isinstance()
        Object abc = org.pyjit.runtime.imports.ImportSystem.importModule("collections.abc");
        Ops.call(Ops.getAttr(Ops.getAttr(abc, "MutableSequence"), "register"), ARRAY);
        return m;
    }

    private static void install() {
        PyType t = ARRAY;
        t.namespace.putStr("__module__", "array");
        TypeLayout.markWeakrefable(t);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = (PyType) a[0];
            if (cls == ARRAY && kw != null && kw.length > 0) throw Errors.typeError("array.array() takes no keyword arguments");
            int positional = a.length - 1 - (kw == null ? 0 : kw.length);
            if (positional < 1) throw Errors.typeError("array() takes at least 1 argument (0 given)");
            if (positional > 2) throw Errors.typeError("array() takes at most 2 arguments (" + positional + " given)");
            return construct(cls, a[1], positional > 1 ? a[2] : null);
        }));
        ArrayMethods.install(t);
        ArrayMethods.m(t, "frombytes", 1, 1, a -> {
            frombytes(ArrayMethods.arr(a), Buffers.bytesOf(a[1]));
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "tobytes", 0, 0, a -> new PyBytes(ArrayMethods.arr(a).bytes()));
        ArrayMethods.m(t, "tolist", 0, 0, a -> ArrayMethods.toList(ArrayMethods.arr(a)));
        ArrayMethods.m(t, "fromlist", 1, 1, a -> {
            PyArray s = ArrayMethods.arr(a);
            if (!(a[1] instanceof PyList l)) throw Errors.typeError("arg must be list");
            int before = s.nbytes;
            try {
                for (Object x : l.toArray()) s.append(x);
            } catch (RuntimeException e) {
                s.nbytes = before; // all or nothing, as CPython
                throw e;
            }
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "fromunicode", 1, 1, a -> {
            PyArray s = ArrayMethods.arr(a);
            String text = a[1] instanceof String x ? x : a[1] instanceof PyBoxed b && b.value instanceof String x ? x : null;
            if (text == null) throw Errors.typeError("fromunicode() argument must be str, not " + Ops.typeName(a[1]));
            if (s.code != 'u') throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            text.codePoints().forEach(cp -> s.append(new String(Character.toChars(cp))));
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "tounicode", 0, 0, a -> tounicode(ArrayMethods.arr(a)));
        ArrayMethods.m(t, "fromfile", 2, 2, a -> {
            fromfile(ArrayMethods.arr(a), a[1], a[2]);
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "tofile", 1, 1, a -> {
            PyArray s = ArrayMethods.arr(a);
            Object write = Ops.getAttr(a[1], "write");
            for (int at = 0; at < s.nbytes; at += BLOCK) {
                Ops.call(write, new PyBytes(java.util.Arrays.copyOfRange(s.data, at, Math.min(s.nbytes, at + BLOCK))));
            }
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "byteswap", 0, 0, a -> {
            PyArray s = ArrayMethods.arr(a);
            int size = s.itemsize;
            for (int at = 0; at + size <= s.nbytes; at += size) {
                for (int i = 0, j = size - 1; i < j; i++, j--) {
                    byte x = s.data[at + i];
                    s.data[at + i] = s.data[at + j];
                    s.data[at + j] = x;
                }
            }
            return PyNone.NONE;
        });
        ArrayMethods.m(t, "buffer_info", 0, 0, a -> PyTuple.of(ObjectIdentity.id(ArrayMethods.arr(a).data),
                (long) ArrayMethods.arr(a).count()));
        ArrayMethods.m(t, "__sizeof__", 0, 0, a -> 64L + ArrayMethods.arr(a).data.length);
        ArrayMethods.m(t, "__repr__", 0, 0, a -> repr(ArrayMethods.arr(a)));
        ArrayMethods.m(t, "__reduce_ex__", 1, 1, a -> reduce(ArrayMethods.arr(a), Ops.index(a[1])));
        reconstructor = PyBuiltinFunction.positional("_array_reconstructor", "array", 4, 4, a -> reconstruct(a[0], a[1], a[2], a[3]));
        t.invalidate();
    }

    private static char typecode(Object arg) {
        String s = arg instanceof String x ? x : arg instanceof PyBoxed b && b.value instanceof String x ? x : null;
        if (s == null || s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + Ops.typeName(arg));
        }
        if (s.length() != 1 || PyArray.TYPECODES.indexOf(s.charAt(0)) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        return s.charAt(0);
    }

    private static PyArray construct(PyType cls, Object typecodeArg, Object init) {
        char c = typecode(typecodeArg);
        PyArray r = (PyArray) cls.instanceFactory.apply(cls);
        r.setCode(c);
        if (init == null) return r;
        boolean isStr = init instanceof String || init instanceof PyBoxed b && b.value instanceof String;
        if (c != 'u' && isStr) {
            throw Errors.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
        }
        if (c != 'u' && init instanceof PyArray o && o.code == 'u') {
            throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
        }
        if (isStr) {
            Ops.call(Ops.getAttr(r, "fromunicode"), init);
        } else if (init instanceof PyBytes b) {
            frombytes(r, b.toArray());
        } else if (init instanceof PyArray o && o.code == c) {
            r.replace(0, 0, o.data, o.nbytes);
        } else if (init instanceof PyList l) {
            for (Object x : l.toArray()) r.append(x);
        } else {
            Object it = Ops.iter(init);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) r.append(x);
        }
        return r;
    }

    static void frombytes(PyArray s, byte[] b) {
        if (b.length % s.itemsize != 0) throw Errors.valueError("bytes length not a multiple of item size");
        s.replace(s.nbytes, s.nbytes, b, b.length);
    }

    private static void fromfile(PyArray s, Object file, Object countArg) {
        Object n = Ops.indexOrNull(countArg);
        if (n == null) throw Errors.typeError("'" + Ops.typeName(countArg) + "' object cannot be interpreted as an integer");
        long count = n instanceof Long l ? l : Long.MAX_VALUE;
        if (count < 0) throw Errors.valueError("negative count");
        if (count > Integer.MAX_VALUE / s.itemsize) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        long want = count * s.itemsize;
        Object got = Ops.call(Ops.getAttr(file, "read"), want);
        if (!(got instanceof PyBytes b) || b.type != BuiltinTypes.BYTES && !b.type.isSubtypeOf(BuiltinTypes.BYTES)) {
            throw Errors.typeError("read() didn't return bytes");
        }
        byte[] data = b.toArray();
        int whole = data.length - data.length % s.itemsize;
        s.replace(s.nbytes, s.nbytes, data, whole);
        if (data.length != want) throw Errors.of(ExceptionTypes.EOF_ERROR, "read() didn't return enough bytes");
    }

    private static String tounicode(PyArray s) {
        if (s.code != 'u') throw Errors.valueError("tounicode() may only be called on unicode type arrays");
        StringBuilder b = new StringBuilder(s.count());
        for (int i = 0; i < s.count(); i++) {
            int cp = (int) (long) (Long) NativeItems.get(s.data, i * 4, 'i');
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw Errors.valueError("character U+" + Integer.toHexString(cp) + " is not in range [U+0000; U+10ffff]");
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static String repr(PyArray s) {
        String name = s.type.name;
        if (s.count() == 0) return name + "('" + s.code + "')";
        Object items = s.code == 'u' ? tounicode(s) : ArrayMethods.toList(s);
        return name + "('" + s.code + "', " + Ops.repr(items) + ")";
    }

    /** CPython's machine format code for each typecode on x86-64 Linux (little endian, 8-byte long). */
    private static int machineFormat(char c) {
        return switch (c) {
            case 'B' -> 0;
            case 'b' -> 1;
            case 'H' -> 2;
            case 'h' -> 4;
            case 'I' -> 6;
            case 'i' -> 8;
            case 'L', 'Q' -> 10;
            case 'l', 'q' -> 12;
            case 'f' -> 14;
            case 'd' -> 16;
            default -> 20; // 'u': UTF-32 little endian
        };
    }

    private static Object reduce(PyArray s, long protocol) {
        Object dict = Ops.getAttrOrNull(s, "__dict__");
        if (dict == null) dict = PyNone.NONE;
        if (protocol < 3) {
            return PyTuple.of(s.type, PyTuple.of(String.valueOf(s.code), ArrayMethods.toList(s)), dict);
        }
        return PyTuple.of(reconstructor, PyTuple.of(s.type, String.valueOf(s.code), (long) machineFormat(s.code),
                new PyBytes(s.bytes())), dict);
    }

    private static Object reconstruct(Object cls, Object typecodeArg, Object formatArg, Object items) {
        if (!(cls instanceof PyType type)) throw Errors.typeError("first argument must be a type object, not " + Ops.typeName(cls));
        if (!type.isSubtypeOf(ARRAY)) throw Errors.typeError(type.name + " is not a subtype of array.array");
        String tc = typecodeArg instanceof String x ? x : null;
        if (tc == null || tc.length() != 1 || PyArray.TYPECODES.indexOf(tc.charAt(0)) < 0) {
            throw Errors.valueError("second argument must be a valid type code");
        }
        long format = Ops.index(formatArg);
        if (format < 0 || format > 21) throw Errors.valueError("third argument must be a valid machine format code.");
        if (!(items instanceof PyBytes b) || b.type.isSubtypeOf(BuiltinTypes.BYTEARRAY)) {
            throw Errors.typeError("fourth argument should be bytes, not " + Ops.typeName(items));
        }
        char c = tc.charAt(0);
        if (format == machineFormat(c)) return construct(type, tc, b);
        return construct(type, tc, MachineFormats.decode((int) format, b.toArray()));
    }
}
