package org.pyjit.runtime.modules.array;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.ops.IntArith;

/**
 * Decoding of the bytes in a pickled array written on another machine: CPython's machine format
 * codes (0-13 integers of 1, 2, 4, 8 bytes, unsigned/signed, little/big endian; 14-17 IEEE
 * floats and doubles; 18-21 UTF-16 and UTF-32) turned into the Python values to rebuild from.
 */
final class MachineFormats {
    private MachineFormats() {}

    private static final int[] INT_SIZE = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8};

    /** The values (a list) or text (a str) that the bytes {@code b} in machine format {@code code} hold. */
    static Object decode(int code, byte[] b) {
        if (code >= 18) {
            Charset cs = switch (code) {
                case 18 -> StandardCharsets.UTF_16LE;
                case 19 -> StandardCharsets.UTF_16BE;
                case 20 -> Charset.forName("UTF-32LE");
                default -> Charset.forName("UTF-32BE");
            };
            return new String(b, cs);
        }
        boolean big = code < 14 ? code >= 2 && code % 2 == 1 : code % 2 == 1;
        int size = code < 14 ? INT_SIZE[code] : code < 16 ? 4 : 8;
        if (b.length % size != 0) throw Errors.valueError("string length not a multiple of item size");
        ByteBuffer buf = ByteBuffer.wrap(b).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        boolean signed = code == 1 || code == 4 || code == 5 || code == 8 || code == 9 || code == 12 || code == 13;
        PyList out = new PyList();
        for (int at = 0; at < b.length; at += size) {
            if (code >= 14) {
                out.append(size == 4 ? (double) buf.getFloat(at) : buf.getDouble(at));
                continue;
            }
            long v = switch (size) {
                case 1 -> signed ? buf.get(at) : buf.get(at) & 0xffL;
                case 2 -> signed ? buf.getShort(at) : buf.getShort(at) & 0xffffL;
                case 4 -> signed ? buf.getInt(at) : buf.getInt(at) & 0xffffffffL;
                default -> buf.getLong(at);
            };
            out.append(!signed && size == 8 && v < 0 ? IntArith.normalize(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))) : (Object) v);
        }
        return out;
    }
}
