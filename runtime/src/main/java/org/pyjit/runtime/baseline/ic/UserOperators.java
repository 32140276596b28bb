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

    /**
     * The special methods for one pair of operand types, found once: one bound object, so the
     * handles made from it have one shape (binding its six values as separate arguments made a
     * bound-handle species per mix of types).
     */
    record Dispatch(Object im, Object fa, Object fb, boolean reflectedFirst, BinaryOp op, boolean inplace) {
        static Dispatch of(PyType ta, PyType tb, BinaryOp op, boolean inplace) {
            Object im = inplace ? ta.lookup(op.inplace) : null;
            Object fa = ta.lookup(op.dunder);
            Object fb = ta == tb ? null : tb.lookup(op.reflected);
            if (fb != null && fb == ta.lookup(op.reflected) && fa != null) fb = null;
            boolean reflectedFirst = fa != null && fb != null && tb.isSubtypeOf(ta);
            return new Dispatch(im, fa, fb, reflectedFirst, op, inplace);
        }

        public Object binary(Object a, Object b) {
            return binaryAfter(0, im, fa, fb, reflectedFirst, op, inplace, a, b);
        }

        /** The result of the first method tried, else the rest of the dispatch. */
        public Object firstOrRest(Object first, Object a, Object b) {
            if (first != BuiltinTypes.NOT_IMPLEMENTED) return first;
            return binaryAfter(1, im, fa, fb, reflectedFirst, op, inplace, a, b);
        }
    }

    /** {@code (Object a, Object b) Object}: the dispatch with the methods for operand types {@code ta} and {@code tb} found once. */
    static MethodHandle resolve(PyType ta, PyType tb, BinaryOp op, boolean inplace) {
        return BINARY.bindTo(Dispatch.of(ta, tb, op, inplace));
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


    /**
     * When the first method the dispatch tries is a Python function taking (self, other):
     * {@code (Object a, Object b) Object} calling it as a direct call (its baseline body once it
     * has one), then the rest of the dispatch if it returns NotImplemented; with the callee the
     * handle was made for (the site relinks when that callee reaches tier 1). Null otherwise.
     */
    static Direct direct(PyType ta, PyType tb, BinaryOp op, boolean inplace) {
        Dispatch d = Dispatch.of(ta, tb, op, inplace);
        Object first = d.im() != null ? d.im() : d.reflectedFirst() ? d.fb() : d.fa();
        boolean swapped = d.im() == null && d.reflectedFirst();
        if (!(first instanceof PyFunction f) || !FunctionCalls.isDirect(f.code, 2)) return null;
        FunctionCalls.Callee c = FunctionCalls.Callee.of(f);
        MethodHandle call = CallSites.callFunction(f, c, 2);
        if (swapped) call = MethodHandles.permuteArguments(call, call.type(), 1, 0);
        MethodHandle rest = FIRST_OR_REST.bindTo(d);
        return new Direct(MethodHandles.foldArguments(rest, call), c);
    }

    /** A direct operator handle and the callee it calls first. */
    record Direct(MethodHandle fast, FunctionCalls.Callee callee) {}

    private static final MethodHandle FIRST_OR_REST;
    private static final MethodHandle BINARY;

    static {
        try {
            java.lang.invoke.MethodType oo = java.lang.invoke.MethodType.methodType(Object.class, Object.class, Object.class);
            FIRST_OR_REST = Guards.LOOKUP.findVirtual(Dispatch.class, "firstOrRest", oo.insertParameterTypes(0, Object.class));
            BINARY = Guards.LOOKUP.findVirtual(Dispatch.class, "binary", oo);
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
