package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.bytes.Codecs;

/**
 * The contents {@code bytes(source, encoding, errors)} and {@code bytearray(…)} start with,
 * following CPython's order of checks: encoding/errors only with a str, {@code __bytes__}, a
 * count of zero bytes, a buffer, an iterable of ints in range(0, 256).
 */
final class BytesConstruction {
    private BytesConstruction() {}

    /** Arguments are null when not given. */
    static byte[] fromSource(String fname, Object source, Object encoding, Object errors) {
        String enc = encoding == null ? null : str(fname, "encoding", encoding);
        String err = errors == null ? null : str(fname, "errors", errors);
        boolean isStr = source instanceof String || source instanceof PyBoxed b && b.value instanceof String;
        if (source == null) {
            if (enc != null) throw Errors.typeError("encoding without a string argument");
            if (err != null) throw Errors.typeError("errors without a string argument");
            return new byte[0];
        }
        if (enc != null) {
            if (!isStr) throw Errors.typeError("encoding without a string argument");
            String s = source instanceof String str ? str : (String) ((PyBoxed) source).value;
            return Codecs.encode(s, enc, err == null ? "strict" : err);
        }
        if (err != null) {
            throw Errors.typeError(isStr ? "string argument without an encoding" : "errors without a string argument");
        }
        Object m = source instanceof PyBytes ? null : Ops.typeOf(source).lookup("__bytes__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, source, new Object[0]);
            if (!(r instanceof PyBytes rb) || rb.type.isSubtypeOf(BuiltinTypes.BYTEARRAY)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return rb.toArray();
        }
        if (isStr) throw Errors.typeError("string argument without an encoding");
        if (!(source instanceof Double)) {
            Object i = Ops.indexOrNull(source);
            if (i != null) {
                if (i instanceof BigInteger) throw Errors.overflow("cannot fit 'int' into an index-sized integer");
                long n = (Long) i;
                if (n < 0) throw Errors.valueError("negative count");
                return new byte[BytesMethods.checkedSize(n)];
            }
        }
        return fromObject(source, fname.equals("bytes") ? "bytes" : "byte");
    }

    /**
     * {@code PyBytes_FromObject}: a buffer's bytes, or the ints of an iterable; {@code noun} is
     * the range error's subject ("bytes must be in range" for bytes(), "byte" for bytearray).
     */
    static byte[] fromObject(Object source, String noun) {
        if (source instanceof PyBytes b) return b.toArray();
        if (source instanceof BufferExporter e) return e.bufferCopy();
        if (source instanceof String || Ops.typeOf(source).lookup("__iter__") == null
                && Ops.typeOf(source).lookup("__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + Ops.typeName(source) + "' object to bytes");
        }
        Object[] items = SequenceSupport.toArray(source);
        byte[] r = new byte[items.length];
        for (int k = 0; k < items.length; k++) {
            Object i = Ops.indexOrNull(items[k]);
            if (i == null) throw Errors.typeError("'" + Ops.typeName(items[k]) + "' object cannot be interpreted as an integer");
            if (!(i instanceof Long l && l >= 0 && l < 256)) throw Errors.valueError(noun + " must be in range(0, 256)");
            r[k] = (byte) (long) (Long) i;
        }
        return r;
    }

    /** One element of an iterable of ints. */
    static byte byteOf(Object item) {
        Object i = Ops.indexOrNull(item);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(item) + "' object cannot be interpreted as an integer");
        return BytesMethods.byteValue(i);
    }

    private static String str(String fname, String name, Object v) {
        if (v instanceof String s) return s;
        throw Errors.typeError(fname + "() argument '" + name + "' must be str, not " + Ops.typeName(v));
    }
}
