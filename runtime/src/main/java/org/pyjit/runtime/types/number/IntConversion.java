package org.pyjit.runtime.types.number;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.Strings;

/** {@code int(x)} and {@code int(x, base)} (CPython's PyNumber_Long and PyLong_FromUnicodeObject). */
public final class IntConversion {
    private IntConversion() {}

    /** {@code int(o)}: a Long or BigInteger. */
    public static Object toInt(Object o) {
        if (o instanceof Long || o instanceof java.math.BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof Double d) return Numbers.truncate(d);
        PyType t = Ops.typeOf(o);
        Object m = t.lookup("__int__");
        if (m != null) return intResult(Ops.callDescriptor(m, o, new Object[0]), "__int__");
        if (t.lookup("__index__") != null) return Ops.indexOrNull(o);
        m = t.lookup("__trunc__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, o, new Object[0]);
            Object i = Numbers.asInt(r);
            if (i != null) return i;
            if (Ops.typeOf(r).lookup("__index__") == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + Ops.typeName(r) + ")");
            }
            return Ops.indexOrNull(r);
        }
        String s = Strings.asStr(o);
        if (s != null) return IntParser.parse(s, 10, () -> Ops.repr(o));
        if (o instanceof PyBytes b) return IntParser.parse(latin1(b), 10, () -> Ops.repr(o));
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    /** {@code int(o, base)}: o must be str, bytes or bytearray. */
    public static Object toInt(Object o, int base) {
        String s = Strings.asStr(o);
        if (s != null) return IntParser.parse(s, base, () -> Ops.repr(o));
        if (o instanceof PyBytes b) return IntParser.parse(latin1(b), base, () -> Ops.repr(o));
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    private static String latin1(PyBytes b) {
        return NumberText.ofBytes(b);
    }

    private static Object intResult(Object r, String method) {
        Object i = Numbers.asInt(r);
        if (i == null) throw Errors.typeError(method + " returned non-int (type " + Ops.typeName(r) + ")");
        return i;
    }
}
