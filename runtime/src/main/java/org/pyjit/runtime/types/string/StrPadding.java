package org.pyjit.runtime.types.string;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;

/** center, ljust, rjust, zfill and expandtabs, measuring in code points. */
public final class StrPadding {
    private StrPadding() {}

    private static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 16) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
    }

    /** {@code s.center(width, fill)}: the extra odd pad goes left when the width is odd and the padding too, as CPython. */
    public static String center(String s, long width, int fill) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        checkSize(width);
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    public static String ljust(String s, long width, int fill) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        checkSize(width);
        return pad(s, 0, width - len, fill);
    }

    public static String rjust(String s, long width, int fill) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        checkSize(width);
        return pad(s, width - len, 0, fill);
    }

    private static String pad(String s, long left, long right, int fill) {
        String f = Character.toString(fill);
        return f.repeat((int) left) + s + f.repeat((int) right);
    }

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, long width) {
        int len = CodePoints.length(s);
        if (width <= len) return s;
        checkSize(width);
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return s.charAt(0) + zeros + s.substring(1);
        return zeros + s;
    }

    /** {@code s.expandtabs(tabsize)}: columns restart after \n and \r; tabsize <= 0 removes tabs. */
    public static String expandtabs(String s, long tabsize) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder b = new StringBuilder(s.length() + 16);
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - column % tabsize;
                    column += incr;
                    checkSize(b.length() + incr);
                    b.append(" ".repeat((int) incr));
                }
            } else {
                column++;
                b.appendCodePoint(c);
                if (c == '\n' || c == '\r') column = 0;
            }
        }
        return b.toString();
    }

    /** Strips code points in {@code chars} (white space when null) from the left and/or right. */
    public static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int c = s.codePointAt(i);
                if (!stripped(c, chars)) break;
                i += Character.charCount(c);
            }
        }
        if (right) {
            while (j > i) {
                int c = s.codePointBefore(j);
                if (!stripped(c, chars)) break;
                j -= Character.charCount(c);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int c, String chars) {
        if (chars == null) return UnicodeData.isSpace(c);
        return chars.indexOf(c) >= 0;
    }
}
