package org.pyjit.runtime.types.format;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.number.ComplexMath;
import org.pyjit.runtime.types.number.IntText;

/**
 * {@code __format__} of {@code int}, {@code float} and {@code complex}: the format-spec
 * mini-language's number presentation types, with CPython 3.11's layout (sign, {@code #} prefix,
 * {@code =} padding, grouping with zero padding) and error messages. The C locale is assumed, so
 * {@code n} formats like {@code d} / {@code g} without grouping.
 */
public final class NumberFormatter {
    private NumberFormatter() {}

    /** {@code int.__format__(self, spec)}; {@code value} is the Long/BigInteger value of {@code self}. */
    public static String formatInt(Object self, Object value, String spec) {
        if (spec.isEmpty()) return Ops.str(self);
        String typeName = Ops.typeName(self);
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd', '>');
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> formatIntegral(value, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatDouble(IntArith.toDouble(value), f);
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        };
    }

    /** {@code float.__format__(self, spec)}. */
    public static String formatFloat(Object self, double value, String spec) {
        if (spec.isEmpty()) return Ops.str(self);
        String typeName = Ops.typeName(self);
        FormatSpec f = FormatSpec.parse(spec, typeName, 0, '>');
        return switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatDouble(value, f);
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        };
    }

    /** {@code complex.__format__(self, spec)}. */
    public static String formatComplex(Object self, double re, double im, String spec) {
        if (spec.isEmpty()) return self instanceof PyComplex ? ComplexMath.repr(re, im) : Ops.str(self);
        String typeName = Ops.typeName(self);
        FormatSpec f = FormatSpec.parse(spec, typeName, 0, '>');
        return switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> formatComplexParts(re, im, f);
            default -> throw FormatSpec.unknownCode(f.type, typeName);
        };
    }

    private static String formatIntegral(Object value, FormatSpec f) {
        if (f.precision >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (f.noNegZero) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        boolean negative = value instanceof Long l ? l < 0 : ((BigInteger) value).signum() < 0;
        String digits;
        String prefix = "";
        int groupSize = 3;
        switch (f.type) {
            case 'c' -> {
                if (f.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                if (f.alternate) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                if (!(value instanceof Long)) throw Errors.overflow("Python int too large to convert to C long");
                long c = (Long) value;
                if (c < 0 || c > 0x10ffff) throw Errors.overflow("%c arg not in range(0x110000)");
                String ch = Character.toString((int) c);
                return Padding.pad(ch, 1, f.width, f.fill, f.align == 0 ? '>' : f.align, 0);
            }
            case 'b', 'o', 'x', 'X' -> {
                int radix = f.type == 'b' ? 2 : f.type == 'o' ? 8 : 16;
                digits = value instanceof Long l ? Long.toString(l, radix) : ((BigInteger) value).toString(radix);
                if (negative) digits = digits.substring(1);
                if (f.type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
                if (f.alternate) prefix = "0" + (char) f.type;
                groupSize = 4;
            }
            default -> {
                digits = IntText.decimal(value);
                if (negative) digits = digits.substring(1);
            }
        }
        return assemble(f, signText(negative, f.sign), prefix, digits, "", groupSize);
    }

    private static String signText(boolean negative, char sign) {
        if (negative) return "-";
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** Sign, prefix, integer digits (grouped) and the rest, padded as the spec says. */
    private static String assemble(FormatSpec f, String sign, String prefix, String digits, String rest, int groupSize) {
        char align = f.align == 0 ? '>' : f.align;
        String grouped = digits;
        if (f.grouping != 0) {
            int minWidth = f.fill == '0' && align == '=' ? f.width - sign.length() - prefix.length() - rest.length() : 0;
            grouped = Padding.group(digits, groupSize, f.grouping, minWidth);
        }
        String body = sign + prefix + grouped + rest;
        return Padding.pad(body, body.length(), f.width, f.fill, align, sign.length() + prefix.length());
    }

    /** The unsigned text of a float for a spec's type and precision, as CPython's format_float_internal picks them. */
    private static String floatBody(double abs, FormatSpec f, int type) {
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        int precision = f.precision;
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        return FloatFormatter.formatAbs(abs, (char) type, precision, f.alternate, addDot0);
    }

    private static String formatDouble(double value, FormatSpec f) {
        if (f.precision == Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        int type = f.type;
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            value *= 100;
        }
        String body = floatBody(Math.abs(value), f, type);
        if (percent) body += "%";
        boolean negative = FloatFormatter.isNegative(value) && !(f.noNegZero && isZeroText(value, body));
        int split = 0;
        while (split < body.length() && Character.isDigit(body.charAt(split))) split++;
        return assemble(f, signText(negative, f.sign), "", body.substring(0, split), body.substring(split), 3);
    }

    /** Whether a finite value's text shows zero (for the {@code z} option). */
    private static boolean isZeroText(double value, String body) {
        if (!Double.isFinite(value)) return false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    private static String formatComplexParts(double re, double im, FormatSpec f) {
        if (f.precision == Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        if (f.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        int type = f.type;
        boolean skipRe = false;
        boolean parens = false;
        int precision = f.precision;
        if (type == 0) {
            type = 'r';
            if (re == 0.0 && !FloatFormatter.isNegative(re)) skipRe = true;
            else parens = true;
            if (precision < 0) precision = 0;
            else type = 'g';
        } else if (precision < 0) {
            precision = 6;
        }
        if (type == 'n') type = 'g';
        String reBody = FloatFormatter.formatAbs(Math.abs(re), (char) type, precision, f.alternate, false);
        String imBody = FloatFormatter.formatAbs(Math.abs(im), (char) type, precision, f.alternate, false);
        boolean reNeg = FloatFormatter.isNegative(re) && !(f.noNegZero && isZeroText(re, reBody));
        boolean imNeg = FloatFormatter.isNegative(im) && !(f.noNegZero && isZeroText(im, imBody));
        StringBuilder b = new StringBuilder();
        if (parens) b.append('(');
        if (!skipRe) b.append(signText(reNeg, f.sign)).append(groupFloat(reBody, f));
        b.append(signText(imNeg, skipRe ? f.sign : '+')).append(groupFloat(imBody, f)).append('j');
        if (parens) b.append(')');
        String body = b.toString();
        return Padding.pad(body, body.length(), f.width, f.fill, f.align == 0 ? '>' : f.align, 0);
    }

    private static String groupFloat(String body, FormatSpec f) {
        if (f.grouping == 0) return body;
        int split = 0;
        while (split < body.length() && Character.isDigit(body.charAt(split))) split++;
        return Padding.group(body.substring(0, split), 3, f.grouping, 0) + body.substring(split);
    }
}
