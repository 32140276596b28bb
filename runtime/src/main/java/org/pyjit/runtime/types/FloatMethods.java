package org.pyjit.runtime.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.FloatArith;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.FloatFormatter;
import org.pyjit.runtime.types.format.NumberFormatter;
import org.pyjit.runtime.types.number.ComplexMath;
import org.pyjit.runtime.types.number.FloatConversion;
import org.pyjit.runtime.types.number.FloatHex;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.types.string.Strings;

/**
 * Installs {@code float}: constructor, arithmetic with CPython's division, modulo and power rules,
 * comparisons that are exact against ints of any size, hashing equal to int's for integral
 * values, correctly rounded {@code round}, repr, {@code __format__} and the named methods.
 */
final class FloatMethods {
    private FloatMethods() {}

    private static final Object NI = BuiltinTypes.NOT_IMPLEMENTED;

    /** A binary operation on two doubles. */
    @FunctionalInterface
    private interface FloatOp {
        Object apply(double x, double y);
    }

    static void install() {
        PyType t = BuiltinTypes.FLOAT;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = NewClassChecks.newClass(a, t, "float");
            if (kw != null && kw.length > 0) throw Errors.typeError("float() takes no keyword arguments");
            if (a.length > 2) throw Errors.typeError("float expected at most 1 argument, got " + (a.length - 1));
            double v = a.length == 2 ? FloatConversion.toDouble(a[1]) : 0.0;
            return cls == t ? (Object) v : new PyBoxed(cls, v);
        }));
        installArithmetic(t);
        installComparisons(t);
        installConversions(t);
        installMethods(t);
    }

    static double self(Object o) {
        return Numbers.asFloat(o);
    }

    // ------------------------------------------------------------------ arithmetic

    private static void binary(PyType t, String stem, FloatOp op) {
        Methods.wrapper(t, "__" + stem + "__", 1, a -> {
            Double y = Numbers.floatOperand(a[1]);
            return y == null ? NI : op.apply(self(a[0]), y);
        });
        Methods.wrapper(t, "__r" + stem + "__", 1, a -> {
            Double y = Numbers.floatOperand(a[1]);
            return y == null ? NI : op.apply(y, self(a[0]));
        });
    }

    private static void installArithmetic(PyType t) {
        binary(t, "add", (x, y) -> x + y);
        binary(t, "sub", (x, y) -> x - y);
        binary(t, "mul", (x, y) -> x * y);
        binary(t, "truediv", FloatArith::trueDiv);
        binary(t, "floordiv", FloatArith::floorDiv);
        binary(t, "mod", FloatArith::mod);
        binary(t, "divmod", (x, y) -> {
            double[] qr = FloatArith.divmod(x, y);
            return PyTuple.of(qr[0], qr[1]);
        });
        Methods.wrapperRange(t, "__pow__", 1, 2, a -> pow(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapperRange(t, "__rpow__", 1, 2, a -> pow(a[1], a[0], a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapper(t, "__neg__", 0, a -> -self(a[0]));
        Methods.wrapper(t, "__pos__", 0, a -> self(a[0]));
        Methods.wrapper(t, "__abs__", 0, a -> Math.abs(self(a[0])));
        Methods.wrapper(t, "__bool__", 0, a -> self(a[0]) != 0.0);
    }

    /** {@code x ** y} with floats; a complex result for a negative base and fractional exponent. */
    static Object pow(Object a, Object b, Object mod) {
        Double x = Numbers.floatOperand(a), y = Numbers.floatOperand(b);
        if (x == null || y == null) return NI;
        if (mod != PyNone.NONE) throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        Object r = FloatArith.pow(x, y);
        if (r != null) return r;
        return ComplexMath.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
    }

    // ------------------------------------------------------------------ comparisons

    private static void compare(PyType t, String name, java.util.function.IntPredicate test, boolean nanResult) {
        Methods.wrapper(t, name, 1, a -> {
            double x = self(a[0]);
            Double y = Numbers.asFloat(a[1]);
            if (y != null) {
                if (Double.isNaN(x) || Double.isNaN(y)) return nanResult;
                return test.test(x < y ? -1 : x > y ? 1 : 0);
            }
            Object i = Numbers.asInt(a[1]);
            if (i == null) return NI;
            if (Double.isNaN(x)) return nanResult;
            return test.test(Numbers.compareFloatInt(x, i));
        });
    }

    private static void installComparisons(PyType t) {
        compare(t, "__eq__", c -> c == 0, false);
        compare(t, "__ne__", c -> c != 0, true);
        compare(t, "__lt__", c -> c < 0, false);
        compare(t, "__le__", c -> c <= 0, false);
        compare(t, "__gt__", c -> c > 0, false);
        compare(t, "__ge__", c -> c >= 0, false);
        Methods.wrapper(t, "__hash__", 0, a -> Hashing.hashDouble(self(a[0])));
    }

    // ------------------------------------------------------------------ conversions

    private static void installConversions(PyType t) {
        Methods.wrapper(t, "__int__", 0, a -> Numbers.truncate(self(a[0])));
        Methods.wrapper(t, "__float__", 0, a -> self(a[0]));
        Methods.noArgs(t, "__trunc__", s -> Numbers.truncate(self(s)));
        Methods.noArgs(t, "__floor__", s -> Numbers.truncate(Math.floor(self(s))));
        Methods.noArgs(t, "__ceil__", s -> Numbers.truncate(Math.ceil(self(s))));
        Methods.positional(t, "__round__", 0, 1, a -> round(self(a[0]), a.length > 1 ? a[1] : PyNone.NONE));
        Methods.wrapper(t, "__repr__", 0, a -> FloatFormatter.repr(self(a[0])));
        Methods.oneArg(t, "__format__", (s, spec) -> NumberFormatter.formatFloat(s, self(s), IntMethods.formatSpec(spec)));
        Methods.noArgs(t, "__getnewargs__", s -> PyTuple.of(self(s)));
    }

    /** {@code round(x)} (half-even, to int) and {@code round(x, n)} (correctly rounded, to float). */
    static Object round(double x, Object ndigits) {
        if (ndigits == PyNone.NONE) return Numbers.truncate(Math.rint(x));
        Object nd = Ops.indexOrNull(ndigits);
        if (nd == null) throw Errors.typeError("'" + Ops.typeName(ndigits) + "' object cannot be interpreted as an integer");
        if (!Double.isFinite(x) || x == 0.0) return x;
        // beyond these the result is x itself, or a zero of x's sign (CPython's NDIGITS_MAX/MIN)
        if (IntArith.compare(nd, 323L) > 0) return x;
        if (IntArith.compare(nd, -308L) < 0) return 0.0 * x;
        int n = (int) (long) (Long) nd;
        double r = Double.parseDouble(new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).toString());
        if (Double.isInfinite(r)) throw Errors.overflow("rounded value too large to represent");
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    // ------------------------------------------------------------------ named methods

    private static void installMethods(PyType t) {
        Methods.noArgs(t, "is_integer", s -> {
            double x = self(s);
            return Double.isFinite(x) && x == Math.floor(x);
        });
        Methods.noArgs(t, "as_integer_ratio", s -> integerRatio(self(s)));
        Methods.noArgs(t, "conjugate", FloatMethods::self);
        Methods.noArgs(t, "hex", s -> FloatHex.hex(self(s)));
        Methods.noArgs(t, "__sizeof__", s -> 24L);
        Methods.getter(t, "real", FloatMethods::self);
        Methods.getter(t, "imag", s -> 0.0);
        Methods.classMethod(t, "fromhex", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("float.fromhex() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("float.fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            String s = Strings.asStr(a[1]);
            if (s == null) throw Errors.typeError("fromhex() argument must be str, not " + Ops.typeName(a[1]));
            double v = FloatHex.fromHex(s);
            return a[0] == t ? (Object) v : Ops.call(a[0], v);
        });
        Methods.classMethod(t, "__getformat__", (a, kw) -> {
            if (a.length != 2) {
                throw Errors.typeError("float.__getformat__() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            String s = Strings.asStr(a[1]);
            if (s == null) throw Errors.typeError("__getformat__() argument must be str, not " + Ops.typeName(a[1]));
            if (!s.equals("double") && !s.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian";
        });
    }

    /** The exact ratio of a finite double, in lowest terms. */
    static PyTuple integerRatio(double x) {
        if (Double.isInfinite(x)) throw Errors.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw Errors.valueError("cannot convert NaN to integer ratio");
        if (x == 0) return PyTuple.of(0L, 1L);
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exp += tz;
        if (x < 0) mantissa = -mantissa;
        if (exp >= 0) return PyTuple.of(IntArith.lshift(mantissa, (long) exp), 1L);
        return PyTuple.of(mantissa, IntArith.lshift(1L, (long) -exp));
    }
}
