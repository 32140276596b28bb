package org.pyjit.runtime.types.string;

import java.util.Arrays;

/**
 * Code-point indexing of Java strings: Python indexes, slices and measures str by code point,
 * Java by UTF-16 unit. Strings without surrogate pairs (nearly all) map one to one; for the
 * others the offsets of their pairs are found once and cached by identity, so indexing a long
 * string in a loop stays O(log n) per access.
 */
public final class CodePoints {
    private CodePoints() {}

    private static final int[] NO_PAIRS = new int[0];
    private static final int SHORT = 64;

    /** A string and the UTF-16 offsets of its surrogate pairs. */
    private record PairIndex(String s, int[] pairs) {}

    private static final PairIndex[] CACHE = new PairIndex[512];

    /** Offsets of the high surrogates that start a valid pair, in order. */
    private static int[] pairs(String s) {
        int n = s.length();
        if (n >= SHORT) {
            int slot = System.identityHashCode(s) & (CACHE.length - 1);
            PairIndex e = CACHE[slot];
            if (e != null && e.s == s) return e.pairs;
            int[] p = scan(s);
            CACHE[slot] = new PairIndex(s, p);
            return p;
        }
        return scan(s);
    }

    private static int[] scan(String s) {
        int n = s.length();
        int[] out = null;
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out == null) out = new int[4];
                else if (count == out.length) out = Arrays.copyOf(out, count * 2);
                out[count++] = i++;
            }
        }
        return out == null ? NO_PAIRS : Arrays.copyOf(out, count);
    }

    /** True when every code point of {@code s} is one char (no surrogate pairs). */
    public static boolean isSimple(String s) {
        return pairs(s).length == 0;
    }

    /** {@code len(s)}. */
    public static int length(String s) {
        return s.length() - pairs(s).length;
    }

    /** The UTF-16 offset of code point number {@code cp} (0 ≤ cp ≤ length). */
    public static int offset(String s, int cp) {
        int[] p = pairs(s);
        if (p.length == 0) return cp;
        // pair k sits at code point index p[k] - k; count the pairs before code point cp
        int lo = 0, hi = p.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] - mid < cp) lo = mid + 1;
            else hi = mid;
        }
        return cp + lo;
    }

    /** The code point index of UTF-16 offset {@code off} (at a code point boundary). */
    public static int index(String s, int off) {
        int[] p = pairs(s);
        if (p.length == 0) return off;
        int lo = 0, hi = p.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] < off) lo = mid + 1;
            else hi = mid;
        }
        return off - lo;
    }

    /** {@code s[start:end]} by code points (0 ≤ start ≤ end ≤ length). */
    public static String substring(String s, int start, int end) {
        int[] p = pairs(s);
        if (p.length == 0) return s.substring(start, end);
        return s.substring(offset(s, start), offset(s, end));
    }

    /** The code point at code point index {@code i}. */
    public static int at(String s, int i) {
        return s.codePointAt(offset(s, i));
    }

    /** The string of one code point. */
    public static String of(int cp) {
        return Character.toString(cp);
    }
}
