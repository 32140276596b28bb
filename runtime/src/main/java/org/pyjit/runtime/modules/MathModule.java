package org.pyjit.runtime.modules;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.builtins.Rounding;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code math} module of CPython 3.11: every function and constant, with CPython's error
 * rules (a NaN from a non-NaN argument is "math domain error", an infinity from a finite one
 * "math range error" where the function can overflow) and the C library's results (see
 * {@link LibM}).
 */
public final class MathModule {
    private MathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("math");
        PyDict d = m.dict;
        d.putStr("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
        d.putStr("pi", Math.PI);
        d.putStr("e", Math.E);
        d.putStr("tau", 2 * Math.PI);
        d.putStr("inf", Double.POSITIVE_INFINITY);
        d.putStr("nan", Double.NaN);
        unary(d, "sqrt", Math::sqrt, false);
        unary(d, "exp", LibM::exp, true);
        unary(d, "exp2", LibM::exp2, true);
        unary(d, "expm1", LibM::expm1, true);
        unary(d, "log1p", MathModule::log1p, false);
        unary(d, "sin", LibM::sin, false);
        unary(d, "cos", LibM::cos, false);
        unary(d, "tan", LibM::tan, false);
        unary(d, "asin", LibM::asin, false);
        unary(d, "acos", LibM::acos, false);
        unary(d, "atan", LibM::atan, false);
        unary(d, "sinh", LibM::sinh, true);
        unary(d, "cosh", LibM::cosh, true);
        unary(d, "tanh", LibM::tanh, false);
        unary(d, "asinh", LibM::asinh, false);
        unary(d, "acosh", LibM::acosh, false);
        unary(d, "atanh", LibM::atanh, false);
        unary(d, "cbrt", LibM::cbrt, false);
        unary(d, "fabs", Math::abs, false);
        unary(d, "erf", LibM::erf, false);
        unary(d, "erfc", LibM::erfc, false);
        binary(d, "atan2", LibM::atan2);
        binary(d, "copysign", Math::copySign);
        binary(d, "remainder", MathSpecial::remainder);
        fn(d, "gamma", 1, 1, a -> special(MathSpecial.gamma(MathArgs.toDouble(a[0]))));
        fn(d, "lgamma", 1, 1, a -> special(MathSpecial.lgamma(MathArgs.toDouble(a[0]))));
        fn(d, "degrees", 1, 1, a -> MathArgs.toDouble(a[0]) * (180.0 / Math.PI));
        fn(d, "radians", 1, 1, a -> MathArgs.toDouble(a[0]) * (Math.PI / 180.0));
        fn(d, "isfinite", 1, 1, a -> Double.isFinite(MathArgs.toDouble(a[0])));
        fn(d, "isinf", 1, 1, a -> Double.isInfinite(MathArgs.toDouble(a[0])));
        fn(d, "isnan", 1, 1, a -> Double.isNaN(MathArgs.toDouble(a[0])));
        fn(d, "floor", 1, 1, a -> floorCeil(a[0], true));
        fn(d, "ceil", 1, 1, a -> floorCeil(a[0], false));
        fn(d, "trunc", 1, 1, a -> trunc(a[0]));
        fn(d, "fmod", 2, 2, a -> fmod(MathArgs.toDouble(a[0]), MathArgs.toDouble(a[1])));
        fn(d, "pow", 2, 2, a -> pow(MathArgs.toDouble(a[0]), MathArgs.toDouble(a[1])));
        fn(d, "frexp", 1, 1, a -> {
            double[] r = MathSpecial.frexp(MathArgs.toDouble(a[0]));
            return PyTuple.of(r[0], (long) r[1]);
        });
        fn(d, "ldexp", 2, 2, a -> ldexp(MathArgs.toDouble(a[0]), a[1]));
        fn(d, "modf", 1, 1, a -> modf(MathArgs.toDouble(a[0])));
        fn(d, "nextafter", 2, 2, a -> Math.nextAfter(MathArgs.toDouble(a[0]), MathArgs.toDouble(a[1])));
        fn(d, "ulp", 1, 1, a -> ulp(MathArgs.toDouble(a[0])));
        d.putStr("log", new PyBuiltinFunction("log", "math", (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("math.log() takes no keyword arguments");
            if (args.length < 1 || args.length > 2) throw Errors.typeError("math.log requires 1 to 2 arguments");
            return log(args);
        }));
        fn(d, "log2", 1, 1, a -> logOf(a[0], LibM::log2));
        fn(d, "log10", 1, 1, a -> logOf(a[0], LibM::log10));
        fn(d, "hypot", 0, -1, MathModule::hypot);
        fn(d, "dist", 2, 2, a -> dist(a[0], a[1]));
        fn(d, "fsum", 1, 1, a -> MathSpecial.fsum(a[0]));
        fn(d, "factorial", 1, 1, a -> MathIntegers.factorial(a[0]));
        fn(d, "gcd", 0, -1, MathIntegers::gcd);
        fn(d, "lcm", 0, -1, MathIntegers::lcm);
        fn(d, "isqrt", 1, 1, a -> MathIntegers.isqrt(a[0]));
        fn(d, "comb", 2, 2, a -> MathIntegers.comb(a[0], a[1]));
        fn(d, "perm", 1, 2, a -> MathIntegers.perm(a[0], a.length > 1 ? a[1] : null));
        ArgParser prodArgs = new ArgParser("prod", new String[] {"iterable", "start"}, 1, 1, 1);
        d.putStr("prod", new PyBuiltinFunction("prod", "math", (args, kw) -> {
            Object[] p = prodArgs.parse(args, kw, 0);
            return MathIntegers.prod(p[0], p[1]);
        }));
        ArgParser closeArgs = new ArgParser("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2);
        d.putStr("isclose", new PyBuiltinFunction("isclose", "math", (args, kw) -> {
            Object[] p = closeArgs.parse(args, kw, 0);
            return isclose(MathArgs.toDouble(p[0]), MathArgs.toDouble(p[1]), p[2] == null ? 1e-9 : MathArgs.toDouble(p[2]),
                    p[3] == null ? 0.0 : MathArgs.toDouble(p[3]));
        }));
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, ModuleFunction.positional("math", name, min, max, body));
    }

