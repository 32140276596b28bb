package org.pyjit.runtime.testutil;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.StringRepr;

/**
 * Renders Java-side results the way Python's {@code repr()} renders the same values, for
 * comparison with CPython's output, without depending on the builtin types' own
 * {@code __repr__} (written elsewhere): ints, floats (shortest round-trip digits), bools, None,
 * str, bytes, tuples, lists and types; exceptions as {@code !Type: message}.
 */
public final class PyCanon {
    private PyCanon() {}

    public static String repr(Object o) {
        if (o == null) return "<java null>";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof Long || o instanceof BigInteger) return o.toString();
        if (o instanceof Double d) return floatRepr(d);
        if (o instanceof String s) return StringRepr.repr(s);
        if (o == PyNone.NONE) return "None";
        if (o instanceof PyBytes b) return bytesRepr(b);
        if (o instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(t.items[i]));
            }
            return sb.append(t.items.length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(repr(l.items[i]));
            }
            return sb.append("]").toString();
        }
        if (o instanceof PyType t) {
            String m = t.moduleName();
            return "<class '" + (m.equals("builtins") ? "" : m + ".") + t.name + "'>";
        }
        return org.pyjit.runtime.ops.Ops.repr(o);
    }

    /** Python's float repr: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        // the shortest decimal that rounds back to d: the exact value rounded to 1, 2, ... digits
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal bd = exact;
        for (int k = 1; k <= 17; k++) {
            BigDecimal r = exact.round(new java.math.MathContext(k, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                bd = r;
                break;
            }
        }
        bd = bd.stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10**decpt
        StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
        if (decpt > 16 || decpt <= -4) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int e = decpt - 1;
            sb.append(e < 0 ? "e-" : "e+");
            String es = Integer.toString(Math.abs(e));
            if (es.length() < 2) sb.append('0');
            return sb.append(es).toString();
        }
        if (decpt <= 0) return sb.append("0.").append("0".repeat(-decpt)).append(digits).toString();
        if (decpt >= digits.length()) return sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0").toString();
        return sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length()).toString();
    }

    private static String bytesRepr(PyBytes b) {
        byte[] a = b.toArray();
        boolean hasSingle = false, hasDouble = false;
        for (byte x : a) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : a) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        String r = sb.append(q).toString();
        return b.type.name.equals("bytearray") ? "bytearray(" + r + ")" : r;
    }

    /** {@code !Type: message} as the Python side prints a raised exception ({@code str(e)} through the runtime). */
    public static String exception(PyException e) {
        PyBaseException v = e.value;
        return "!" + v.type.name + ": " + org.pyjit.runtime.ops.Ops.str(v);
    }
}
