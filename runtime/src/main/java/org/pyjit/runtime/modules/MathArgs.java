package org.pyjit.runtime.modules;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** Argument conversion for the {@code math} functions, as CPython's {@code PyFloat_AsDouble}. */
public final class MathArgs {
    private MathArgs() {}

    /** A real number as a double: floats, ints, bools, and objects with {@code __float__} or {@code __index__}. */
    public static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return l;
        if (o instanceof Boolean b) return b ? 1.0 : 0.0;
        if (o instanceof BigInteger) return IntArith.toDouble(o);
        if (o instanceof PyBoxed b && (b.value instanceof Double || IntArith.isInt(b.value))) {
            Object m = Ops.typeOf(o).lookup("__float__");
            if (m == null || Ops.typeOf(o).lookupOwner("__float__").builtin) return toDouble(b.value);
        }
        Object m = Ops.typeOf(o).lookup("__float__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, o, new Object[0]);
            if (r instanceof Double d) return d;
            if (r instanceof PyBoxed b && b.value instanceof Double d) return d;
            throw Errors.typeError(Ops.typeName(o) + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
        }
        Object i = Ops.indexOrNull(o);
        if (i != null) return IntArith.toDouble(i);
        throw Errors.typeError("must be real number, not " + Ops.typeName(o));
    }

    /** An integer argument ({@code __index__}): Long or BigInteger. */
    public static Object toInt(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        return i;
    }
}
