package org.pyjit.runtime.types.bytes;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code bytes % args} (PEP 461) with CPython's conversions, flags and messages. */
public final class BytesFormatting {
    private BytesFormatting() {}

    /** One conversion's flags, width and precision. */
    private static final class Spec {
        boolean left, plus, space, alternate, zero;
        int width = -1, precision = -1;
    }

    /** Arguments being consumed: positional from a tuple (or one object), or a mapping for {@code %(key)}. */
    private static final class Args {
        Object[] values;
        int next;
        Object mapping;
        boolean single; // the current value came from %(key): it is the only argument for that conversion

        Object take() {
            if (single) return values[0];
            if (next >= values.length) throw Errors.typeError("not enough arguments for format string");
            return values[next++];
        }
    }

    public static byte[] format(byte[] fmt, int n, Object arg) {
        Args args = new Args();
        args.values = arg instanceof PyTuple t ? t.items : new Object[] {arg};
        if (!(arg instanceof PyTuple) && !(arg instanceof PyBytes) && !(arg instanceof String)
                && !(arg instanceof PyBoxed b && b.type.isSubtypeOf(BuiltinTypes.STR))
                && Ops.typeOf(arg).lookup("__getitem__") != null) {
            args.mapping = arg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
        int i = 0;
        while (i < n) {
            byte c = fmt[i++];
            if (c != '%') {
                out.write(c);
                continue;
            }
            i = conversion(fmt, n, i, args, out);
        }
        if (!args.single && args.next < args.values.length && args.mapping == null) {
            throw Errors.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    /** Handles one conversion starting after its '%'; returns the index after it. */
    private static int conversion(byte[] fmt, int n, int i, Args args, ByteArrayOutputStream out) {
        if (i < n && fmt[i] == '(') {
            int depth = 1, start = ++i;
            while (i < n && depth > 0) {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth > 0) throw Errors.valueError("incomplete format key");
            if (args.mapping == null) throw Errors.typeError("format requires a mapping");
            Object key = new PyBytes(java.util.Arrays.copyOfRange(fmt, start, i - 1));
            args.values = new Object[] {Ops.getItem(args.mapping, key)};
            args.single = true;
        }
        Spec spec = new Spec();
        for (; i < n; i++) {
            byte f = fmt[i];
            if (f == '-') spec.left = true;
            else if (f == '+') spec.plus = true;
            else if (f == ' ') spec.space = true;
            else if (f == '#') spec.alternate = true;
            else if (f == '0') spec.zero = true;
            else break;
        }
        if (i < n && fmt[i] == '*') {
            long w = starArg(args);
            if (w < 0) {
                spec.left = true;
                w = -w;
            }
            spec.width = (int) w;
            i++;
        } else {
            int[] r = number(fmt, n, i);
            spec.width = r[0];
            i = r[1];
        }
        if (i < n && fmt[i] == '.') {
            i++;
            if (i < n && fmt[i] == '*') {
                spec.precision = (int) Math.max(0, starArg(args));
                i++;
            } else {
                int[] r = number(fmt, n, i);
                spec.precision = Math.max(0, r[0]);
                i = r[1];
            }
        }
        while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) throw Errors.valueError("incomplete format");
        char conv = (char) (fmt[i] & 0xff);
        if (conv == '%') {
            out.write('%');
            return i + 1;
        }
        byte[] body = convert(conv, args.take(), spec, i);
        pad(out, body, spec, "diuoxXeEfFgG".indexOf(conv) >= 0);
        if (args.single) {
            args.single = false;
            args.values = new Object[0];
            args.next = 0;
        }
        return i + 1;
    }

    private static long starArg(Args args) {
        Object v = args.take();
        if (!(v instanceof Long) && !(v instanceof Boolean)) throw Errors.typeError("* wants int");
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }

    /** Parses decimal digits at {@code i}: {value or -1, next index}. */
    private static int[] number(byte[] fmt, int n, int i) {
        if (i >= n || fmt[i] < '0' || fmt[i] > '9') return new int[] {-1, i};
        long v = 0;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
            v = v * 10 + (fmt[i++] - '0');
            if (v > Integer.MAX_VALUE) throw Errors.valueError("width too big");
        }
        return new int[] {(int) v, i};
    }

    private static byte[] convert(char conv, Object v, Spec spec, int index) {
        return switch (conv) {
            case 's', 'b' -> truncate(bytesOf(v), spec.precision);
            case 'r', 'a' -> truncate(ascii(Ops.repr(v)).getBytes(StandardCharsets.ISO_8859_1), spec.precision);
            case 'd', 'i', 'u' -> integer(intForDecimal(v, conv), 10, false, spec);
            case 'o', 'x', 'X' -> integer(intForRadix(v, conv), conv == 'o' ? 8 : 16, conv == 'X', spec);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                String s = FloatFormat.format(floatOf(v), conv, spec.precision, spec.alternate);
                if (!s.startsWith("-") && (spec.plus || spec.space)) s = (spec.plus ? "+" : " ") + s;
                yield s.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 'c' -> new byte[] {charOf(v)};
            default -> throw Errors.valueError(String.format("unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, index));
        };
    }

    private static byte[] truncate(byte[] b, int precision) {
        return precision >= 0 && precision < b.length ? java.util.Arrays.copyOf(b, precision) : b;
    }

    /** {@code %s}/{@code %b}: a bytes-like object, or the result of {@code __bytes__}. */
    static byte[] bytesOf(Object v) {
        if (v instanceof BufferExporter b) return b.bufferCopy();
        Object m = Ops.typeOf(v).lookup("__bytes__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, v, new Object[0]);
            if (!(r instanceof PyBytes rb) || rb.type.isSubtypeOf(BuiltinTypes.BYTEARRAY)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            }
            return rb.toArray();
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Ops.typeName(v) + "'");
    }

    /** {@code ascii()} of a repr: every non-ASCII code point escaped. */
    public static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) b.append((char) cp);
            else if (cp < 0x100) b.append(String.format("\\x%02x", cp));
            else if (cp < 0x10000) b.append(String.format("\\u%04x", cp));
            else b.append(String.format("\\U%08x", cp));
        });
        return b.toString();
    }

    private static BigInteger intForDecimal(Object v, char conv) {
        if (v instanceof Double d) {
            if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw Errors.overflow("cannot convert float infinity to integer");
            return new BigDecimal(d).toBigInteger();
        }
        Object i = Ops.indexOrNull(v);
        if (i != null) return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
        Object m = Ops.typeOf(v).lookup("__int__");
        if (m != null && !(v instanceof String)) {
            Object r = Ops.callDescriptor(m, v, new Object[0]);
            if (r instanceof Long l) return BigInteger.valueOf(l);
            if (r instanceof BigInteger b) return b;
        }
        if (v instanceof PyBoxed b && b.value instanceof Double d) return intForDecimal(d, conv);
        throw Errors.typeError("%" + conv + " format: a real number is required, not " + Ops.typeName(v));
    }

    private static BigInteger intForRadix(Object v, char conv) {
        Object i = Ops.indexOrNull(v);
        if (i == null) throw Errors.typeError("%" + conv + " format: an integer is required, not " + Ops.typeName(v));
        return i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
    }

    private static byte[] integer(BigInteger v, int radix, boolean upper, Spec spec) {
        String digits = v.abs().toString(radix);
        if (upper) digits = digits.toUpperCase(java.util.Locale.ROOT);
        if (spec.precision > digits.length()) digits = "0".repeat(spec.precision - digits.length()) + digits;
        String prefix = v.signum() < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        if (spec.alternate && radix == 8) prefix += "0o";
        if (spec.alternate && radix == 16) prefix += upper ? "0X" : "0x";
        return (prefix + "\0" + digits).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static double floatOf(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) throw Errors.typeError("float argument required, not int");
            return d;
        }
        if (v instanceof PyBoxed b && (b.value instanceof Double || b.value instanceof Long || b.value instanceof BigInteger)) {
            return floatOf(b.value);
        }
        Object m = Ops.typeOf(v).lookup("__float__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, v, new Object[0]);
            if (r instanceof Double d) return d;
        }
        Object i = Ops.indexOrNull(v);
        if (i != null) return floatOf(i);
        throw Errors.typeError("float argument required, not " + Ops.typeName(v));
    }

    private static byte charOf(Object v) {
        if (v instanceof PyBytes b) {
            if (b.length == 1) return b.bytes[0];
        } else {
            Object i = Ops.indexOrNull(v);
            if (i != null) {
                if (i instanceof Long l && l >= 0 && l < 256) return (byte) (long) l;
                throw Errors.overflow("%c arg not in range(256)");
            }
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    /**
     * Writes {@code body} padded to the width. Numeric bodies mark the end of their sign/prefix
     * with a NUL, where zero padding goes.
     */
    private static void pad(ByteArrayOutputStream out, byte[] body, Spec spec, boolean numeric) {
        int split = -1;
        if (numeric) {
            for (int k = 0; k < body.length; k++) if (body[k] == 0) split = k;
            if (split < 0) { // floats: the sign, if any, is the prefix
                split = body.length > 0 && (body[0] == '-' || body[0] == '+' || body[0] == ' ') ? 1 : 0;
            } else {
                byte[] b = new byte[body.length - 1];
                System.arraycopy(body, 0, b, 0, split);
                System.arraycopy(body, split + 1, b, split, body.length - split - 1);
                body = b;
            }
        }
        int fill = spec.width - body.length;
        if (fill <= 0) {
            out.writeBytes(body);
            return;
        }
        if (spec.left) {
            out.writeBytes(body);
            for (int k = 0; k < fill; k++) out.write(' ');
        } else if (spec.zero && numeric && !isNonFinite(body)) {
            out.write(body, 0, split);
            for (int k = 0; k < fill; k++) out.write('0');
            out.write(body, split, body.length - split);
        } else {
            for (int k = 0; k < fill; k++) out.write(' ');
            out.writeBytes(body);
        }
    }

    private static boolean isNonFinite(byte[] body) {
        String s = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return s.endsWith("inf") || s.endsWith("nan");
    }
}
