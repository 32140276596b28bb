package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.NumberFormatter;
import org.pyjit.runtime.types.number.IntConversion;
import org.pyjit.runtime.types.number.IntText;
import org.pyjit.runtime.types.number.Numbers;
import org.pyjit.runtime.types.string.Strings;

/**
 * Installs {@code int} (and through {@link BoolMethods} {@code bool}): constructor, arithmetic,
 * bitwise and comparison dunders with their reflected forms, conversions, hashing, formatting and
 * the named methods and attributes of CPython 3.11's int.
 */
final class IntMethods {
    private IntMethods() {}

    private static final Object NI = BuiltinTypes.NOT_IMPLEMENTED;

    /** A binary operation on two int values (Long or BigInteger). */
    @FunctionalInterface
    interface IntOp {
        Object apply(Object x, Object y);
    }

    static void install() {
        PyType t = BuiltinTypes.INT;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, IntMethods::newInt));
        installArithmetic(t);
        installComparisons(t);
        installConversions(t);
        IntExtras.install(t);
        BoolMethods.install();
    }

    /** The int value of self (a Long, BigInteger, Boolean or boxed int). */
    static Object self(Object o) {
        return Numbers.asInt(o);
    }

    // ------------------------------------------------------------------ constructor

    private static final ArgParser NEW_ARGS = new ArgParser("int", new String[] {"x", "base"}, 1, 2, 0);

    private static Object newInt(Object[] a, String[] kw) {
        PyType cls = NewClassChecks.newClass(a, BuiltinTypes.INT, "int");
        Object[] p = NEW_ARGS.parse(a, kw, 1);
        Object value;
        if (p[0] == null) {
            if (p[1] != null) throw Errors.typeError("int() missing string argument");
            value = 0L;
        } else if (p[1] == null) {
            value = IntConversion.toInt(p[0]);
        } else {
            long base = Ops.index(p[1]);
            if (base != 0 && (base < 2 || base > 36)) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            value = IntConversion.toInt(p[0], (int) base);
        }
        return cls == BuiltinTypes.INT ? value : new PyBoxed(cls, value);
    }

    // ------------------------------------------------------------------ arithmetic

    private static void binary(PyType t, String stem, IntOp op) {
        Methods.wrapper(t, "__" + stem + "__", 1, a -> {
            Object y = Numbers.asInt(a[1]);
            return y == null ? NI : op.apply(self(a[0]), y);
        });
        Methods.wrapper(t, "__r" + stem + "__", 1, a -> {
            Object y = Numbers.asInt(a[1]);
            return y == null ? NI : op.apply(y, self(a[0]));
        });
    }

    private static void installArithmetic(PyType t) {
        binary(t, "add", IntArith::add);
        binary(t, "sub", IntArith::sub);
        binary(t, "mul", IntArith::mul);
        binary(t, "floordiv", IntArith::floorDiv);
        binary(t, "mod", IntArith::mod);
        binary(t, "truediv", IntArith::trueDiv);
        binary(t, "divmod", (x, y) -> PyTuple.of(IntArith.floorDiv(x, y), IntArith.mod(x, y)));
        binary(t, "lshift", IntMethods::lshift);
        binary(t, "rshift", IntArith::rshift);
        binary(t, "and", IntArith::and);
        binary(t, "or", IntArith::or);
        binary(t, "xor", IntArith::xor);
        Methods.wrapperRange(t, "__pow__", 1, 2, a -> pow(self(a[0]), Numbers.asInt(a[1]), a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapperRange(t, "__rpow__", 1, 2, a -> pow(Numbers.asInt(a[1]), self(a[0]), a.length > 2 ? a[2] : PyNone.NONE));
        Methods.wrapper(t, "__neg__", 0, a -> IntArith.neg(self(a[0])));
        Methods.wrapper(t, "__pos__", 0, a -> self(a[0]));
        Methods.wrapper(t, "__abs__", 0, a -> IntArith.abs(self(a[0])));
        Methods.wrapper(t, "__invert__", 0, a -> IntArith.invert(self(a[0])));
        Methods.wrapper(t, "__bool__", 0, a -> !isZero(self(a[0])));
    }

    static boolean isZero(Object v) {
        return v instanceof Long l && l == 0;
    }

    private static Object lshift(Object x, Object y) {
        if (isZero(x) && IntArith.compare(y, 0L) >= 0) return 0L;
        return IntArith.lshift(x, y);
    }

    /** {@code pow(x, y[, mod])} for ints; NotImplemented when an operand is not an int. */
    private static Object pow(Object x, Object y, Object mod) {
        if (x == null || y == null) return NI;
        if (mod == PyNone.NONE) return IntArith.pow(x, y);
        Object m = Numbers.asInt(mod);
        if (m == null) return NI;
        return IntArith.powMod(x, y, m);
    }

    // ------------------------------------------------------------------ comparisons

    private static void compare(PyType t, String name, java.util.function.IntPredicate test) {
        Methods.wrapper(t, name, 1, a -> {
            Object y = Numbers.asInt(a[1]);
            return y == null ? NI : (Object) test.test(IntArith.compare(self(a[0]), y));
        });
    }

    private static void installComparisons(PyType t) {
        compare(t, "__eq__", c -> c == 0);
        compare(t, "__ne__", c -> c != 0);
        compare(t, "__lt__", c -> c < 0);
        compare(t, "__le__", c -> c <= 0);
        compare(t, "__gt__", c -> c > 0);
        compare(t, "__ge__", c -> c >= 0);
        Methods.wrapper(t, "__hash__", 0, a -> hash(self(a[0])));
    }

    static long hash(Object v) {
        return v instanceof Long l ? Hashing.hashLong(l) : Hashing.hashBig((BigInteger) v);
    }

    // ------------------------------------------------------------------ conversions

    private static void installConversions(PyType t) {
        for (String name : new String[] {"__int__", "__index__"}) Methods.wrapper(t, name, 0, a -> self(a[0]));
        Methods.wrapper(t, "__float__", 0, a -> IntArith.toDouble(self(a[0])));
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__", "conjugate"}) {
            Methods.noArgs(t, name, IntMethods::self);
        }
        // int.__round__ takes None as an (invalid) ndigits; only a missing argument means "no ndigits"
        Methods.positional(t, "__round__", 0, 1, a -> a.length > 1 ? round(self(a[0]), a[1]) : self(a[0]));
        Methods.wrapper(t, "__repr__", 0, a -> IntText.decimal(self(a[0])));
        Methods.oneArg(t, "__format__", (s, spec) -> NumberFormatter.formatInt(s, self(s), formatSpec(spec)));
        Methods.noArgs(t, "__getnewargs__", s -> PyTuple.of(self(s)));
    }

    /** The spec argument of a {@code __format__}: "__format__() argument must be str, not int". */
    static String formatSpec(Object spec) {
        String s = Strings.asStr(spec);
        if (s == null) throw Errors.typeError("__format__() argument must be str, not " + Strings.argTypeName(spec));
        return s;
    }

    /** {@code round(int, ndigits)}: half-even to a multiple of 10**-ndigits. */
    private static Object round(Object v, Object ndigits) {
        Object nd = Ops.indexOrNull(ndigits);
        if (nd == null) throw Errors.typeError("'" + Ops.typeName(ndigits) + "' object cannot be interpreted as an integer");
        if (IntArith.compare(nd, 0L) >= 0) return v;
        BigInteger x = IntArith.big(v);
        BigInteger places = IntArith.big(nd).negate();
        // past the number of digits the result is 0 (and 10**places need not be built)
        if (places.compareTo(BigInteger.valueOf(x.abs().bitLength() / 3 + 2)) > 0) return 0L;
        BigInteger unit = BigInteger.TEN.pow(places.intValue());
        BigInteger[] qr = x.divideAndRemainder(unit);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) { // floor division
            q = q.subtract(BigInteger.ONE);
            r = r.add(unit);
        }
        int c = r.shiftLeft(1).compareTo(unit);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return IntArith.normalize(q.multiply(unit));
    }
}
