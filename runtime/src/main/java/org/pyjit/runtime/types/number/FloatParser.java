package org.pyjit.runtime.types.number;

import org.pyjit.runtime.exceptions.Errors;

/**
 * {@code float(text)}: white space, sign, decimal digits with single underscores between digits,
 * optional fraction and exponent, or {@code inf}/{@code infinity}/{@code nan} in any case; Unicode
 * digits and spaces too. Correct rounding is the JDK's {@code Double.parseDouble}, given only text
 * this class has validated (the JDK would also accept hex and suffixes Python rejects).
 */
public final class FloatParser {
    private FloatParser() {}

    /** Parses or raises "could not convert string to float: {shown}". */
    public static double parse(String text, java.util.function.Supplier<String> shownBy) {
        Double d = tryParse(text);
        if (d == null) throw Errors.valueError("could not convert string to float: " + shownBy.get());
        return d;
    }

    /** The value, or null when {@code text} is not a valid float literal. */
    public static Double tryParse(String text) {
        String s = NumberText.toAscii(text);
        int start = 0;
        int end = s.length();
        while (start < end && NumberText.isAsciiSpace(s.charAt(start))) start++;
        while (end > start && NumberText.isAsciiSpace(s.charAt(end - 1))) end--;
        return parseStripped(s, start, end);
    }

    /** Parses {@code s[start:end]} (ASCII, no surrounding space); null when invalid. */
    static Double parseStripped(String s, int start, int end) {
        if (start >= end) return null;
        int i = start;
        boolean negative = false;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') negative = s.charAt(i++) == '-';
        String rest = s.substring(i, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) return negative ? -Double.NaN : Double.NaN;
        StringBuilder clean = new StringBuilder(end - start + 1);
        if (negative) clean.append('-');
        int n = rest.length();
        int j = 0;
        int intDigits = scanDigits(rest, j, clean);
        if (intDigits < 0) return null;
        j += intDigits;
        int fracDigits = 0;
        if (j < n && rest.charAt(j) == '.') {
            clean.append('.');
            j++;
            fracDigits = scanDigits(rest, j, clean);
            if (fracDigits < 0) return null;
            j += fracDigits;
        }
        if (digitCount(rest, 0, j) == 0) return null;
        if (j < n && (rest.charAt(j) == 'e' || rest.charAt(j) == 'E')) {
            clean.append('e');
            j++;
            if (j < n && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) clean.append(rest.charAt(j++));
            int expDigits = scanDigits(rest, j, clean);
            if (expDigits <= 0) return null;
            j += expDigits;
        }
        if (j != n) return null;
        return Double.parseDouble(clean.toString());
    }

    /**
     * Copies the digits (underscores removed) starting at {@code j} to {@code out}; returns the
     * number of chars consumed, or -1 when an underscore is not between two digits.
     */
    private static int scanDigits(String s, int j, StringBuilder out) {
        int start = j;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                out.append(c);
                j++;
            } else if (c == '_') {
                if (j == start || j + 1 >= n || !isDigit(s.charAt(j - 1)) || !isDigit(s.charAt(j + 1))) return -1;
                j++;
            } else {
                break;
            }
        }
        return j - start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitCount(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (isDigit(s.charAt(i))) n++;
        return n;
    }
}