    /** CPython's math_1: NaN from non-NaN is a domain error, infinity from finite a range (or domain) error. */
    private static void unary(PyDict d, String name, DoubleUnaryOperator f, boolean canOverflow) {
        fn(d, name, 1, 1, a -> {
            double x = MathArgs.toDouble(a[0]);
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
            if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? rangeError() : domainError();
            return r;
        });
    }

    /** CPython's math_2. */
    private static void binary(PyDict d, String name, DoubleBinaryOperator f) {
        fn(d, name, 2, 2, a -> {
            double x = MathArgs.toDouble(a[0]), y = MathArgs.toDouble(a[1]);
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw rangeError();
            return r;
        });
    }

    static RuntimeException domainError() {
        return Errors.valueError("math domain error");
    }

    static RuntimeException rangeError() {
        return Errors.overflow("math range error");
    }

    private static Object special(MathSpecial.Result r) {
        if (r.error == MathSpecial.DOMAIN) throw domainError();
        if (r.error == MathSpecial.RANGE && Math.abs(r.value) >= 1.5) throw rangeError();
        return r.value;
    }

    private static double log1p(double x) {
        return x == 0.0 ? x : LibM.log1p(x); // keeps the sign of a zero
    }

    private static Object floorCeil(Object o, boolean floor) {
        if (o instanceof Double d) return Rounding.roundToIntExact(floor ? Math.floor(d) : Math.ceil(d));
        if (IntArith.isInt(o)) return IntArith.widen(o);
        Object m = Ops.typeOf(o).lookup(floor ? "__floor__" : "__ceil__");
        if (m != null) return Ops.callDescriptor(m, o, new Object[0]);
        double x = MathArgs.toDouble(o);
        return Rounding.roundToIntExact(floor ? Math.floor(x) : Math.ceil(x));
    }

