package org.pyjit.runtime.ops;

import java.math.BigInteger;

/**
 * CPython's hash functions for the values whose hashes decide set and dict layout: ints (reduced
 * modulo the Mersenne prime 2**61 - 1), floats (equal to the int hash when integral), tuples
 * (the xxHash-derived combination of CPython 3.8+).
 */
public final class Hashing {
    private Hashing() {}

    public static final long MODULUS = (1L << 61) - 1;
    public static final long INF = 314159;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    public static long hashLong(long v) {
        long r;
        if (v >= 0) {
            r = v % MODULUS;
        } else { // |v| computed as -(v+1)+1 so that Long.MIN_VALUE does not overflow
            long a = (-(v + 1)) % MODULUS + 1;
            r = a == MODULUS ? 0 : -a;
        }
        return r == -1 ? -2 : r;
    }

    public static long hashBig(BigInteger v) {
        long r = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long hashDouble(double v) {
        if (Double.isNaN(v)) return 0; // CPython 3.10+ hashes NaN by identity; 0 keeps it deterministic
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return hashLong((long) v);
        // frexp-based reduction, as CPython's _Py_HashDouble
        int sign = 1;
        double m = v;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        // frexp: m in [0.5, 1) and v = m * 2**e (scalb is exact, also for subnormals and near overflow)
        int e = m < Double.MIN_NORMAL ? Math.getExponent(m * 0x1p54) + 1 - 54 : Math.getExponent(m) + 1;
        m = Math.scalb(m, -e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    /** The tuple hash from the element hashes. */
    public static long hashTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /**
     * CPython's str hash: SipHash-1-3 over the string's code points stored 1, 2 or 4 bytes wide
     * (the narrowest that fits, as CPython's compact strings), with the key of
     * {@code PYTHONHASHSEED=0} (zero), so sets of strings iterate in CPython's order for that seed.
     */
    public static long hashString(String s) {
        if (s.isEmpty()) return 0;
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > max) max = cp;
            n++;
        }
        int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] data = new byte[n * width];
        int p = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            for (int k = 0; k < width; k++) data[p++] = (byte) (cp >>> (8 * k));
        }
        return hashBytes(data, 0, data.length);
    }

    /** CPython's bytes hash (and the core of the str hash): SipHash-1-3 with a zero key; -1 becomes -2. */
    public static long hashBytes(byte[] data, int offset, int length) {
        if (length == 0) return 0;
        long v0 = 0x736f6d6570736575L, v1 = 0x646f72616e646f6dL, v2 = 0x6c7967656e657261L, v3 = 0x7465646279746573L;
        long b = ((long) length) << 56;
        int i = offset, end = offset + length;
        while (end - i >= 8) {
            long m = 0;
            for (int k = 7; k >= 0; k--) m = (m << 8) | (data[i + k] & 0xffL);
            i += 8;
            v3 ^= m;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long t = 0;
        for (int k = end - i - 1; k >= 0; k--) t = (t << 8) | (data[i + k] & 0xffL);
        b |= t;
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        long h = (v0 ^ v1) ^ (v2 ^ v3);
        return h == -1 ? -2 : h;
    }
}
