package org.pyjit.runtime.types.string;

/**
 * Substring search over code-point windows: find, rfind, count, startswith/endswith, replace.
 * Windows {@code [start, end)} are code-point indexes already adjusted by
 * {@link SliceIndices#window}; results are code-point indexes.
 */
public final class StrSearch {
    private StrSearch() {}

    /** {@code s.find(sub, start, end)}: the lowest index or -1. */
    public static long find(String s, String sub, long start, long end) {
        int subLen = CodePoints.length(sub);
        if (end - start < subLen) return -1;
        if (subLen == 0) return start;
        int from = CodePoints.offset(s, (int) start);
        int to = CodePoints.offset(s, (int) end);
        int at = s.indexOf(sub, from);
        if (at < 0 || at + sub.length() > to) return -1;
        return CodePoints.index(s, at);
    }

    /** {@code s.rfind(sub, start, end)}: the highest index or -1. */
    public static long rfind(String s, String sub, long start, long end) {
        int subLen = CodePoints.length(sub);
        if (end - start < subLen) return -1;
        if (subLen == 0) return end;
        int from = CodePoints.offset(s, (int) start);
        int to = CodePoints.offset(s, (int) end);
        int at = s.lastIndexOf(sub, to - sub.length());
        if (at < from) return -1;
        return CodePoints.index(s, at);
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static long count(String s, String sub, long start, long end) {
        if (end < start) return 0;
        int subLen = CodePoints.length(sub);
        if (subLen == 0) return end - start + 1;
        if (end - start < subLen) return 0;
        int from = CodePoints.offset(s, (int) start);
        int to = CodePoints.offset(s, (int) end);
        long n = 0;
        for (int at = s.indexOf(sub, from); at >= 0 && at + sub.length() <= to; at = s.indexOf(sub, at + sub.length())) n++;
        return n;
    }

    /** Whether {@code s[start:end]} starts ({@code atEnd} false) or ends with {@code sub}. */
    public static boolean tailMatch(String s, String sub, long start, long end, boolean atEnd) {
        int subLen = CodePoints.length(sub);
        end -= subLen;
        if (end < start) return false;
        if (subLen == 0) return true;
        int off = CodePoints.offset(s, (int) (atEnd ? end : start));
        return s.startsWith(sub, off);
    }

    /** {@code s.replace(old, new, count)}; count < 0 replaces all. */
    public static String replace(String s, String old, String rep, long count) {
        if (count < 0) count = Long.MAX_VALUE;
        if (count == 0) return s;
        if (old.isEmpty()) {
            // insert between code points (and at both ends)
            StringBuilder b = new StringBuilder(s.length() + rep.length() * (int) Math.min(count, s.length() + 1L));
            int i = 0;
            long done = 0;
            while (done < count) {
                b.append(rep);
                done++;
                if (i >= s.length()) break;
                int cp = s.codePointAt(i);
                b.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return b.append(s, i, s.length()).toString();
        }
        int at = s.indexOf(old);
        if (at < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        int last = 0;
        long done = 0;
        while (at >= 0 && done < count) {
            b.append(s, last, at).append(rep);
            last = at + old.length();
            done++;
            at = s.indexOf(old, last);
        }
        return b.append(s, last, s.length()).toString();
    }
}
