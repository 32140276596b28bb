package org.pyjit.runtime.types.format;

/**
 * Text of a double in CPython's conversions: {@code repr} (shortest round-trip digits, exponent
 * below 1e-4 and from 1e16 on) and the {@code e f g} styles with a precision, with the rules of
 * CPython's {@code PyOS_double_to_string} for the alternate form ({@code #}) and for adding
 * {@code .0} to integral values.
 */
public final class FloatFormatter {
    private FloatFormatter() {}

    /** {@code repr(x)} and {@code str(x)} of a float. */
    public static String repr(double x) {
        String body = formatAbs(Math.abs(x), 'r', 0, false, true);
        return isNegative(x) ? "-" + body : body;
    }

    /** The repr without an added {@code .0}: how complex prints its parts ({@code 1}, {@code 2.5}, {@code 1e+16}). */
    public static String reprNoDot0(double x) {
        String body = formatAbs(Math.abs(x), 'r', 0, false, false);
        return isNegative(x) ? "-" + body : body;
    }

    /**
     * {@code round(x, n)} of a finite float: rounded half-even on its exact binary value to {@code n}
     * decimal places, as the nearest double (infinite when that overflows).
     */
    public static double roundToPlaces(double x, int n) {
        return Math.copySign(FloatDigits.roundToPlaces(Math.abs(x), n), x);
    }

    /** True when the sign bit is set and {@code x} is not a NaN (CPython never prints a NaN's sign). */
    public static boolean isNegative(double x) {
        return !Double.isNaN(x) && (x < 0 || (x == 0 && 1 / x < 0));
    }

    /**
     * The unsigned text of {@code |x|}.
     *
     * @param type      {@code e E f F g G} with {@code precision}, or {@code r} for the shortest repr digits
     * @param alternate the {@code #} form: always a decimal point, {@code g} keeps trailing zeros
     * @param addDot0   append {@code .0} when the result would otherwise look like an integer
     *                  ({@code repr}, and format type '' with a precision)
     */
    public static String formatAbs(double absx, char type, int precision, boolean alternate, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(absx)) return upper ? "NAN" : "nan";
        if (Double.isInfinite(absx)) return upper ? "INF" : "inf";
        FloatDigits d;
        boolean useExp;
        int minSig = 0;
        int minFrac = 0;
        switch (Character.toLowerCase(type)) {
            case 'r' -> {
                d = FloatDigits.shortest(absx);
                useExp = d.decpt() <= -4 || d.decpt() > 16;
            }
            case 'e' -> {
                d = FloatDigits.significant(absx, precision + 1);
                useExp = true;
                minSig = precision + 1;
            }
            case 'f' -> {
                d = FloatDigits.fixed(absx, precision);
                useExp = false;
                minFrac = precision;
            }
            case 'g' -> {
                int p = precision == 0 ? 1 : precision;
                d = FloatDigits.significant(absx, p);
                useExp = d.decpt() <= -4 || d.decpt() > (addDot0 ? p - 1 : p);
                if (alternate) minSig = p;
            }
            default -> throw new IllegalArgumentException("float format type " + type);
        }
        String s = layout(d.digits(), d.decpt(), useExp, minSig, minFrac, alternate, addDot0);
        return upper ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    private static String layout(String digits, int decpt, boolean useExp, int minSig, int minFrac, boolean alternate,
            boolean addDot0) {
        StringBuilder b = new StringBuilder(digits.length() + 8);
        if (digits.length() < minSig) digits = digits + "0".repeat(minSig - digits.length());
        if (useExp) {
            b.append(digits.charAt(0));
            if (digits.length() > 1 || alternate) b.append('.');
            b.append(digits, 1, digits.length());
            int exp = decpt - 1;
            b.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) b.append('0');
            return b.append(a).toString();
        }
        int frac;
        if (decpt <= 0) {
            b.append("0.").append("0".repeat(-decpt)).append(digits);
            frac = -decpt + digits.length();
        } else if (decpt >= digits.length()) {
            b.append(digits).append("0".repeat(decpt - digits.length()));
            frac = 0;
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            frac = digits.length() - decpt;
        }
        if (frac < minFrac) {
            if (frac == 0) b.append('.');
            b.append("0".repeat(minFrac - frac));
        } else if (frac == 0) {
            if (addDot0) b.append(".0");
            else if (alternate) b.append('.');
        }
        return b.toString();
    }
}
