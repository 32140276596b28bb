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
        return binaryAfter(0, im, fa, fb, reflectedFirst, op, inplace, a, b);
    }

    /**
     * The dispatch with its first {@code done} method calls already made (each returned
     * NotImplemented): in-place method, reflected method when it goes first, {@code __op__},
     * {@code __rop__}.
     */
    static Object binaryAfter(int done, Object im, Object fa, Object fb, boolean reflectedFirst, BinaryOp op,
                              boolean inplace, Object a, Object b) {
        Object r;
        int step = 0;
        if (im != null && step++ >= done) {
            r = call(im, a, b);
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        boolean reflectedDone = false;
        if (fa != null) {
            if (reflectedFirst) {
                if (step++ >= done) {
                    r = call(fb, b, a);
                    if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
                }
                reflectedDone = true;
            }
            if (step++ >= done) {
                r = call(fa, a, b);
                if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
            }
        }
        if (fb != null && !reflectedDone && step >= done) {
            r = call(fb, b, a);
            if (r != BuiltinTypes.NOT_IMPLEMENTED) return r;
        }
        throw Ops.unsupportedBinary(a, b, op, inplace);
    }

    /** The result of the first method tried, else the rest of the dispatch. */
    public static Object firstOrRest(Object first, Object im, Object fa, Object fb, boolean reflectedFirst, BinaryOp op,
                                     boolean inplace, Object a, Object b) {
        if (first != BuiltinTypes.NOT_IMPLEMENTED) return first;
        return binaryAfter(1, im, fa, fb, reflectedFirst, op, inplace, a, b);
    }

    /**
     * When the first method the dispatch tries is a Python function taking (self, other):
     * {@code (Object a, Object b) Object} calling it as a direct call (its baseline body once it
     * has one), then the rest of the dispatch if it returns NotImplemented; with the callee the
     * handle was made for (the site relinks when that callee reaches tier 1). Null otherwise.
     */
    static Direct direct(PyType ta, PyType tb, BinaryOp op, boolean inplace) {
        Object im = inplace ? ta.lookup(op.inplace) : null;
        Object fa = ta.lookup(op.dunder);
        Object fb = ta == tb ? null : tb.lookup(op.reflected);
        if (fb != null && fb == ta.lookup(op.reflected) && fa != null) fb = null;
        boolean reflectedFirst = fa != null && fb != null && tb.isSubtypeOf(ta);
        Object first = im != null ? im : reflectedFirst ? fb : fa;
        boolean swapped = im == null && reflectedFirst;
        if (!(first instanceof PyFunction f) || !FunctionCalls.isDirect(f.code, 2)) return null;
        FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
        MethodHandle call = CallSites.callFunction(f, c, 2);
        if (swapped) call = MethodHandles.permuteArguments(call, call.type(), 1, 0);
        MethodHandle rest = MethodHandles.insertArguments(FIRST_OR_REST, 1, im, fa, fb, reflectedFirst, op, inplace);
        return new Direct(MethodHandles.foldArguments(rest, call), c);
    }

    /** A direct operator handle and the callee it calls first. */
    record Direct(MethodHandle fast, FunctionCalls.Callee callee) {}

    private static final MethodHandle FIRST_OR_REST;

    static {
        try {
            FIRST_OR_REST = Guards.LOOKUP.findStatic(UserOperators.class, "firstOrRest", java.lang.invoke.MethodType.methodType(
                    Object.class, Object.class, Object.class, Object.class, Object.class, boolean.class, BinaryOp.class,
                    boolean.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Calls special method {@code descr} of {@code self}'s type with one argument. */
    static Object call(Object descr, Object self, Object arg) {
        if (descr instanceof PyFunction f && FunctionCalls.isDirect(f.code, 2)) return FunctionCalls.call2(f, self, arg);
        return Ops.callDescriptor(descr, self, new Object[] {arg});
    }
}
