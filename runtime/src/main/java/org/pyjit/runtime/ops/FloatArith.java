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

    /** {@code a ** b}: a float, or a complex-result error CPython raises for negative bases. */
    public static Object pow(double a, double b) {
        if (a == 0.0 && b < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        if (a < 0 && b != Math.rint(b) && Double.isFinite(b) && Double.isFinite(a)) {
            return null; // the caller produces a complex result
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw Errors.withArgs(org.pyjit.runtime.exceptions.ExceptionTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return r;
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
