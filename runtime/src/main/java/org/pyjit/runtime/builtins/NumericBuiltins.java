package org.pyjit.runtime.builtins;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.FloatArith;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The numeric builtins: abs, round, divmod, pow, hex, oct, bin. */
public final class NumericBuiltins {
    private NumericBuiltins() {}

    private static final ArgParser ROUND_ARGS = new ArgParser("round", new String[] {"number", "ndigits"}, 0, 2, 1);
    private static final ArgParser POW_ARGS = new ArgParser("pow", new String[] {"base", "exp", "mod"}, 0, 3, 2);

    static void install(PyDict ns) {
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("abs", "builtins", 1, 1, a -> abs(a[0])));
        BuiltinsModule.define(ns, new PyBuiltinFunction("round", "builtins", (args, kw) -> {
            Object[] p = ROUND_ARGS.parse(args, kw, 0);
            return round(p[0], p[1]);
        }));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("divmod", "builtins", 2, 2, a -> divmod(a[0], a[1])));
        BuiltinsModule.define(ns, new PyBuiltinFunction("pow", "builtins", (args, kw) -> {
            Object[] p = POW_ARGS.parse(args, kw, 0);
            return pow(p[0], p[1], p[2]);
        }));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("hex", "builtins", 1, 1, a -> inBase(a[0], 16, "0x")));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("oct", "builtins", 1, 1, a -> inBase(a[0], 8, "0o")));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("bin", "builtins", 1, 1, a -> inBase(a[0], 2, "0b")));
    }

    /** {@code abs(x)}. */
    public static Object abs(Object x) {
        if (x instanceof Long || x instanceof BigInteger) return IntArith.abs(x);
        if (x instanceof Double d) return Math.abs(d);
        if (x instanceof Boolean b) return b ? 1L : 0L;
        Object m = Ops.typeOf(x).lookup("__abs__");
        if (m == null) throw Errors.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
        return Ops.callDescriptor(m, x, new Object[0]);
    }

    /** {@code round(number, ndigits)}; ndigits null or None means "to an int". */
    public static Object round(Object number, Object ndigits) {
        boolean toInt = ndigits == null || ndigits == PyNone.NONE;
        if (number instanceof Double d) {
            return toInt ? Rounding.roundToInt(d) : (Object) Rounding.roundFloat(d, index(ndigits));
        }
        if (IntArith.isInt(number)) return toInt ? IntArith.widen(number) : Rounding.roundInt(number, index(ndigits));
        Object m = Ops.typeOf(number).lookup("__round__");
        if (m == null) throw Errors.typeError("type " + Ops.typeName(number) + " doesn't define __round__ method");
        return Ops.callDescriptor(m, number, toInt ? new Object[0] : new Object[] {ndigits});
    }

    private static Object index(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        return i;
    }

    /** {@code divmod(a, b)}. */
    public static Object divmod(Object a, Object b) {
        if (IntArith.isInt(a) && IntArith.isInt(b)) {
            Object x = IntArith.widen(a), y = IntArith.widen(b);
            return PyTuple.of(IntArith.floorDiv(x, y), IntArith.mod(x, y));
        }
        if ((a instanceof Double || b instanceof Double) && isIntOrFloat(a) && isIntOrFloat(b)) {
            double[] qr = FloatArith.divmod(FloatArith.toDoubleOrNull(a), FloatArith.toDoubleOrNull(b));
            return PyTuple.of(qr[0], qr[1]);
        }
        Object r = binaryDispatch(a, b, "__divmod__", "__rdivmod__");
        if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    private static boolean isIntOrFloat(Object o) {
        return o instanceof Double || IntArith.isInt(o);
    }

    /** CPython's binary_op1 for one slot: the reflected method first when b's type is a proper subclass. */
    private static Object binaryDispatch(Object a, Object b, String name, String reflected) {
        PyType ta = Ops.typeOf(a), tb = Ops.typeOf(b);
        Object fa = ta.lookup(name);
        Object fb = ta == tb ? null : tb.lookup(reflected);
        if (fb != null && fb == ta.lookup(reflected)) fb = null;
        if (fa != null) {
            if (fb != null && tb.isSubtypeOf(ta)) {
                Object r = Ops.callDescriptor(fb, b, new Object[] {a});
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
                fb = null;
            }
            Object r = Ops.callDescriptor(fa, a, new Object[] {b});
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        if (fb != null) return Ops.callDescriptor(fb, b, new Object[] {a});
        return BuiltinTypes.NOT_IMPLEMENTED;
    }

    /** {@code pow(base, exp, mod)}; mod null or None means two-argument power. */
    public static Object pow(Object base, Object exp, Object mod) {
        if (mod == null || mod == PyNone.NONE) return Ops.binary(base, exp, BinaryOp.POW);
        if (IntArith.isInt(base) && IntArith.isInt(exp) && IntArith.isInt(mod)) {
            return IntArith.powMod(IntArith.widen(base), IntArith.widen(exp), IntArith.widen(mod));
        }
        if (isIntOrFloat(base) && isIntOrFloat(exp) && isIntOrFloat(mod)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Object m = Ops.typeOf(base).lookup("__pow__");
        if (m != null) {
            Object r = Ops.callDescriptor(m, base, new Object[] {exp, mod});
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(base) + "', '"
                + Ops.typeName(exp) + "', '" + Ops.typeName(mod) + "'");
    }

    /** {@code hex}/{@code oct}/{@code bin}: sign, prefix, digits of the magnitude. */
    public static String inBase(Object o, int radix, String prefix) {
        Object i = index(o);
        if (i instanceof Long l) {
            if (l >= 0) return prefix + Long.toString(l, radix);
            if (l != Long.MIN_VALUE) return "-" + prefix + Long.toString(-l, radix);
        }
        BigInteger b = IntArith.big(i);
        return (b.signum() < 0 ? "-" : "") + prefix + b.abs().toString(radix);
    }
}
