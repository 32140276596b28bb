package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.number.Numbers;

/**
 * Installs {@code bool}: a subclass of int whose two values are the JVM's Booleans; its own
 * constructor (truth value), repr, and {@code & | ^} that stay bool between bools. Everything
 * else is int's. (bool cannot be subclassed: that check is the type machinery's.)
 */
final class BoolMethods {
    private BoolMethods() {}

    static void install() {
        PyType t = BuiltinTypes.BOOL;
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            NewClassChecks.newClass(a, t, "bool");
            if (kw != null && kw.length > 0) throw Errors.typeError("bool() takes no keyword arguments");
            if (a.length > 2) throw Errors.typeError("bool expected at most 1 argument, got " + (a.length - 1));
            return a.length == 2 && Ops.isTrue(a[1]);
        }));
        Methods.wrapper(t, "__repr__", 0, a -> (Boolean) a[0] ? "True" : "False");
        logical(t, "and", (x, y) -> x & y, IntArith::and);
        logical(t, "or", (x, y) -> x | y, IntArith::or);
        logical(t, "xor", (x, y) -> x ^ y, IntArith::xor);
    }

    /** A boolean operation on two bools. */
    @FunctionalInterface
    private interface BoolOp {
        boolean apply(boolean x, boolean y);
    }

    private static void logical(PyType t, String stem, BoolOp onBools, IntMethods.IntOp onInts) {
        Methods.wrapper(t, "__" + stem + "__", 1, a -> apply(a[0], a[1], onBools, onInts));
        Methods.wrapper(t, "__r" + stem + "__", 1, a -> apply(a[1], a[0], onBools, onInts));
    }

    private static Object apply(Object x, Object y, BoolOp onBools, IntMethods.IntOp onInts) {
        if (x instanceof Boolean p && y instanceof Boolean q) return onBools.apply(p, q);
        Object i = Numbers.asInt(x), j = Numbers.asInt(y);
        if (i == null || j == null) return BuiltinTypes.NOT_IMPLEMENTED;
        return onInts.apply(i, j);
    }
}
