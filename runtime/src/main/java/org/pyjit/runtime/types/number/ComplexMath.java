package org.pyjit.runtime.types.number;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.types.format.FloatFormatter;

/**
 * Complex arithmetic with the algorithms of CPython's {@code complexobject.c}: scaled division
 * (Smith's method), exponentiation by repeated multiplication for small integral exponents and
 * by polar form otherwise, and CPython's repr and hash.
 */
public final class ComplexMath {
    private ComplexMath() {}

    public static PyComplex add(PyComplex a, PyComplex b) {
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    public static PyComplex sub(PyComplex a, PyComplex b) {
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    public static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** {@code a / b}; ZeroDivisionError "complex division by zero". */
    public static PyComplex div(PyComplex a, PyComplex b) {
        PyComplex r = quotient(a, b);
        if (r == null) throw Errors.zeroDivision("complex division by zero");
        return r;
    }

    /** Smith's division; null when b is zero. */
    public static PyComplex quotient(PyComplex a, PyComplex b) {
        double absR = Math.abs(b.real), absI = Math.abs(b.imag);
        if (absR >= absI) {
            if (absR == 0.0) return null;
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absI >= absR) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN); // NaNs in b
    }

    /** {@code a ** b}; errors as CPython ("0.0 to a negative or complex power", "complex exponentiation"). */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100.0) {
            r = powInt(a, (int) b.real);
        } else {
            r = powPolar(a, b);
        }
        // as CPython's ERANGE check: any infinite part of the result is an overflow
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) throw Errors.overflow("complex exponentiation");
        return r;
    }

    private static PyComplex powPolar(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) return new PyComplex(1.0, 0.0);
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        // cos and sin of an infinite phase are a domain error, which CPython reports this way
        if (Double.isInfinite(phase)) throw Errors.zeroDivision("0.0 to a negative or complex power");
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powInt(PyComplex x, int n) {
        if (n > 0) return powUnsigned(x, n);
        if (n == 0) return new PyComplex(1.0, 0.0);
        PyComplex p = powUnsigned(x, -n);
        PyComplex q = quotient(new PyComplex(1.0, 0.0), p);
        if (q == null) throw Errors.zeroDivision("0.0 to a negative or complex power");
        return q;
    }

    private static PyComplex powUnsigned(PyComplex x, int n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = mul(r, p);
            p = mul(p, p);
        }
        return r;
    }

    /** {@code abs(z)}; OverflowError "absolute value too large" when finite parts overflow. */
    public static double abs(PyComplex z) {
        if (Double.isInfinite(z.real) || Double.isInfinite(z.imag)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(z.real) || Double.isNaN(z.imag)) return Double.NaN;
        double r = Math.hypot(z.real, z.imag);
        if (Double.isInfinite(r)) throw Errors.overflow("absolute value too large");
        return r;
    }

    public static long hash(PyComplex z) {
        long hr = Hashing.hashDouble(z.real);
        long hi = Hashing.hashDouble(z.imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    /** {@code repr(z)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    public static String repr(double re, double im) {
        String imText = FloatFormatter.reprNoDot0(im);
        if (re == 0.0 && !FloatFormatter.isNegative(re)) return imText + "j";
        String sign = FloatFormatter.isNegative(im) ? "" : "+";
        return "(" + FloatFormatter.reprNoDot0(re) + sign + imText + "j)";
    }
}
