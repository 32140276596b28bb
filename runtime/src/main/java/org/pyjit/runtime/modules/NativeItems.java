package org.pyjit.runtime.modules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.ops.IntArith;

/**
 * Items of native machine types stored in a byte array, as x86-64 Linux lays them out (little
 * endian; C long 8 bytes): the storage of {@code array.array} and the items a {@code memoryview}
 * reads and writes. Format letters are the struct module's ('w' is a memoryview's name for an
 * array's 'u', a 4-byte code point).
 */
public final class NativeItems {
    private NativeItems() {}

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Bytes per item of {@code code}, or -1 for a letter that is not a native format. */
    public static int size(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f', 'u', 'w' -> 4;
            case 'l', 'L', 'q', 'Q', 'd', 'n', 'N', 'P' -> 8;
            default -> -1;
        };
    }

    /** Whether {@code code} holds integers. */
    public static boolean isInteger(char code) {
        return "bBhHiIlLqQnNP".indexOf(code) >= 0;
    }

    /** Whether {@code code} holds unsigned integers. */
    public static boolean isUnsigned(char code) {
        return "BHILQNP".indexOf(code) >= 0;
    }

    /** The item at byte {@code off} as a Python value. */
    public static Object get(byte[] b, int off, char code) {
        return switch (code) {
            case 'b' -> (long) b[off];
            case 'B' -> (long) (b[off] & 0xff);
            case 'c' -> new PyBytes(new byte[] {b[off]});
            case '?' -> b[off] != 0;
            case 'h' -> (long) (short) SHORT.get(b, off);
            case 'H' -> (long) ((short) SHORT.get(b, off) & 0xffff);
            case 'i' -> (long) (int) INT.get(b, off);
            case 'I' -> (long) (int) INT.get(b, off) & 0xffffffffL;
            case 'u', 'w' -> new String(Character.toChars((int) INT.get(b, off)));
            case 'f' -> (double) (float) FLOAT.get(b, off);
            case 'd' -> (double) DOUBLE.get(b, off);
            case 'L', 'Q', 'N', 'P' -> unsigned((long) LONG.get(b, off));
            default -> (long) LONG.get(b, off);
        };
    }

    /** The 64-bit pattern {@code v} read as unsigned. */
    public static Object unsigned(long v) {
        return v >= 0 ? (Object) v : IntArith.normalize(BigInteger.valueOf(v).add(TWO_64));
    }

    /** Stores the low bytes of the integer {@code v} (already range-checked) at byte {@code off}. */
    public static void putLong(byte[] b, int off, char code, long v) {
        switch (size(code)) {
            case 1 -> b[off] = (byte) v;
            case 2 -> SHORT.set(b, off, (short) v);
            case 4 -> INT.set(b, off, (int) v);
            default -> LONG.set(b, off, v);
        }
    }

    /** Stores a float ('f', rounded to single precision) or double ('d') at byte {@code off}. */
    public static void putDouble(byte[] b, int off, char code, double v) {
        if (code == 'f') FLOAT.set(b, off, (float) v);
        else DOUBLE.set(b, off, v);
    }

    /** Stores a code point ('u'/'w') at byte {@code off}. */
    public static void putCodePoint(byte[] b, int off, int cp) {
        INT.set(b, off, cp);
    }

    /** The smallest and largest value of an integer format, as BigIntegers. */
    public static BigInteger[] range(char code) {
        int bits = 8 * size(code);
        if (isUnsigned(code)) return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)};
        BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }

    /** Whether the integer {@code v} (Long or BigInteger) fits format {@code code}. */
    public static boolean fits(char code, Object v) {
        if (v instanceof Long l && size(code) < 8) {
            long n = l;
            int bits = 8 * size(code);
            return isUnsigned(code) ? n >= 0 && n < (1L << bits) : n >= -(1L << (bits - 1)) && n < (1L << (bits - 1));
        }
        if (v instanceof Long l) return !isUnsigned(code) || l >= 0;
        BigInteger[] r = range(code);
        BigInteger x = IntArith.big(v);
        return x.compareTo(r[0]) >= 0 && x.compareTo(r[1]) <= 0;
    }

    /** The integer {@code v} (fitting {@code code}) as the 64-bit pattern to store. */
    public static long bits(Object v) {
        return v instanceof Long l ? l : IntArith.big(v).longValue();
    }
}
