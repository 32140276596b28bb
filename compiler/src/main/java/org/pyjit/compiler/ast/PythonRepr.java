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

    /** CPython's {@code str.isprintable} for one code point (other than the ASCII space). */
    public static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> cp == ' ';
            default -> true;
        };
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
