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

    /** pyjit's str hash (CPython randomizes its own, so any good mix is faithful). */
    public static long hashString(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == -1 ? -2 : h;
    }
}