    private static Object trunc(Object o) {
        if (o instanceof Double d) return Rounding.roundToIntExact(d < 0 ? Math.ceil(d) : Math.floor(d));
        if (IntArith.isInt(o)) return IntArith.widen(o);
        Object m = Ops.typeOf(o).lookup("__trunc__");
        if (m == null) throw Errors.typeError("type " + Ops.typeName(o) + " doesn't define __trunc__ method");
        return Ops.callDescriptor(m, o, new Object[0]);
    }

    private static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) return x;
        double r = LibM.fmod(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
        return r;
    }

    /** {@code math.pow}: IEEE special values handled directly, finite cases by libm. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0.0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) return oddY ? x : Math.abs(x);
                if (y == 0.0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0.0 && Math.abs(x) > 1.0) return y;
            if (y < 0.0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = LibM.pow(x, y);
        if (Double.isNaN(r)) throw domainError();
        if (Double.isInfinite(r)) throw x == 0.0 ? domainError() : rangeError();
        return r;
    }

    private static double ldexp(double x, Object i) {
        if (!IntArith.isInt(i) && !(i instanceof PyBoxed b && IntArith.isInt(b.value))) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        Object n = IntArith.widen(i instanceof PyBoxed b ? b.value : i);
        long e = n instanceof Long l ? l : ((BigInteger) n).signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        if (x == 0.0 || !Double.isFinite(x)) return x;
        if (e > Integer.MAX_VALUE) throw rangeError();
        if (e < Integer.MIN_VALUE) return Math.copySign(0.0, x);
        double r = Math.scalb(x, (int) e);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    private static PyTuple modf(double x) {
        if (Double.isInfinite(x)) return PyTuple.of(Math.copySign(0.0, x), x);
        if (Double.isNaN(x)) return PyTuple.of(x, x);
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - ip, x), ip);
    }

    private static double ulp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return Math.abs(x);
        return Math.ulp(x);
    }

    private static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) throw Errors.valueError("tolerances must be non-negative");
        if (a == b) return true;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return false;
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /** {@code log(x[, base])}: ints of any size, then float division of the two logarithms. */
    private static Object log(Object[] a) {
        double num = logOf(a[0], MathModule::naturalLog);
        if (a.length == 1) return num;
        double den = logOf(a[1], MathModule::naturalLog);
        return Ops.binary(num, den, BinaryOp.TRUEDIV);
    }

    private static double naturalLog(double x) {
        return LibM.log(x);
    }

    /** CPython's loghelper: an int is handled exactly even beyond the double range. */
    private static double logOf(Object arg, DoubleUnaryOperator f) {
        Object i = arg instanceof PyBoxed b && IntArith.isInt(b.value) ? b.value : arg;
        if (IntArith.isInt(i)) {
            BigInteger v = IntArith.big(i);
            if (v.signum() <= 0) throw domainError();
            double d = v.doubleValue();
            if (Double.isFinite(d)) return f.applyAsDouble(d);
            double[] fe = MathSpecial.frexpBig(v);
            return f.applyAsDouble(fe[0]) + f.applyAsDouble(2.0) * fe[1];
        }
        double x = MathArgs.toDouble(arg);
        double r = x > 0 && Double.isFinite(x) ? f.applyAsDouble(x) : logSpecial(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw domainError();
        return r;
    }

    /** log of 0 (-inf, an error), negatives (NaN, an error), inf and NaN (themselves). */
    private static double logSpecial(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == 0.0) return Double.NEGATIVE_INFINITY;
        return Double.NaN;
    }

    private static Object hypot(Object[] args) {
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(MathArgs.toDouble(args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathSpecial.vectorNorm(v, v.length, max, nan);
    }

    private static Object dist(Object p, Object q) {
        Object[] ps = Iteration.toArray(p), qs = Iteration.toArray(q);
        if (ps.length != qs.length) throw Errors.valueError("both points must have the same number of dimensions");
        double[] v = new double[ps.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < ps.length; i++) {
            double px = MathArgs.toDouble(ps[i]), qx = MathArgs.toDouble(qs[i]);
            double x = Math.abs(px - qx);
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathSpecial.vectorNorm(v, v.length, max, nan);
    }
}
