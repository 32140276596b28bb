package org.pyjit.runtime.modules;

import java.util.Arrays;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;

/**
 * The {@code _operator} module: Python's operators as functions ({@code add}, {@code lt},
 * {@code getitem}, the in-place forms …), with the callable objects {@code itemgetter},
 * {@code attrgetter} and {@code methodcaller} in {@link OperatorGetters}.
 */
public final class OperatorModule {
    private OperatorModule() {}

    private static final String[][] BINARY = {
        {"add", "ADD"}, {"sub", "SUB"}, {"mul", "MUL"}, {"matmul", "MATMUL"}, {"truediv", "TRUEDIV"}, {"floordiv", "FLOORDIV"},
        {"mod", "MOD"}, {"pow", "POW"}, {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"}, {"and_", "AND"}, {"or_", "OR"},
        {"xor", "XOR"},
    };

    public static PyModule create() {
        PyModule m = new PyModule("_operator");
        PyDict d = m.dict;
        d.putStr("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
                + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                + "is equivalent to the expression x+y.  The function names are those\n"
                + "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
        for (String[] b : BINARY) {
            BinaryOp op = BinaryOp.valueOf(b[1]);
            fn(d, b[0], 2, a -> Ops.binary(a[0], a[1], op));
            String inplace = "i" + (b[0].endsWith("_") ? b[0].substring(0, b[0].length() - 1) : b[0]);
            fn(d, inplace, 2, a -> Ops.inplace(a[0], a[1], op));
        }
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE}) {
            fn(d, op.dunder.substring(2, 4), 2, a -> Ops.compare(a[0], a[1], op));
        }
        fn(d, "neg", 1, a -> Ops.unary(a[0], UnaryOp.USUB));
        fn(d, "pos", 1, a -> Ops.unary(a[0], UnaryOp.UADD));
        fn(d, "invert", 1, a -> Ops.unary(a[0], UnaryOp.INVERT));
        fn(d, "inv", 1, a -> Ops.unary(a[0], UnaryOp.INVERT));
        fn(d, "abs", 1, a -> Ops.call(BuiltinsModule.namespace().getStr("abs"), a[0]));
        fn(d, "not_", 1, a -> !Ops.isTrue(a[0]));
        fn(d, "truth", 1, a -> Ops.isTrue(a[0]));
        fn(d, "is_", 2, a -> a[0] == a[1] || identical(a[0], a[1]));
        fn(d, "is_not", 2, a -> !(a[0] == a[1] || identical(a[0], a[1])));
        fn(d, "index", 1, a -> {
            Object i = Ops.indexOrNull(a[0]);
            if (i == null) throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object cannot be interpreted as an integer");
            return i;
        });
        fn(d, "concat", 2, a -> {
            checkConcat(a[0]);
            return Ops.binary(a[0], a[1], BinaryOp.ADD);
        });
        fn(d, "iconcat", 2, a -> {
            checkConcat(a[0]);
            return Ops.inplace(a[0], a[1], BinaryOp.ADD);
        });
        fn(d, "contains", 2, a -> Ops.contains(a[0], a[1]));
        fn(d, "countOf", 2, a -> {
            Iteration.Cursor c = iterate(a[0]);
            long n = 0;
            for (Object v = c.next(); v != null; v = c.next()) if (v == a[1] || Ops.eq(v, a[1])) n++;
            return n;
        });
        fn(d, "indexOf", 2, a -> {
            Iteration.Cursor c = iterate(a[0]);
            long i = 0;
            for (Object v = c.next(); v != null; v = c.next(), i++) if (v == a[1] || Ops.eq(v, a[1])) return i;
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        fn(d, "getitem", 2, a -> Ops.getItem(a[0], a[1]));
        fn(d, "setitem", 3, a -> {
            Ops.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        fn(d, "delitem", 2, a -> {
            Ops.delItem(a[0], a[1]);
            return PyNone.NONE;
        });
        d.putStr("length_hint", PyBuiltinFunction.positional("length_hint", "_operator", 1, 2,
                a -> lengthHint(a[0], a.length > 1 ? a[1] : 0L)));
        d.putStr("call", new PyBuiltinFunction("call", "_operator", (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) < 1) throw Errors.typeError("call() missing 1 required positional argument: 'obj'");
            return Ops.callKw(a[0], Arrays.copyOfRange(a, 1, a.length), kw);
        }));
        fn(d, "_compare_digest", 2, a -> compareDigest(a[0], a[1]));
        OperatorGetters.install(d);
        return m;
    }

    private static void fn(PyDict d, String name, int n, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_operator", n, n, body));
    }

    /** Scalars the JVM may box separately compare by value and type for {@code is}. */
    private static boolean identical(Object a, Object b) {
        return a instanceof Boolean && a.equals(b);
    }

    private static void checkConcat(Object a) {
        if (Ops.typeOf(a).lookup("__getitem__") == null || a instanceof PyDict) {
            throw Errors.typeError("'" + Ops.typeName(a) + "' object can't be concatenated");
        }
    }

    private static Iteration.Cursor iterate(Object o) {
        if (Ops.typeOf(o).lookup("__iter__") == null && Ops.typeOf(o).lookup("__getitem__") == null) {
            throw Errors.typeError("argument of type '" + Ops.typeName(o) + "' is not iterable");
        }
        return Iteration.cursor(o);
    }

    /** {@code length_hint(obj, default)}: len(obj), else obj.__length_hint__(), else default. */
    public static Object lengthHint(Object o, Object dflt) {
        Object def = Ops.indexOrNull(dflt);
        if (def == null) throw Errors.typeError("'" + Ops.typeName(dflt) + "' object cannot be interpreted as an integer");
        if (Ops.typeOf(o).lookup("__len__") != null) {
            try {
                return Ops.len(o);
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) throw e;
            }
        }
        Object hint = Ops.typeOf(o).lookup("__length_hint__");
        if (hint == null) return def;
        Object r;
        try {
            r = Ops.callDescriptor(hint, o, new Object[0]);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) return def;
            throw e;
        }
        if (r == org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED) return def;
        Object n = Ops.indexOrNull(r);
        if (n == null) throw Errors.typeError("__length_hint__ must be an integer, not " + Ops.typeName(r));
        if (n instanceof Long l && l < 0) throw Errors.valueError("__length_hint__() should return >= 0");
        return n;
    }

    /** Timing-independent comparison of two str (ASCII) or bytes-like values. */
    private static Object compareDigest(Object a, Object b) {
        byte[] x, y;
        // str subclasses compare by their text (their __eq__ is ignored, as CPython's); bytes-likes by their buffers
        Object sa = a instanceof org.pyjit.runtime.objects.PyBoxed p && p.value instanceof String v ? v : a;
        Object sb = b instanceof org.pyjit.runtime.objects.PyBoxed p && p.value instanceof String v ? v : b;
        byte[] ba = sa instanceof String ? null : org.pyjit.runtime.objects.Buffers.bytesOrNull(a);
        byte[] bb = sb instanceof String ? null : org.pyjit.runtime.objects.Buffers.bytesOrNull(b);
        if (sa instanceof String s && sb instanceof String t) {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            for (int i = 0; i < t.length(); i++) if (t.charAt(i) > 127) throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else if (ba != null && bb != null) {
            x = ba;
            y = bb;
        } else if (ba != null || bb != null) {
            Object notBuffer = ba == null ? a : b;
            throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(notBuffer) + "'");
        } else {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '" + Ops.typeName(a) + "' and '"
                    + Ops.typeName(b) + "'");
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    static PyTuple tuple(Object... items) {
        return new PyTuple(items);
    }
}
