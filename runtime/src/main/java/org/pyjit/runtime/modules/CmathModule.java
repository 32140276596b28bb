package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.number.ComplexMath;
import org.pyjit.runtime.types.number.Numbers;

/**
 * The {@code cmath} module: the complex elementary functions with CPython's branch cuts, signed
 * zeros and errors (ValueError "math domain error", OverflowError "math range error"). Arguments
 * that are not finite take their values from {@link CmathSpecialValues}; finite ones are computed
 * with the C library's real functions ({@link LibM}) so results match CPython's to the last bit.
 */
public final class CmathModule {
    private CmathModule() {}

    /** A complex value as two doubles. */
    record Z(double re, double im) {
        boolean finite() {
            return Double.isFinite(re) && Double.isFinite(im);
        }
    }

    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    /** Scaling that makes subnormal parts normal (2 * (53 / 2) + 1) and its half back. */
    private static final int SCALE_UP = 53, SCALE_DOWN = -27;

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        PyDict d = m.dict;
        one(d, "sqrt", CmathModule::sqrt);
        one(d, "exp", CmathModule::exp);
        one(d, "log10", z -> {
            Z r = log(z);
            return new Z(r.re / LN10, r.im / LN10);
        });
        one(d, "acos", CmathModule::acos);
        one(d, "acosh", CmathModule::acosh);
        one(d, "asin", z -> rotateBack(asinh(new Z(-z.im, z.re))));
        one(d, "asinh", CmathModule::asinh);
        one(d, "atan", z -> rotateBack(atanh(new Z(-z.im, z.re))));
        one(d, "atanh", CmathModule::atanh);
        one(d, "cos", z -> cosh(new Z(-z.im, z.re)));
        one(d, "cosh", CmathModule::cosh);
        one(d, "sin", z -> rotateBack(sinh(new Z(-z.im, z.re))));
        one(d, "sinh", CmathModule::sinh);
        one(d, "tan", z -> rotateBack(tanh(new Z(-z.im, z.re))));
        one(d, "tanh", CmathModule::tanh);
        d.putStr("log", PyBuiltinFunction.positional("log", "cmath", 1, 2, a -> {
            Z r = log(arg(a[0]));
            if (a.length > 1) {
                Z base = log(arg(a[1]));
                PyComplex q = ComplexMath.quotient(new PyComplex(r.re, r.im), new PyComplex(base.re, base.im));
                if (q == null) throw domain();
                return new PyComplex(q.real, q.imag);
            }
            return new PyComplex(r.re, r.im);
        }));
        d.putStr("phase", PyBuiltinFunction.positional("phase", "cmath", 1, 1, a -> {
            Z z = arg(a[0]);
            return LibM.atan2(z.im, z.re);
        }));
        d.putStr("polar", PyBuiltinFunction.positional("polar", "cmath", 1, 1, a -> {
            Z z = arg(a[0]);
            double phi = LibM.atan2(z.im, z.re);
            return PyTuple.of(abs(z), phi);
        }));
        d.putStr("rect", PyBuiltinFunction.positional("rect", "cmath", 2, 2, a -> {
            Z r = rect(MathArgs.toDouble(a[0]), MathArgs.toDouble(a[1]));
            return new PyComplex(r.re, r.im);
        }));
        d.putStr("isfinite", PyBuiltinFunction.positional("isfinite", "cmath", 1, 1, a -> arg(a[0]).finite()));
        d.putStr("isnan", PyBuiltinFunction.positional("isnan", "cmath", 1, 1, a -> {
            Z z = arg(a[0]);
            return Double.isNaN(z.re) || Double.isNaN(z.im);
        }));
        d.putStr("isinf", PyBuiltinFunction.positional("isinf", "cmath", 1, 1, a -> {
            Z z = arg(a[0]);
            return Double.isInfinite(z.re) || Double.isInfinite(z.im);
        }));
        ArgParser closeArgs = new ArgParser("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2);
        d.putStr("isclose", new PyBuiltinFunction("isclose", "cmath", (a, kw) -> {
            Object[] p = closeArgs.parse(a, kw, 0);
            return isClose(arg(p[0]), arg(p[1]), p[2] == null ? 1e-9 : MathArgs.toDouble(p[2]),
                    p[3] == null ? 0.0 : MathArgs.toDouble(p[3]));
        }));
        d.putStr("pi", Math.PI);
        d.putStr("e", Math.E);
        d.putStr("tau", 2 * Math.PI);
        d.putStr("inf", Double.POSITIVE_INFINITY);
        d.putStr("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        d.putStr("nan", Double.NaN);
        d.putStr("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }

    private static void one(PyDict d, String name, java.util.function.UnaryOperator<Z> f) {
        d.putStr(name, PyBuiltinFunction.positional(name, "cmath", 1, 1, a -> {
            Z r = f.apply(arg(a[0]));
            return new PyComplex(r.re, r.im);
        }));
    }

    /** An argument as complex: complex, {@code __complex__}, or a real number ({@code PyArg "D"}). */
    static Z arg(Object o) {
        PyComplex c = Numbers.asComplex(o);
        if (c == null) {
            Object m = Ops.typeOf(o).lookup("__complex__");
            if (m != null) {
                Object r = Ops.callDescriptor(m, o, new Object[0]);
                c = Numbers.asComplex(r);
                if (c == null) throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
            }
        }
        if (c != null) return new Z(c.real, c.imag);
        return new Z(MathArgs.toDouble(o), 0.0);
    }

    /** {@code -i * (x + iy)} undone: the identities asin(z) = -i asinh(iz) and friends. */
    private static Z rotateBack(Z s) {
        return new Z(s.im, -s.re);
    }

    private static RuntimeException domain() {
        return Errors.valueError("math domain error");
    }

    private static Z checkOverflow(Z r) {
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) throw Errors.overflow("math range error");
        return r;
    }

    private static Z special(String name, Z z) {
        double[] v = CmathSpecialValues.lookup(name, z.re, z.im);
        return new Z(v[0], v[1]);
    }

    static Z sqrt(Z z) {
        if (!z.finite()) return special("sqrt", z);
        if (z.re == 0 && z.im == 0) return new Z(0.0, z.im);
        double ax = Math.abs(z.re), ay = Math.abs(z.im), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + LibM.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + LibM.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        return z.re >= 0 ? new Z(s, Math.copySign(d, z.im)) : new Z(d, Math.copySign(s, z.im));
    }

    static Z acos(Z z) {
        if (!z.finite()) return special("acos", z);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new Z(LibM.atan2(Math.abs(z.im), z.re),
                    -Math.copySign(LibM.log(LibM.hypot(z.re / 2, z.im / 2)) + 2 * LN2, z.im));
        }
        Z s1 = sqrt(new Z(1 - z.re, -z.im));
        Z s2 = sqrt(new Z(1 + z.re, z.im));
        return new Z(2 * LibM.atan2(s1.re, s2.re), LibM.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static Z acosh(Z z) {
        if (!z.finite()) return special("acosh", z);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new Z(LibM.log(LibM.hypot(z.re / 2, z.im / 2)) + 2 * LN2, LibM.atan2(z.im, z.re));
        }
        Z s1 = sqrt(new Z(z.re - 1, z.im));
        Z s2 = sqrt(new Z(z.re + 1, z.im));
        return new Z(LibM.asinh(s1.re * s2.re + s1.im * s2.im), 2 * LibM.atan2(s1.im, s2.re));
    }

    static Z asinh(Z z) {
        if (!z.finite()) return special("asinh", z);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double logHalf = LibM.log(LibM.hypot(z.re / 2, z.im / 2)) + 2 * LN2;
            double re = z.im >= 0 ? Math.copySign(logHalf, z.re) : -Math.copySign(logHalf, -z.re);
            return new Z(re, LibM.atan2(z.im, Math.abs(z.re)));
        }
        Z s1 = sqrt(new Z(1 + z.im, -z.re));
        Z s2 = sqrt(new Z(1 - z.im, z.re));
        return new Z(LibM.asinh(s1.re * s2.im - s2.re * s1.im), LibM.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static Z atanh(Z z) {
        if (!z.finite()) return special("atanh", z);
        if (z.re < 0) {
            Z r = atanh(new Z(-z.re, -z.im));
            return new Z(-r.re, -r.im);
        }
        double ay = Math.abs(z.im);
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            // |z| large: atanh(z) ~ 1/z +- i pi/2
            double h = LibM.hypot(z.re / 2, z.im / 2);
            return new Z(z.re / 4 / h / h, Math.copySign(Math.PI / 2, z.im));
        }
        if (z.re == 1 && ay < SQRT_MIN) {
            if (ay == 0) throw domain();
            return new Z(-LibM.log(Math.sqrt(ay) / Math.sqrt(LibM.hypot(ay, 2))),
                    Math.copySign(LibM.atan2(2, -ay) / 2, z.im));
        }
        double oneMinus = 1 - z.re;
        return new Z(LibM.log1p(4 * z.re / (oneMinus * oneMinus + ay * ay)) / 4,
                -LibM.atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2);
    }

    /** exp, cosh, sinh at an infinite real part and a finite non-zero imaginary part: signs from cos and sin. */
    private static boolean infiniteRealFiniteImag(Z z) {
        return Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0;
    }

    static Z cosh(Z z) {
        if (!z.finite()) {
            if (infiniteRealFiniteImag(z)) {
                double inf = Double.POSITIVE_INFINITY;
                double im = Math.copySign(inf, LibM.sin(z.im));
                return new Z(Math.copySign(inf, LibM.cos(z.im)), z.re > 0 ? im : -im);
            }
            return special("cosh", z);
        }
        Z r;
        if (Math.abs(z.re) > LOG_LARGE) {
            double xm1 = z.re - Math.copySign(1, z.re);
            r = new Z(LibM.cos(z.im) * LibM.cosh(xm1) * Math.E, LibM.sin(z.im) * LibM.sinh(xm1) * Math.E);
        } else {
            r = new Z(LibM.cos(z.im) * LibM.cosh(z.re), LibM.sin(z.im) * LibM.sinh(z.re));
        }
        return checkOverflow(r);
    }

    static Z sinh(Z z) {
        if (!z.finite()) {
            if (infiniteRealFiniteImag(z)) {
                double inf = Double.POSITIVE_INFINITY;
                double re = Math.copySign(inf, LibM.cos(z.im));
                return new Z(z.re > 0 ? re : -re, Math.copySign(inf, LibM.sin(z.im)));
            }
            return special("sinh", z);
        }
        Z r;
        if (Math.abs(z.re) > LOG_LARGE) {
            double xm1 = z.re - Math.copySign(1, z.re);
            r = new Z(LibM.cos(z.im) * LibM.sinh(xm1) * Math.E, LibM.sin(z.im) * LibM.cosh(xm1) * Math.E);
        } else {
            r = new Z(LibM.cos(z.im) * LibM.sinh(z.re), LibM.sin(z.im) * LibM.cosh(z.re));
        }
        return checkOverflow(r);
    }

    static Z exp(Z z) {
        if (!z.finite()) {
            if (infiniteRealFiniteImag(z)) {
                double big = z.re > 0 ? Double.POSITIVE_INFINITY : 0.0;
                return new Z(Math.copySign(big, LibM.cos(z.im)), Math.copySign(big, LibM.sin(z.im)));
            }
            return special("exp", z);
        }
        Z r;
        if (z.re > LOG_LARGE) {
            double l = LibM.exp(z.re - 1);
            r = new Z(l * LibM.cos(z.im) * Math.E, l * LibM.sin(z.im) * Math.E);
        } else {
            double l = LibM.exp(z.re);
            r = new Z(l * LibM.cos(z.im), l * LibM.sin(z.im));
        }
        return checkOverflow(r);
    }

    static Z tanh(Z z) {
        if (!z.finite()) {
            if (infiniteRealFiniteImag(z)) {
                return new Z(z.re > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2 * LibM.sin(z.im) * LibM.cos(z.im)));
            }
            return special("tanh", z);
        }
        if (Math.abs(z.re) > LOG_LARGE) {
            return new Z(Math.copySign(1, z.re), 4 * LibM.sin(z.im) * LibM.cos(z.im) * LibM.exp(-2 * Math.abs(z.re)));
        }
        double tx = LibM.tanh(z.re), ty = LibM.tan(z.im), cx = 1 / LibM.cosh(z.re);
        double txty = tx * ty, denom = 1 + txty * txty;
        return new Z(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static Z log(Z z) {
        if (!z.finite()) return special("log", z);
        double ax = Math.abs(z.re), ay = Math.abs(z.im), re;
        if (ax > LARGE || ay > LARGE) {
            re = LibM.log(LibM.hypot(ax / 2, ay / 2)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0 && ay == 0) throw domain(); // log(0): -inf, a domain error as CPython reports it
            re = LibM.log(LibM.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
        } else {
            double h = LibM.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // near |z| = 1, log1p keeps the digits that log(h) would lose
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = LibM.log1p((am - 1) * (am + 1) + an * an) / 2;
            } else {
                re = LibM.log(h);
            }
        }
        return new Z(re, LibM.atan2(z.im, z.re));
    }

    static Z rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0) {
                double inf = r > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                return new Z(inf * Math.copySign(1, LibM.cos(phi)), inf * Math.copySign(1, LibM.sin(phi)));
            }
            return special("rect", new Z(r, phi));
        }
        if (phi == 0) return new Z(r, r * phi);
        return new Z(r * LibM.cos(phi), r * LibM.sin(phi));
    }

    /** |z| for polar: inf if a part is infinite, OverflowError "math range error" if finite parts overflow. */
    private static double abs(Z z) {
        if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(z.re) || Double.isNaN(z.im)) return Double.NaN;
        double h = LibM.hypot(z.re, z.im);
        if (Double.isInfinite(h)) throw Errors.overflow("math range error");
        return h;
    }

    private static boolean isClose(Z a, Z b, double rel, double abs) {
        if (rel < 0 || abs < 0) throw Errors.valueError("tolerances must be non-negative");
        if (a.re == b.re && a.im == b.im) return true;
        if (Double.isInfinite(a.re) || Double.isInfinite(a.im) || Double.isInfinite(b.re) || Double.isInfinite(b.im)) {
            return false;
        }
        double diff = LibM.hypot(a.re - b.re, a.im - b.im);
        return diff <= rel * LibM.hypot(b.re, b.im) || diff <= rel * LibM.hypot(a.re, a.im) || diff <= abs;
    }
}
