package org.pyjit.runtime.types.string;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.number.Numbers;

/** {@code str.maketrans} and {@code str.translate}. */
public final class StrTranslate {
    private StrTranslate() {}

    /** {@code str.maketrans(x[, y[, z]])}; null for the absent arguments. */
    public static PyDict maketrans(Object x, Object y, Object z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                String ks = Strings.asStr(k);
                if (ks != null) {
                    if (CodePoints.length(ks) != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    out.put((long) ks.codePointAt(0), d.valueAt(e));
                } else if (Numbers.asInt(k) != null) {
                    out.put(Numbers.asInt(k), d.valueAt(e));
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        String xs = argument(x, 1), ys = argument(y, 2);
        if (CodePoints.length(xs) != CodePoints.length(ys)) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        int[] a = xs.codePoints().toArray(), b = ys.codePoints().toArray();
        for (int i = 0; i < a.length; i++) out.put((long) a[i], (long) b[i]);
        if (z != null) argument(z, 3).codePoints().forEach(c -> out.put((long) c, PyNone.NONE));
        return out;
    }

    private static String argument(Object o, int n) {
        String s = Strings.asStr(o);
        if (s == null) throw Errors.typeError("maketrans() argument " + n + " must be str, not " + Strings.argTypeName(o));
        return s;
    }

    /** {@code s.translate(table)}: table[ord(c)] is a code point, a string, None (delete); LookupError keeps c. */
    public static String translate(String s, Object table) {
        StringBuilder b = new StringBuilder(s.length());
        PyDict dict = table instanceof PyDict d && d.type == BuiltinTypes.DICT ? d : null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object v;
            if (dict != null) {
                v = dict.get((long) c);
            } else {
                try {
                    v = Ops.getItem(table, (long) c);
                } catch (PyException e) {
                    if (!e.value.type.isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) throw e;
                    v = null;
                }
            }
            if (v == null) {
                b.appendCodePoint(c);
            } else if (v == PyNone.NONE) {
                continue;
            } else if (Numbers.asInt(v) != null) {
                Object n = Numbers.asInt(v);
                if (!(n instanceof Long l) || l < 0 || l > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) (long) l);
            } else if (Strings.asStr(v) != null) {
                b.append(Strings.asStr(v));
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return b.toString();
    }
}
