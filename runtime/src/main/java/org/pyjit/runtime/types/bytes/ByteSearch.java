package org.pyjit.runtime.types.bytes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The searching and splitting algorithms of {@code bytes}/{@code bytearray} on raw arrays
 * ({@code a[0:n]}), with CPython's index conventions: bounds already adjusted by the caller
 * (start may exceed n; end is within [0, n]).
 */
public final class ByteSearch {
    private ByteSearch() {}

    /** ASCII whitespace as {@code bytes.split()} and {@code bytes.strip()} see it. */
    public static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    /** First index of {@code sub} in {@code a[start:end]}, or -1. */
    public static long find(byte[] a, long start, long end, byte[] sub, int m) {
        if (start > end || end - start < m) return -1;
        outer:
        for (long i = start; i + m <= end; i++) {
            for (int j = 0; j < m; j++) if (a[(int) i + j] != sub[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Last index of {@code sub} in {@code a[start:end]}, or -1. */
    public static long rfind(byte[] a, long start, long end, byte[] sub, int m) {
        if (start > end || end - start < m) return -1;
        outer:
        for (long i = end - m; i >= start; i--) {
            for (int j = 0; j < m; j++) if (a[(int) i + j] != sub[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Non-overlapping occurrences of {@code sub} in {@code a[start:end]} (empty sub: end-start+1). */
    public static long count(byte[] a, long start, long end, byte[] sub, int m, long max) {
        if (start > end) return 0;
        if (m == 0) return Math.min(end - start + 1, max);
        long n = 0;
        for (long i = start; i + m <= end && n < max; ) {
            if (regionEquals(a, (int) i, sub, m)) {
                n++;
                i += m;
            } else {
                i++;
            }
        }
        return n;
    }

    static boolean regionEquals(byte[] a, int at, byte[] sub, int m) {
        for (int j = 0; j < m; j++) if (a[at + j] != sub[j]) return false;
        return true;
    }

    /** {@code startswith}/{@code endswith} of one candidate in {@code a[start:end]}. */
    public static boolean tailMatch(byte[] a, long start, long end, byte[] sub, int m, boolean atEnd) {
        if (start > end || end - start < m) return false;
        long at = atEnd ? end - m : start;
        return regionEquals(a, (int) at, sub, m);
    }

    /** {@code replace(old, new, count)} with CPython's rule for an empty {@code old}. */
    public static byte[] replace(byte[] a, int n, byte[] old, int m, byte[] rep, int r, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        if (m == 0) {
            long done = 0;
            for (int i = 0; i <= n; i++) {
                if (done < count) {
                    out.write(rep, 0, r);
                    done++;
                }
                if (i < n) out.write(a[i]);
            }
            return out.toByteArray();
        }
        long done = 0;
        int i = 0;
        while (i < n) {
            if (done < count && i + m <= n && regionEquals(a, i, old, m)) {
                out.write(rep, 0, r);
                i += m;
                done++;
            } else {
                out.write(a[i++]);
            }
        }
        return out.toByteArray();
    }

    /** {@code split(sep, maxsplit)}; a null {@code sep} splits on runs of ASCII whitespace. */
    public static List<byte[]> split(byte[] a, int n, byte[] sep, int m, long maxsplit) {
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(a[i] & 0xff)) i++;
                if (i == n) return out;
                if (maxsplit-- <= 0) { // the remainder keeps its trailing whitespace
                    out.add(Arrays.copyOfRange(a, i, n));
                    return out;
                }
                int j = i;
                while (j < n && !isSpace(a[j] & 0xff)) j++;
                out.add(Arrays.copyOfRange(a, i, j));
                i = j;
            }
        }
        int start = 0;
        for (int i = 0; i + m <= n && maxsplit > 0; ) {
            if (regionEquals(a, i, sep, m)) {
                out.add(Arrays.copyOfRange(a, start, i));
                i += m;
                start = i;
                maxsplit--;
            } else {
                i++;
            }
        }
        out.add(Arrays.copyOfRange(a, start, n));
        return out;
    }

    /** {@code rsplit(sep, maxsplit)}, in left-to-right order. */
    public static List<byte[]> rsplit(byte[] a, int n, byte[] sep, int m, long maxsplit) {
        if (maxsplit < 0) maxsplit = Long.MAX_VALUE;
        List<byte[]> out = new ArrayList<>();
        if (sep == null) {
            int j = n;
            while (true) {
                while (j > 0 && isSpace(a[j - 1] & 0xff)) j--;
                if (j == 0) break;
                if (maxsplit-- <= 0) { // the remainder keeps its leading whitespace
                    out.add(Arrays.copyOfRange(a, 0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(a[i - 1] & 0xff)) i--;
                out.add(Arrays.copyOfRange(a, i, j));
                j = i;
            }
        } else {
            int end = n;
            for (int i = n - m; i >= 0 && maxsplit > 0; ) {
                if (regionEquals(a, i, sep, m)) {
                    out.add(Arrays.copyOfRange(a, i + m, end));
                    end = i;
                    i -= m;
                    maxsplit--;
                } else {
                    i--;
                }
            }
            out.add(Arrays.copyOfRange(a, 0, end));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code splitlines(keepends)}: lines end at \n, \r or \r\n. */
    public static List<byte[]> splitLines(byte[] a, int n, boolean keepEnds) {
        List<byte[]> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && a[j] != '\n' && a[j] != '\r') j++;
            int eol = j;
            if (j < n) {
                if (a[j] == '\r' && j + 1 < n && a[j + 1] == '\n') j += 2;
                else j++;
            }
            out.add(Arrays.copyOfRange(a, i, keepEnds ? j : eol));
            i = j;
        }
        return out;
    }

    /** Bounds of {@code strip}: {@code chars} null means ASCII whitespace. Returns {from, to}. */
    public static int[] stripBounds(byte[] a, int n, byte[] chars, int cn, boolean left, boolean right) {
        boolean[] set = new boolean[256];
        if (chars == null) {
            for (int c = 0; c < 256; c++) set[c] = isSpace(c);
        } else {
            for (int k = 0; k < cn; k++) set[chars[k] & 0xff] = true;
        }
        int i = 0, j = n;
        if (left) while (i < j && set[a[i] & 0xff]) i++;
        if (right) while (j > i && set[a[j - 1] & 0xff]) j--;
        return new int[] {i, j};
    }
}
