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
     * CPython 3.11's str hash as it is with {@code PYTHONHASHSEED=0} (randomization off, so the
     * SipHash-1-3 key is zero): SipHash-1-3 of the string's code points stored in CPython's
     * narrowest layout (1, 2 or 4 bytes per character, little-endian). Matching it makes sets and
     * dicts of strings iterate in CPython's order for that seed; any other seed is random anyway.
     */
    public static long hashString(String s) {
        int n = s.length();
        if (n == 0) return 0;
        int width = 1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                width = 2;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    width = 4;
                    break;
                }
            }
        }
        if (width == 1) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = (byte) s.charAt(i);
            return finish(sipHash13(b, 0, n));
        }
        int[] cps = width == 4 ? s.codePoints().toArray() : null;
        int count = cps != null ? cps.length : n;
        byte[] b = new byte[count * width];
        for (int i = 0; i < count; i++) {
            int c = cps != null ? cps[i] : s.charAt(i);
            for (int k = 0; k < width; k++) b[i * width + k] = (byte) (c >>> (8 * k));
        }
        return finish(sipHash13(b, 0, b.length));
    }

    /** CPython's bytes hash (PYTHONHASHSEED=0, as {@link #hashString}): SipHash-1-3 of the bytes, 0 when empty. */
    public static long hashBytes(byte[] bytes, int offset, int length) {
        return length == 0 ? 0 : finish(sipHash13(bytes, offset, length));
    }

    private static long finish(long h) {
        return h == -1 ? -2 : h;
    }

    /** SipHash-1-3 with a zero key, as CPython's pyhash.c computes it. */
    private static long sipHash13(byte[] in, int off, int len) {
        long v0 = 0x736f6d6570736575L, v1 = 0x646f72616e646f6dL, v2 = 0x6c7967656e657261L, v3 = 0x7465646279746573L;
        long b = ((long) len) << 56;
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            long m = 0;
            for (int k = 7; k >= 0; k--) m = (m << 8) | (in[i + k] & 0xffL);
            i += 8;
            v3 ^= m;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long t = 0;
        for (int k = end - i - 1; k >= 0; k--) t = (t << 8) | (in[i + k] & 0xffL);
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
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
