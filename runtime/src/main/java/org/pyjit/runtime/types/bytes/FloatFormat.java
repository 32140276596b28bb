package org.pyjit.runtime.types.bytes;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code %e}, {@code %f} and {@code %g} of a double as CPython's {@code PyOS_double_to_string}
 * renders them: correctly rounded (half-even on the exact binary value), {@code inf}/{@code nan},
 * two-digit minimum exponents, {@code %g}'s choice of notation and trailing-zero removal.
 */
public final class FloatFormat {
    private FloatFormat() {}

    /**
     * The digits of {@code v} for conversion {@code conv} (one of {@code eEfFgG}) with
     * {@code precision} (negative: the default 6) and the alternate form; a leading '-' for
     * negative values (including -0.0), no other sign.
     */
    public static String format(double v, char conv, int precision, boolean alternate) {
        boolean upper = Character.isUpperCase(conv);
        char kind = Character.toLowerCase(conv);
        int prec = precision < 0 ? 6 : precision;
        String body;
        boolean negative = Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v);
        double a = Math.abs(v);
        if (Double.isNaN(v)) body = "nan";
        else if (Double.isInfinite(v)) body = "inf";
        else body = switch (kind) {
            case 'f' -> fixed(a, prec, alternate);
            case 'e' -> exponent(a, prec, alternate);
            default -> general(a, prec == 0 ? 1 : prec, alternate);
        };
        if (upper) body = body.toUpperCase(java.util.Locale.ROOT);
        return negative ? "-" + body : body;
    }

    static String fixed(double a, int prec, boolean alternate) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        return alternate && prec == 0 ? s + "." : s;
    }

    /** Significant digits of {@code a} rounded to {@code digits}, and the decimal exponent of the first. */
    private record Digits(String digits, int exponent) {}

    private static Digits round(double a, int digits) {
        if (a == 0) return new Digits("0".repeat(digits), 0);
        BigDecimal bd = new BigDecimal(a).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        String d = bd.unscaledValue().toString();
        int exp = d.length() - bd.scale() - 1;
        if (d.length() < digits) d = d + "0".repeat(digits - d.length());
        else if (d.length() > digits) d = d.substring(0, digits); // only trailing zeros can be cut here
        return new Digits(d, exp);
    }

    static String exponent(double a, int prec, boolean alternate) {
        Digits d = round(a, prec + 1);
        StringBuilder b = new StringBuilder().append(d.digits.charAt(0));
        if (prec > 0 || alternate) b.append('.');
        b.append(d.digits, 1, d.digits.length());
        return b.append(exponentSuffix(d.exponent)).toString();
    }

    private static String exponentSuffix(int exp) {
        String e = Integer.toString(Math.abs(exp));
        return "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    static String general(double a, int prec, boolean alternate) {
        int exp = round(a, prec).exponent;
        String s;
        if (exp >= -4 && exp < prec) {
            s = fixed(a, prec - 1 - exp, alternate);
            if (!alternate) s = stripZeros(s);
        } else {
            s = exponent(a, prec - 1, alternate);
            if (!alternate) {
                int e = s.indexOf('e');
                s = stripZeros(s.substring(0, e)) + s.substring(e);
            }
        }
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int end = s.length();
        while (s.charAt(end - 1) == '0') end--;
        if (s.charAt(end - 1) == '.') end--;
        return s.substring(0, end);
    }
}
