package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.Strings;

/**
 * The named methods and attributes of int: {@code bit_length}, {@code bit_count},
 * {@code to_bytes}, {@code from_bytes}, {@code as_integer_ratio}, {@code real}, {@code imag},
 * {@code numerator}, {@code denominator}, {@code __sizeof__}.
 */
final class IntExtras {
    private IntExtras() {}

    static void install(PyType t) {
        Methods.noArgs(t, "bit_length", s -> (long) IntArith.big(IntMethods.self(s)).abs().bitLength());
        Methods.noArgs(t, "bit_count", s -> (long) IntArith.big(IntMethods.self(s)).abs().bitCount());
        Methods.noArgs(t, "as_integer_ratio", s -> PyTuple.of(IntMethods.self(s), 1L));
        Methods.noArgs(t, "__sizeof__", s -> 24L + 4L * Math.max(1, (IntArith.big(IntMethods.self(s)).abs().bitLength() + 29) / 30));
        Methods.getter(t, "real", IntMethods::self);
        Methods.getter(t, "numerator", IntMethods::self);
        Methods.getter(t, "imag", s -> 0L);
        Methods.getter(t, "denominator", s -> 1L);
        Methods.keywords(t, "to_bytes", new String[] {"length", "byteorder", "signed"}, 0, 2, 0,
                (s, p) -> toBytes(IntMethods.self(s), p[0], p[1], p[2]));
        org.pyjit.runtime.objects.ArgParser fromArgs = new org.pyjit.runtime.objects.ArgParser("from_bytes",
                new String[] {"bytes", "byteorder", "signed"}, 0, 2, 1);
        Methods.classMethod(t, "from_bytes", (a, kw) -> {
            Object[] p = fromArgs.parse(a, kw, 1);
            return fromBytes((PyType) a[0], p[0], p[1], p[2]);
        });
    }

    private static boolean littleEndian(String fname, Object byteorder) {
        if (byteorder == null) return false;
        String s = Strings.asStr(byteorder);
        if (s == null) {
            throw Errors.typeError(fname + "() argument 'byteorder' must be str, not " + Strings.argTypeName(byteorder));
        }
        if (s.equals("little")) return true;
        if (s.equals("big")) return false;
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static Object toBytes(Object v, Object lengthArg, Object byteorder, Object signedArg) {
        long length = lengthArg == null ? 1 : Ops.index(lengthArg);
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        boolean little = littleEndian("to_bytes", byteorder);
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        BigInteger x = IntArith.big(v);
        if (!signed && x.signum() < 0) throw Errors.overflow("can't convert negative int to unsigned");
        // CPython lets 0 and -1 fit in zero bytes when signed
        int needed = signed && x.bitLength() > 0 ? x.bitLength() + 1 : x.bitLength();
        if (needed > length * 8) throw Errors.overflow("int too big to convert");
        byte[] out = new byte[(int) length];
        byte[] twos = x.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (x.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    private static Object fromBytes(PyType cls, Object data, Object byteorder, Object signedArg) {
        boolean little = littleEndian("from_bytes", byteorder);
        boolean signed = signedArg != null && Ops.isTrue(signedArg);
        byte[] bytes = bytesOf(data);
        byte[] be = new byte[bytes.length + 1]; // leading 0 keeps BigInteger non-negative
        for (int i = 0; i < bytes.length; i++) be[i + 1] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        BigInteger v = new BigInteger(be);
        if (signed && bytes.length > 0 && be[1] < 0) v = v.subtract(BigInteger.ONE.shiftLeft(8 * bytes.length));
        Object value = IntArith.normalize(v);
        return cls == BuiltinTypes.INT ? value : Ops.call(cls, value);
    }

    /** {@code bytes(data)} for from_bytes ({@code PyObject_Bytes}): {@code __bytes__}, a bytes-like object or an iterable of ints in range(256). */
    private static byte[] bytesOf(Object data) {
        Object special = data instanceof PyBytes ? null : Ops.typeOf(data).lookup("__bytes__");
        if (special != null) {
            Object r = Ops.callDescriptor(special, data, new Object[0]);
            if (!(r instanceof PyBytes rb) || rb.type.isSubtypeOf(BuiltinTypes.BYTEARRAY)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return rb.toArray();
        }
        if (data instanceof BufferExporter b) return b.bufferCopy();
        if (Strings.asStr(data) != null || !isIterable(data)) {
            throw Errors.typeError("cannot convert '" + Ops.typeName(data) + "' object to bytes");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object[] items = data instanceof PyList l ? l.toArray() : data instanceof PyTuple t ? t.items : null;
        if (items != null) {
            for (Object x : items) out.write(byteValue(x));
        } else {
            Object it = Ops.iter(data);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) out.write(byteValue(x));
        }
        return out.toByteArray();
    }

    private static boolean isIterable(Object o) {
        if (o instanceof PyList || o instanceof PyTuple) return true;
        PyType t = Ops.typeOf(o);
        return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
    }

    private static int byteValue(Object x) {
        long v = Ops.index(x);
        if (v < 0 || v > 255) throw Errors.valueError("bytes must be in range(0, 256)");
        return (int) v;
    }
}
