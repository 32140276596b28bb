package org.pyjit.runtime.types.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.ops.IntArith;

/**
 * Unwrapping of pyjit's number representations: the exact builtin values ({@code Long},
 * {@code BigInteger}, {@code Boolean}, {@code Double}, {@link PyComplex}) and the {@link PyBoxed}
 * instances of program subclasses of int, float and complex.
 */
public final class Numbers {
    private Numbers() {}

    /** The int value (Long or BigInteger) of an int, bool or int-subclass instance; null for anything else. */
    public static Object asInt(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof PyBoxed x && (x.value instanceof Long || x.value instanceof BigInteger)) return x.value;
        return null;
    }

    /** The float value of a float or float-subclass instance; null for anything else (ints included). */
    public static Double asFloat(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof PyBoxed x && x.value instanceof Double d) return d;
        return null;
    }

    /** CPython's PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
    public static boolean isNumber(Object v) {
        if (asFloat(v) != null || asComplex(v) != null) return true;
        var t = org.pyjit.runtime.ops.Ops.typeOf(v);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    /** The value of a complex or complex-subclass instance, or null. */
    public static PyComplex asComplex(Object o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyBoxed x && x.value instanceof PyComplex c) return c;
        return null;
    }

    /**
     * A float operand of a float operation: a float, or an int converted to float (OverflowError
     * "int too large to convert to float" when it does not fit); null for other types.
     */
    public static Double floatOperand(Object o) {
        Double d = asFloat(o);
        if (d != null) return d;
        Object i = asInt(o);
        if (i == null) return null;
        return IntArith.toDouble(i);
    }

    /** Truncates a finite double to an int (Long or BigInteger); errors as CPython for inf and nan. */
    public static Object truncate(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return IntArith.normalize(new BigDecimal(d).toBigInteger());
    }

    /**
     * Compares a float with an int exactly (no rounding of the int), as CPython does: negative,
     * zero or positive; NaN is reported through {@link Double#isNaN} by the caller before this.
     */
    public static int compareFloatInt(double d, Object i) {
        if (Double.isInfinite(d)) return d > 0 ? 1 : -1;
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) return d < l ? -1 : d > l ? 1 : 0;
        if (i instanceof Long l && Math.abs(d) < 9.2e18) {
            // both fit a long after truncation: compare integer parts, then the fraction
            long t = (long) d;
            if (t != l) return Long.compare(t, l);
            double frac = d - t;
            return frac > 0 ? 1 : frac < 0 ? -1 : 0;
        }
        if (i instanceof Long l && Math.abs(d) >= 9.3e18) return d > 0 ? 1 : -1;
        return new BigDecimal(d).compareTo(new BigDecimal(IntArith.big(i)));
    }
}
