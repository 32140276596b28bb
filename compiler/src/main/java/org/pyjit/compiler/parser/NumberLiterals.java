package org.pyjit.compiler.parser;

import java.math.BigInteger;
import org.pyjit.compiler.ast.ImaginaryLiteral;

/** Values of numeric literals: Long or BigInteger, Double, or ImaginaryLiteral. */
final class NumberLiterals {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private NumberLiterals() {
    }

    /** The value of a NUMBER token's text (already validated by the lexer). */
    static Object value(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ImaginaryLiteral(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char radix = Character.toLowerCase(t.charAt(1));
            switch (radix) {
                case 'x' -> {
                    return integer(new BigInteger(t.substring(2), 16));
                }
                case 'o' -> {
                    return integer(new BigInteger(t.substring(2), 8));
                }
                case 'b' -> {
                    return integer(new BigInteger(t.substring(2), 2));
                }
                default -> {
                }
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return Double.parseDouble(t);
        }
        if (t.length() <= 18) {
            return Long.parseLong(t);
        }
        return integer(new BigInteger(t));
    }

    private static Object integer(BigInteger b) {
        if (b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0) {
            return b.longValue();
        }
        return b;
    }
}
