package org.pyjit.runtime.types.number;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.Strings;

/** Conversions to float: {@code float(x)} (CPython's PyNumber_Float) and PyFloat_AsDouble. */
public final class FloatConversion {
    private FloatConversion() {}

    /**
     * PyFloat_AsDouble: a float's value, {@code __float__}, or {@code __index__}; TypeError "must be
     * real number, not str" otherwise. What %-formatting and the math functions take.
     */
    public static double asDouble(Object o) {
        Double d = Numbers.asFloat(o);
        if (d != null) return d;
        Object i = Numbers.asInt(o);
        if (i != null) return IntArith.toDouble(i);
        PyType t = Ops.typeOf(o);
        Object m = t.lookup("__float__");
        if (m != null) return floatResult(o, Ops.callDescriptor(m, o, new Object[0]));
        if (t.lookup("__index__") != null) return IntArith.toDouble(Ops.indexOrNull(o));
        throw Errors.typeError("must be real number, not " + t.name);
    }

    /** {@code float(o)}. */
    public static double toDouble(Object o) {
        Double d = Numbers.asFloat(o);
        if (d != null && !(o instanceof org.pyjit.runtime.objects.PyBoxed)) return d;
        PyType t = Ops.typeOf(o);
        Object m = t.lookup("__float__");
        if (m != null) return floatResult(o, Ops.callDescriptor(m, o, new Object[0]));
        if (d != null) return d;
        Object i = Numbers.asInt(o);
        if (i != null) return IntArith.toDouble(i);
        if (t.lookup("__index__") != null) return IntArith.toDouble(Ops.indexOrNull(o));
        String s = Strings.asStr(o);
        if (s != null) return FloatParser.parse(s, () -> Ops.repr(o));
        if (o instanceof PyBytes b) {
            return FloatParser.parse(NumberText.ofBytes(b), () -> Ops.repr(o));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    private static double floatResult(Object o, Object r) {
        Double d = Numbers.asFloat(r);
        if (d == null) {
            throw Errors.typeError(Ops.typeName(o) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
        }
        return d;
    }
}
