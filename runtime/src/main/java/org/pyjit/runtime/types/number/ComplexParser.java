package org.pyjit.runtime.types.number;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyComplex;

/**
 * {@code complex(text)}: {@code <float>}, {@code <float>j} or {@code <float><signed-float>j}, also
 * {@code <float><sign>j}, {@code <sign>j} and {@code j}, optionally in parentheses, with white space
 * around (not inside) and underscores between digits.
 */
public final class ComplexParser {
    private ComplexParser() {}

    public static PyComplex parse(String text) {
        PyComplex c = tryParse(NumberText.toAscii(text));
        if (c == null) throw Errors.valueError("complex() arg is a malformed string");
        return c;
    }

    private static PyComplex tryParse(String raw) {
        String s = removeUnderscores(raw);
        if (s == null) return null;
        int n = s.length();
        int i = skipSpace(s, 0);
        boolean bracket = false;
        if (i < n && s.charAt(i) == '(') {
            bracket = true;
            i = skipSpace(s, i + 1);
        }
        double re = 0, im = 0;
        int end = floatEnd(s, i);
        if (end > i) {
            double x = FloatParser.parseStripped(s, i, end);
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                re = x;
                int end2 = floatEnd(s, i);
                if (end2 > i + 1) {
                    im = FloatParser.parseStripped(s, i, end2);
                    i = end2;
                } else {
                    im = s.charAt(i) == '-' ? -1.0 : 1.0;
                    i++;
                }
                if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) return null;
                i++;
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                im = x;
                i++;
            } else {
                re = x;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) im = s.charAt(i++) == '-' ? -1.0 : 1.0;
            else im = 1.0;
            if (i >= n || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) return null;
            i++;
        }
        i = skipSpace(s, i);
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') return null;
            i = skipSpace(s, i + 1);
        }
        return i == n ? new PyComplex(re, im) : null;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && NumberText.isAsciiSpace(s.charAt(i))) i++;
        return i;
    }

    /** Underscores are allowed only between two digits; null when one is not. */
    private static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i + 1 >= s.length() || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) return null;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean matchesWord(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    /** The end of the longest float literal starting at {@code i} (sign included), or {@code i} when none. */
    private static int floatEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
        if (matchesWord(s, j, "infinity")) return j + 8;
        if (matchesWord(s, j, "inf") || matchesWord(s, j, "nan")) return j + 3;
        int digits = 0;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                digits++;
            }
        }
        if (digits == 0) return i;
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
            int expStart = k;
            while (k < n && isDigit(s.charAt(k))) k++;
            if (k > expStart) j = k;
        }
        return j;
    }
}
