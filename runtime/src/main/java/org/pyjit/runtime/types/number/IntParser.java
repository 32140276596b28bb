package org.pyjit.runtime.types.number;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.ops.IntArith;

/**
 * {@code int(text, base)}: optional white space and sign, base prefixes ({@code 0x 0o 0b}, required
 * to pick the base when it is 0), single underscores between digits (and after a prefix), Unicode
 * decimal digits; CPython's messages.
 */
public final class IntParser {
    private IntParser() {}

    /**
     * Parses {@code text} in {@code base} (0 or 2..36); {@code shownBy} gives the repr used in the
     * error message (of the original str or bytes).
     */
    public static Object parse(String text, int base, java.util.function.Supplier<String> shownBy) {
        if ((base != 0 && base < 2) || base > 36) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        Object r = tryParse(NumberText.toAscii(text), base);
        if (r == null) {
            String shown = shownBy.get();
            if (shown.codePointCount(0, shown.length()) > 200) shown = shown.substring(0, shown.offsetByCodePoints(0, 200));
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + shown);
        }
        return r;
    }

    /** The value, or null when {@code s} (ASCII) is not a valid literal. */
    private static Object tryParse(String s, int base) {
        int n = s.length();
        int i = 0;
        while (i < n && NumberText.isAsciiSpace(s.charAt(i))) i++;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        boolean allZerosRequired = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (base == 0 && prefixBase == 0) {
                allZerosRequired = true; // old-style octal such as 010 is an error; 0, 00, 0_0 are fine
                base = 10;
            } else if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                if (i < n && s.charAt(i) == '_') i++; // one underscore may follow the prefix
            }
        }
        if (base == 0) base = 10;
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastWasDigit = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) return null;
                lastWasDigit = false;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0 || c > 127) break;
            if (allZerosRequired && d != 0) return null;
            digits.append(c);
            lastWasDigit = true;
        }
        if (digits.isEmpty() || !lastWasDigit) return null;
        while (i < n && NumberText.isAsciiSpace(s.charAt(i))) i++;
        if (i != n) return null;
        if ((base & (base - 1)) != 0) IntText.checkParseLimit(digits.length());
        if (digits.length() <= 12 || (base <= 10 && digits.length() <= 18)) {
            long v = Long.parseLong(digits, 0, digits.length(), base);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return IntArith.normalize(negative ? v.negate() : v);
    }
}
