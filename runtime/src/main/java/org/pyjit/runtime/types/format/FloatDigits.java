package org.pyjit.runtime.types.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite, non-negative double: {@code value = 0.DIGITS × 10^decpt}, with no
 * trailing zeros in {@code digits} (zero is {@code "0"} with {@code decpt} 1), as David Gay's
 * {@code dtoa} hands them to CPython's float formatting.
 */
record FloatDigits(String digits, int decpt) {

    private static final FloatDigits ZERO = new FloatDigits("0", 1);

    /**
     * The shortest digits that read back as {@code v} (CPython's repr), the closest to {@code v}
     * among those. The JDK's {@code Double.toString} (JDK 19+) computes exactly that, except that
     * it never gives fewer than two digits; a one-digit candidate is checked here.
     */
    static FloatDigits shortest(double v) {
        if (v == 0) return ZERO;
        String s = Double.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        all = all.substring(lead);
        decpt -= lead;
        all = stripZeros(all);
        if (all.length() == 2) {
            FloatDigits one = oneDigit(v, all, decpt);
            if (one != null) return one;
        }
        return new FloatDigits(all, decpt);
    }

    /** A one-digit decimal that reads back as {@code v}, the closer of the two neighbours; or null. */
    private static FloatDigits oneDigit(double v, String two, int decpt) {
        int d = two.charAt(0) - '0';
        FloatDigits down = new FloatDigits(String.valueOf(d), decpt);
        FloatDigits up = d == 9 ? new FloatDigits("1", decpt + 1) : new FloatDigits(String.valueOf(d + 1), decpt);
        boolean downOk = d != 0 && down.toDouble() == v;
        boolean upOk = up.toDouble() == v;
        if (downOk && upOk) {
            BigDecimal x = new BigDecimal(v);
            int c = x.subtract(down.toBigDecimal()).abs().compareTo(up.toBigDecimal().subtract(x).abs());
            return c <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    /** Correctly rounded (half-even on the exact binary value) to {@code n >= 1} significant digits. */
    static FloatDigits significant(double v, int n) {
        if (v == 0) return ZERO;
        if (n <= 15 && v >= Double.MIN_NORMAL) {
            // when the shortest digits fit, they are the correctly rounded ones (for normal doubles
            // the spacing of 15-digit decimals exceeds an ulp, so no other candidate is as close)
            FloatDigits s = shortest(v);
            if (s.digits.length() <= n) return s;
            if (n <= MAX_ROUNDED_DIGITS) {
                FloatDigits r = roundedShortest(s, n);
                if (r != null) return r;
            }
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return of(r);
    }

    /** Correctly rounded to {@code n >= 0} digits after the decimal point; digits "0" when that rounds to zero. */
    static FloatDigits fixed(double v, int n) {
        if (v == 0) return ZERO;
        FloatDigits s = shortest(v);
        int sigNeeded = s.decpt + n;
        if (sigNeeded <= 15 && v >= Double.MIN_NORMAL && s.digits.length() <= sigNeeded) return s;
        if (sigNeeded <= MAX_ROUNDED_DIGITS && v >= Double.MIN_NORMAL) {
            FloatDigits r = roundedShortest(s, sigNeeded);
            if (r != null) return r;
        }
        BigDecimal r = new BigDecimal(v).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) return ZERO;
        return of(r);
    }

    /**
     * Finite {@code v >= 0} rounded half-even, on its exact binary value, to {@code n} decimal places
     * ({@code n < 0}: to a multiple of 10^-n), as the nearest double: {@code round(v, n)}.
     */
    static double roundToPlaces(double v, int n) {
        FloatDigits d = fixed(v, n);
        return d.isZero() ? 0.0 : d.toDouble();
    }

    /** The most digits {@link #roundedShortest} keeps: an ulp is then below 0.012 of the last kept digit's unit. */
    static final int MAX_ROUNDED_DIGITS = 14;

    /**
     * The shortest digits {@code s} of a normal double v cut to their first {@code keep} digits ({@code
     * keep <= MAX_ROUNDED_DIGITS}, fewer than {@code s} has) and rounded as v's exact binary value rounds
     * there, without BigDecimal arithmetic (whose exact expansion made format(x, '.2f') of a float
     * such as 86.10000000000001 ~10x slower than CPython in steady state, and far slower while the
     * JIT warms up); null when that cannot be told from {@code s}.
     *
     * <p>|s - v| is at most half an ulp, below 2^-53 v < 1.2e-16 x 10^decpt, and the kept unit is
     * 10^(decpt - keep) >= 10^(decpt - 14): so v lies within 0.012 units of s. When the first dropped
     * digit is 0-3 (s's dropped fraction below 0.4) v rounds down, when it is 6-9 (at least 0.6) v
     * rounds up, either way as s does; with 4 or 5, v may lie on either side of the halfway point.
     * {@code keep < 0}: v is below a tenth of the unit and rounds to zero.
     */
    private static FloatDigits roundedShortest(FloatDigits s, int keep) {
        if (keep < 0) return ZERO;
        if (keep >= s.digits.length()) return s;
        char dropped = s.digits.charAt(keep);
        if (dropped == '4' || dropped == '5') return null;
        if (dropped < '4') return keep == 0 ? ZERO : new FloatDigits(stripZeros(s.digits.substring(0, keep)), s.decpt);
        char[] kept = s.digits.substring(0, keep).toCharArray();
        int i = keep - 1;
        while (i >= 0 && kept[i] == '9') i--;
        if (i < 0) return new FloatDigits("1", s.decpt + 1); // 99.7 -> 100: one digit more before the point
        kept[i]++;
        return new FloatDigits(new String(kept, 0, i + 1), s.decpt); // the digits after i were 9s, now zeros
    }

    private static FloatDigits of(BigDecimal r) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        return new FloatDigits(stripZeros(u), decpt);
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') end--;
        return s.substring(0, end);
    }

    BigDecimal toBigDecimal() {
        return new BigDecimal(new java.math.BigInteger(digits), digits.length() - decpt);
    }

    double toDouble() {
        return Double.parseDouble("0." + digits + "E" + decpt);
    }

    boolean isZero() {
        return digits.equals("0");
    }
}
