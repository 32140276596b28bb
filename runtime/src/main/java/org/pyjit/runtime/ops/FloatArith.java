package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.Errors;

/** Python {@code float} arithmetic where it differs from Java's: division, modulo, power. */
public final class FloatArith {
    private FloatArith() {}

    public static double trueDiv(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float division by zero");
        return a / b;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float floor division by zero");
        return divmod(a, b)[0];
    }

    public static double mod(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float modulo");
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** CPython's float divmod: {floor quotient, modulo}. */
    public static double[] divmod(double vx, double wx) {
        if (wx == 0.0) throw Errors.zeroDivision("float divmod()");
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * {@code a ** b} with CPython's special cases (x**0 is 1 even for NaN, 1**y is 1, (-1)**±inf
     * is 1, zero to a negative power raises, overflow raises); null when a negative finite base
     * meets a non-integral exponent, where Python's result is complex and the caller computes it.
     */
    public static Object pow(double a, double b) {
        if (b == 0) return 1.0;
        if (Double.isNaN(a)) return a;
        if (Double.isNaN(b)) return a == 1.0 ? 1.0 : b;
        if (Double.isInfinite(b)) {
            double m = Math.abs(a);
            if (m == 1.0) return 1.0;
            return (b > 0) == (m > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddInteger = isOddInteger(b);
        if (Double.isInfinite(a)) {
            if (b > 0) return oddInteger ? a : Math.abs(a);
            return oddInteger ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0.0) {
            if (b < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return oddInteger ? a : 0.0;
        }
        boolean negate = false;
        if (a < 0) {
            if (b != Math.floor(b)) return null;
            a = -a;
            negate = oddInteger;
        }
        if (a == 1.0) return negate ? -1.0 : 1.0;
        double r = Math.pow(a, b);
        if (Double.isInfinite(r)) {
            throw Errors.withArgs(org.pyjit.runtime.exceptions.ExceptionTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double b) {
        return Math.abs(b) < 9007199254740992.0 && b == Math.floor(b) && ((long) b & 1) == 1;
    }

    /** Coerces an int, bool or float operand to double, or returns null for other types. */
    public static Double toDoubleOrNull(Object o) {
        if (o instanceof Double d) return d;
        if (o instanceof Long l) return (double) l;
        if (o instanceof Boolean b) return b ? 1.0 : 0.0;
        if (o instanceof java.math.BigInteger) return IntArith.toDouble(o);
        return null;
    }
}
