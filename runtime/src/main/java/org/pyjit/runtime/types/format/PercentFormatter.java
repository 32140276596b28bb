package org.pyjit.runtime.types.format;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.number.FloatConversion;
import org.pyjit.runtime.types.number.IntConversion;
import org.pyjit.runtime.types.number.IntText;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.types.string.CodePoints;
import org.pyjit.runtime.types.string.Strings;

/**
 * printf-style formatting, {@code str % args} (CPython's {@code PyUnicode_Format}): conversions
 * {@code s r a d i u o x X e E f F g G c %}, flags {@code - + space # 0}, width and precision
 * (also {@code *}), mapping keys {@code %(name)s}, with CPython's errors and its quirks (any
 * non-tuple, non-str object with {@code __getitem__} counts as a mapping).
 */
public final class PercentFormatter {
    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    private final String fmt;
    private int pos;
    private Object args;
    private int argIndex;
    private int argCount;
    private final Object dict;

    private PercentFormatter(String fmt, Object args) {
        this.fmt = fmt;
        if (args instanceof PyTuple t) {
            this.args = t;
            this.argCount = t.items.length;
            this.argIndex = 0;
        } else {
            this.args = args;
            this.argCount = -1;
            this.argIndex = -2;
        }
        // CPython's PyMapping_Check: anything subscriptable that is not a tuple or str (lists too)
        boolean scalar = args instanceof PyTuple || args instanceof Long || args instanceof Double || args instanceof Boolean;
        boolean mapping = !scalar && Strings.asStr(args) == null
                && (args instanceof PyDict || args instanceof PyList || Ops.typeOf(args).lookup("__getitem__") != null);
        this.dict = mapping ? args : null;
    }

