package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Binary operators on instances of Python classes with the special methods already looked up:
 * the same order of calls as the generic dispatch (in-place method, then the reflected method
 * first when the right operand's class is a subclass that overrides it, then {@code __op__}, then
 * {@code __rop__}), valid while both classes keep the versions the site's guard checks.
 */
final class UserOperators {
    private UserOperators() {}

    /** {@code user} with the methods for operand types {@code ta} and {@code tb} bound. */
    static MethodHandle resolve(MethodHandle user, PyType ta, PyType tb, BinaryOp op, boolean inplace) {
        Object im = inplace ? ta.lookup(op.inplace) : null;
        Object fa = ta.lookup(op.dunder);
        Object fb = ta == tb ? null : tb.lookup(op.reflected);
        if (fb != null && fb == ta.lookup(op.reflected) && fa != null) fb = null;
        boolean reflectedFirst = fa != null && fb != null && tb.isSubtypeOf(ta);
        return MethodHandles.insertArguments(user, 0, im, fa, fb, reflectedFirst, op, inplace);
    }

    public static Object binary(Object im, Object fa, Object fb, boolean reflectedFirst, BinaryOp op, boolean inplace,
                                Object a, Object b) {
        Object r;
        if (im != null) {
            r = call(im, a, b);
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        boolean reflectedDone = false;
        if (fa != null) {
            if (reflectedFirst) {
                r = call(fb, b, a);
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
                reflectedDone = true;
            }
            r = call(fa, a, b);
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        if (fb != null && !reflectedDone) {
            r = call(fb, b, a);
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        throw Ops.unsupportedBinary(a, b, op, inplace);
    }

    /** Calls special method {@code descr} of {@code self}'s type with one argument. */
    static Object call(Object descr, Object self, Object arg) {
        if (descr instanceof PyFunction f && FunctionCalls.isDirect(f.code, 2)) return FunctionCalls.call2(f, self, arg);
        return Ops.callDescriptor(descr, self, new Object[] {arg});
    }
}
