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
        if (v >= 0 && v < MODULUS) return v; // the common case, without the division
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
        long acc = TUPLE_HASH_START;
        for (long lane : itemHashes) acc = tupleHashStep(acc, lane);
        return tupleHashFinish(acc, itemHashes.length);
    }

    /** The tuple hash's accumulator before the first item (for hashing items one at a time, without an array). */
    public static final long TUPLE_HASH_START = XXPRIME_5;

    /** The tuple hash's accumulator after one more item whose hash is {@code lane}. */
    public static long tupleHashStep(long acc, long lane) {
        acc += lane * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    /** The tuple hash of {@code length} items from the accumulator after the last one. */
    public static long tupleHashFinish(long acc, int length) {
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /**
     * CPython 3.11's str hash as it is with {@code PYTHONHASHSEED=0} (randomization off, so the
     * SipHash-1-3 key is zero): SipHash-1-3 of the string's code points stored in CPython's
     * narrowest layout (1, 2 or 4 bytes per character, little-endian). Matching it makes sets and
     * dicts of strings iterate in CPython's order for that seed; any other seed is random anyway.
     */
    public static long hashString(String s) {
        // CPython caches a str's hash in the object; Java strings cannot carry it, so recent ones
        // (mostly the same interned names, over and over) are remembered by identity
        if (s.length() > 256) return computeStringHash(s); // do not keep big strings alive
        int slot = System.identityHashCode(s) & (STRING_HASHES.length - 1);
        StringHash cached = STRING_HASHES[slot];
        if (cached != null && cached.s == s) return cached.hash;
        long h = computeStringHash(s);
        STRING_HASHES[slot] = new StringHash(s, h);
        return h;
    }

    private record StringHash(String s, long hash) {}

    private static final StringHash[] STRING_HASHES = new StringHash[4096];

    private static long computeStringHash(String s) {
        int n = s.length();
        if (n == 0) return 0;
        int width = 1;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                if (width == 1) width = 2;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    width = 4;
                    pairs++;
                    i++;
                }
            }
        }
        // stream the string's units (1, 2 or 4 bytes each) into 64-bit little-endian words, without copying
        int unitBits = 8 * width;
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        long word = 0;
        int filled = 0;
        for (int i = 0; i < n; ) {
            int unit;
            if (width == 4) {
                unit = s.codePointAt(i);
                i += Character.charCount(unit);
            } else {
                unit = s.charAt(i++);
            }
            word |= (unit & ((1L << unitBits) - 1)) << filled;
            filled += unitBits;
            if (filled == 64) {
                compress(v, word);
                word = 0;
                filled = 0;
            }
        }
        long length = (long) (n - pairs) * width;
        return finish(finalizeSip(v, word | (length << 56)));
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
        long[] v = {0x736f6d6570736575L, 0x646f72616e646f6dL, 0x6c7967656e657261L, 0x7465646279746573L};
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            long m = 0;
            for (int k = 7; k >= 0; k--) m = (m << 8) | (in[i + k] & 0xffL);
            i += 8;
            compress(v, m);
        }
        long t = 0;
        for (int k = end - i - 1; k >= 0; k--) t = (t << 8) | (in[i + k] & 0xffL);
        return finalizeSip(v, t | ((long) len << 56));
    }

    /** One message word: one SipRound (the "1" of SipHash-1-3). */
    private static void compress(long[] v, long m) {
        v[3] ^= m;
        sipRound(v);
        v[0] ^= m;
    }

    /** The last word (tail bytes and length), then the three finalization rounds. */
    private static long finalizeSip(long[] v, long b) {
        compress(v, b);
        v[2] ^= 0xff;
        sipRound(v);
        sipRound(v);
        sipRound(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static void sipRound(long[] v) {
        long v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3];
        v0 += v1;
        v2 += v3;
        v1 = Long.rotateLeft(v1, 13) ^ v0;
        v3 = Long.rotateLeft(v3, 16) ^ v2;
        v0 = Long.rotateLeft(v0, 32);
        v2 += v1;
        v0 += v3;
        v1 = Long.rotateLeft(v1, 17) ^ v2;
        v3 = Long.rotateLeft(v3, 21) ^ v0;
        v2 = Long.rotateLeft(v2, 32);
        v[0] = v0;
        v[1] = v1;
        v[2] = v2;
        v[3] = v3;
    }
}
