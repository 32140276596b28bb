package org.pyjit.runtime.types.number;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;

/** {@code float.hex()} and {@code float.fromhex()}: exact hexadecimal text of doubles, correctly rounded back. */
public final class FloatHex {
    private FloatHex() {}

    /** {@code '0x1.8000000000000p+0'}, {@code '-0x0.0p+0'}, {@code 'inf'}, {@code 'nan'}. */
    public static String hex(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(x);
        long mantissa = bits & 0xfffffffffffffL;
        int biased = (int) ((bits >>> 52) & 0x7ff);
        String lead = biased == 0 ? "0" : "1";
        int exp = biased == 0 ? -1022 : biased - 1023;
        String digits = String.format("%013x", mantissa);
        return sign + "0x" + lead + "." + digits + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /** Parses Python's hex float syntax; ValueError / OverflowError with CPython's messages. */
    public static double fromHex(String text) {
        String s = text.strip();
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
        String rest = s.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) return Double.NaN;
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) i += 2;
        StringBuilder digits = new StringBuilder();
        int fracDigits = 0;
        int start = i;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) digits.append(s.charAt(i++));
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                digits.append(s.charAt(i++));
                fracDigits++;
            }
        }
        if (digits.isEmpty() || i == start) throw invalid();
        long exp = 0;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) expNegative = s.charAt(i++) == '-';
            int expStart = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (exp < 1L << 40) exp = exp * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == expStart) throw invalid();
            if (expNegative) exp = -exp;
        }
        if (i != n) throw invalid();
        BigInteger m = new BigInteger(digits.toString(), 16);
        double v = scale(m, exp - 4L * fracDigits);
        return negative ? -v : v;
    }

    private static RuntimeException invalid() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    /** {@code m × 2^e} rounded half-even to a double; OverflowError past the largest double. */
    private static double scale(BigInteger m, long e) {
        if (m.signum() == 0) return 0.0;
        long top = m.bitLength() - 1 + e;
        if (top > 1023) throw Errors.overflow("hexadecimal value too large to represent as a float");
        if (top < -1080) return 0.0;
        int precision = top >= -1022 ? 53 : (int) (53 - (-1022 - top));
        int drop = m.bitLength() - precision;
        BigInteger q = m;
        if (drop > 0) {
            q = m.shiftRight(drop);
            BigInteger rest = m.subtract(q.shiftLeft(drop));
            int c = rest.compareTo(BigInteger.ONE.shiftLeft(drop - 1));
            if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        } else {
            drop = 0;
        }
        double r = Math.scalb(q.doubleValue(), (int) (e + drop));
        if (Double.isInfinite(r)) throw Errors.overflow("hexadecimal value too large to represent as a float");
        return r;
    }
}