    /** {@code fmt % args}. */
    public static String format(String fmt, Object args) {
        return new PercentFormatter(fmt, args).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            int next = fmt.indexOf('%', pos);
            if (next < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, next);
            pos = next + 1;
            if (pos < n && fmt.charAt(pos) == '%') {
                out.append('%');
                pos++;
                continue;
            }
            if (!plainConversion(out)) conversion(out, next);
        }
        if (argIndex < argCount && dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /**
     * {@code %d}, {@code %i} or {@code %s} without flags, width or precision, of an int (or a str
     * for {@code %s}): appended directly. False, with nothing consumed, for anything else.
     */
    private boolean plainConversion(StringBuilder out) {
        if (pos >= fmt.length()) return false;
        char c = fmt.charAt(pos);
        if (c != 'd' && c != 'i' && c != 's') return false;
        if (argIndex >= argCount) return false; // the general path raises the error
        Object v = argCount < 0 ? args : ((PyTuple) args).items[argIndex];
        if (v instanceof Long l) out.append(l.longValue());
        else if (c == 's' && v instanceof String s) out.append(s);
        else return false;
        argIndex++;
        pos++;
        return true;
    }

    private Object nextArg() {
        if (argIndex < argCount) {
            argIndex++;
            return argCount < 0 ? args : ((PyTuple) args).items[argIndex - 1];
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private RuntimeException incomplete() {
        return Errors.valueError("incomplete format");
    }

    /** The parsed parts of one conversion specifier. */
    private static final class Spec {
        int flags;
        long width = -1;
        long precision = -1;
        int type;
    }

    /** One {@code %...} conversion; {@code start} is the offset of its {@code %}. */
    private void conversion(StringBuilder out, int start) {
        if (pos < fmt.length() && fmt.charAt(pos) == '(') takeMappingKey();
        Spec spec = parseSpec();
        Object v = nextArg();
        String text;
        boolean number = false;
        int ch = spec.type;
        switch (ch) {
            case 's', 'r', 'a' -> {
                text = ch == 's' ? Ops.str(v) : ch == 'r' ? Ops.repr(v) : Strings.ascii(Ops.repr(v));
                if (spec.precision >= 0 && spec.precision < CodePoints.length(text)) {
                    text = CodePoints.substring(text, 0, (int) spec.precision);
                }
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                text = formatInteger(v, (char) ch, spec.flags, (int) Math.min(spec.precision, Integer.MAX_VALUE));
                number = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                text = formatFloat(v, spec);
                number = true;
            }
            case 'c' -> text = formatChar(v);
            default -> {
                String shown = ch < 128 ? String.valueOf((char) ch) : "?";
                throw Errors.valueError("unsupported format character '" + shown + "' (0x" + Integer.toHexString(ch)
                        + ") at index " + CodePoints.index(fmt, pos - Character.charCount(ch)));
            }
        }
        emit(out, text, number, ch, spec.flags, (int) spec.width);
    }

    /** {@code %(key)}: the mapping's value becomes the argument of this conversion. */
    private void takeMappingKey() {
        if (dict == null) throw Errors.typeError("format requires a mapping");
        int n = fmt.length();
        int depth = 1;
        int keyStart = ++pos;
        while (pos < n && depth > 0) {
            char c = fmt.charAt(pos);
            if (c == ')') depth--;
            else if (c == '(') depth++;
            pos++;
        }
        if (depth > 0) throw Errors.valueError("incomplete format key");
        args = Ops.getItem(dict, fmt.substring(keyStart, pos - 1));
        argCount = -1;
        argIndex = -2;
    }

    /** Flags, width, precision (either may be {@code *}), a length modifier, and the conversion type. */
    private Spec parseSpec() {
        int n = fmt.length();
        Spec spec = new Spec();
        for (; pos < n; pos++) {
            int f = switch (fmt.charAt(pos)) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) break;
            spec.flags |= f;
        }
        if (pos < n && fmt.charAt(pos) == '*') {
            pos++;
            spec.width = starArg();
            if (spec.width < 0) {
                spec.flags |= F_LJUST;
                spec.width = -spec.width;
            }
        } else if (pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
            spec.width = digits("width too big");
        }
        if (pos < n && fmt.charAt(pos) == '.') {
            pos++;
            if (pos < n && fmt.charAt(pos) == '*') {
                pos++;
                spec.precision = Math.max(0, starArg());
            } else {
                spec.precision = pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9' ? digits("precision too big") : 0;
            }
        }
        if (pos < n && (fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'L')) pos++;
        if (pos >= n) throw incomplete();
        if (spec.width > Integer.MAX_VALUE - 16) throw Errors.of(ExceptionTypes.MEMORY_ERROR, "");
        spec.type = fmt.codePointAt(pos);
        pos += Character.charCount(spec.type);
        return spec;
    }

    private static String formatFloat(Object v, Spec spec) {
        if (spec.precision > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        double d = FloatConversion.asDouble(v);
        String body = FloatFormatter.formatAbs(Math.abs(d), (char) spec.type, spec.precision < 0 ? 6 : (int) spec.precision,
                (spec.flags & F_ALT) != 0, false);
        return FloatFormatter.isNegative(d) ? "-" + body : body;
    }

    private long digits(String tooBig) {
        long v = 0;
        int n = fmt.length();
        while (pos < n && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
            v = v * 10 + (fmt.charAt(pos++) - '0');
            if (v > Integer.MAX_VALUE) throw Errors.valueError(tooBig);
        }
        return v;
    }

    private long starArg() {
        Object v = nextArg();
        Object i = Numbers.asInt(v);
        if (i == null) throw Errors.typeError("* wants int");
        if (!(i instanceof Long l) || l > Integer.MAX_VALUE || l < -Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return l;
    }

    private static String formatInteger(Object v, char type, int flags, int precision) {
        Object value = Numbers.asInt(v);
        if (value == null) {
            if (!Numbers.isNumber(v)) throw wrongType(type, v);
            try {
                value = type == 'o' || type == 'x' || type == 'X' ? Ops.indexOrNull(v) : IntConversion.toInt(v);
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) throw wrongType(type, v);
                throw e;
            }
            if (value == null) throw wrongType(type, v);
        }
        boolean negative = value instanceof Long l ? l < 0 : ((BigInteger) value).signum() < 0;
        String digits = switch (type) {
            case 'o' -> value instanceof Long l ? Long.toString(l, 8) : ((BigInteger) value).toString(8);
            case 'x', 'X' -> value instanceof Long l ? Long.toString(l, 16) : ((BigInteger) value).toString(16);
            default -> IntText.decimal(value);
        };
        if (negative) digits = digits.substring(1);
        if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (precision > digits.length()) digits = "0".repeat(precision - digits.length()) + digits;
        String prefix = (flags & F_ALT) != 0 && type != 'd' && type != 'i' && type != 'u' ? "0" + type : "";
        return (negative ? "-" : "") + prefix + digits;
    }

    private static RuntimeException wrongType(char type, Object v) {
        if (type == 'o' || type == 'x' || type == 'X') {
            return Errors.typeError("%" + type + " format: an integer is required, not " + Ops.typeName(v));
        }
        return Errors.typeError("%" + type + " format: a real number is required, not " + Ops.typeName(v));
    }

    private static String formatChar(Object v) {
        String s = Strings.asStr(v);
        if (s != null) {
            if (CodePoints.length(s) != 1) throw Errors.typeError("%c requires int or char");
            return s;
        }
        Object i = Ops.typeOf(v).lookup("__index__") != null || Numbers.asInt(v) != null ? Ops.indexOrNull(v) : null;
        if (i == null) throw Errors.typeError("%c requires int or char");
        if (!(i instanceof Long l) || l < 0 || l > 0x10ffff) throw Errors.overflow("%c arg not in range(0x110000)");
        return Character.toString((int) (long) l);
    }

    /** Writes {@code text} padded to {@code width}, with sign, {@code #} prefix and zero padding rules of numbers. */
    private static void emit(StringBuilder out, String text, boolean number, int ch, int flags, int width) {
        String sign = "";
        String prefix = "";
        String body = text;
        if (number) {
            if (body.startsWith("-")) {
                sign = "-";
                body = body.substring(1);
            } else if ((flags & F_SIGN) != 0) {
                sign = "+";
            } else if ((flags & F_BLANK) != 0) {
                sign = " ";
            }
            if ((flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o')) {
                prefix = body.substring(0, 2);
                body = body.substring(2);
            }
        }
        int len = sign.length() + prefix.length() + CodePoints.length(body);
        int padding = Math.max(0, width - len);
        boolean zero = number && (flags & F_ZERO) != 0 && (flags & F_LJUST) == 0;
        if (padding > 0 && !zero && (flags & F_LJUST) == 0) out.append(" ".repeat(padding));
        out.append(sign).append(prefix);
        if (padding > 0 && zero) out.append("0".repeat(padding));
        out.append(body);
        if (padding > 0 && (flags & F_LJUST) != 0) out.append(" ".repeat(padding));
    }
}
