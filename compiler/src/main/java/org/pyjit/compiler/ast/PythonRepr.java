package org.pyjit.compiler.ast;

import java.math.BigDecimal;

/** CPython's {@code repr} for the literal values an AST holds (str, bytes, float, complex). */
public final class PythonRepr {
    private PythonRepr() {
    }

    /** {@code repr(s)} of a str, with CPython's choice of quotes and escapes. */
    public static String ofString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * Code point ranges (inclusive pairs, ascending) that Java's newer Unicode data assigns but
     * CPython 3.11's Unicode 14.0 does not, so they are not printable there. Derived by comparing
     * python3.11's {@code str.isprintable} with Java 25's {@link Character#getType}.
     */
    private static final int[] UNASSIGNED_IN_UNICODE_14 = {
            0x897, 0x897, 0xCF3, 0xCF3, 0xECE, 0xECE, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A,
            0x2427, 0x2429, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC,
            0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F, 0x10EC2, 0x10EC4,
            0x10EFC, 0x10EFF, 0x1123F, 0x11241, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E,
            0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA,
            0x113CC, 0x113D5, 0x113D7, 0x113D8, 0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09,
            0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F5A,
            0x1342F, 0x1342F, 0x13440, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79,
            0x18CFF, 0x18CFF, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3,
            0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E4D0, 0x1E4F9,
            0x1E5D0, 0x1E5FA, 0x1E5FF, 0x1E5FF, 0x1F6DC, 0x1F6DC, 0x1F774, 0x1F776, 0x1F77B, 0x1F77F,
            0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA89,
            0x1FA8F, 0x1FA8F, 0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FACE, 0x1FACF,
            0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAE9, 0x1FAF7, 0x1FAF8, 0x1FBCB, 0x1FBEF,
            0x2B739, 0x2B739, 0x2EBF0, 0x2EE5D, 0x31350, 0x323AF
    };

    /** CPython 3.11's {@code str.isprintable} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp >= UNASSIGNED_IN_UNICODE_14[0] && newerThanUnicode14(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
    }

    private static boolean newerThanUnicode14(int cp) {
        int lo = 0;
        int hi = UNASSIGNED_IN_UNICODE_14.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < UNASSIGNED_IN_UNICODE_14[2 * mid]) {
                hi = mid - 1;
            } else if (cp > UNASSIGNED_IN_UNICODE_14[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@code repr(b)} of a bytes object. */
    public static String ofBytes(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** {@code repr(x)} of a float: the shortest round-tripping digits in CPython's layout. */
    public static String ofDouble(double x) {
        return formatShortest(x, true);
    }

    /** {@code repr(xj)} of a complex number whose real part is +0.0. */
    public static String ofImaginary(double imag) {
        return formatShortest(imag, false) + "j";
    }

    /**
     * A one-digit decimal equal to {@code x} after rounding, or null. The result is "D" or "10"
     * (when rounding up carries), so its length minus one is the change of the decimal exponent.
     */
    private static String oneDigit(double x, String twoDigits, int decpt) {
        int first = twoDigits.charAt(0) - '0';
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            double value = Double.parseDouble(candidate + "e" + (decpt - 1));
            if (value == x) {
                double distance = Math.abs(candidate * 10 - Integer.parseInt(twoDigits));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = String.valueOf(candidate);
                }
            }
        }
        return best;
    }

    private static String formatShortest(double x, boolean forceDecimalPoint) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + (forceDecimalPoint ? "0.0" : "0");
        }
        // Double.toString yields the shortest round-tripping digits (JDK 19+), as CPython's repr
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int decpt = digits.length() - d.scale(); // value = 0.DIGITS * 10^decpt
        if (digits.length() == 2) {
            // Java never prints fewer than two digits (4.9E-324); CPython prints one if it round-trips
            String shorter = oneDigit(Math.abs(x), digits, decpt);
            if (shorter != null) {
                decpt += shorter.length() - 1;
                digits = shorter.substring(0, 1);
            }
        }
        StringBuilder sb = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (forceDecimalPoint) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }
}
