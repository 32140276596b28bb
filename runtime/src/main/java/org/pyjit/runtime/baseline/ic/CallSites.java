package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.objects.PyBoundMethod;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyCallable;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.InstanceCreation;

/** Handles shared by the call sites: calls with the positional arguments spread as parameters. */
final class CallSites {
    private CallSites() {}

    private static final String[] NO_KEYWORDS = null;
    static final MethodHandle CALL_KW;
    static final MethodHandle INSTANTIATE_PLAIN;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            CALL_KW = l.findStatic(Ops.class, "callKw", MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));
            INSTANTIATE_PLAIN = l.findStatic(CallSites.class, "instantiatePlain", MethodType.methodType(Object.class, PyType.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A call taking its arguments as one array: bound into the per-arity {@link #spread} handles. */
    @FunctionalInterface
    interface ArrayCall {
        Object call(Object[] args);
    }

    private static final MethodHandle ARRAY_CALL;
    /** {@code (ArrayCall, Object × n) Object} for each n, made once: all sites of one arity share its lambda forms. */
    private static final MethodHandle[] SPREADS = new MethodHandle[16];

    static {
        try {
            ARRAY_CALL = Guards.LOOKUP.findVirtual(ArrayCall.class, "call", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@code (Object × n) Object} calling {@code target} with the n arguments in a new array.
     * One collecting handle per arity, bound to {@code target}: where binding each site's own
     * values before collecting made lambda forms per mix of bound values, arities and positions.
     */
    static MethodHandle spread(ArrayCall target, int n) {
        MethodHandle h = n < SPREADS.length ? SPREADS[n] : null;
        if (h == null) {
            h = ARRAY_CALL.asCollector(Object[].class, n);
            if (n < SPREADS.length) SPREADS[n] = h;
        }
        return h.bindTo(target);
    }

    /** The generic call of each argument count, shared by the sites. */
    private static final MethodHandle[] GENERIC_CALLS = new MethodHandle[16];

    /** {@code (Object fn, Object × n) Object}: the generic call. */
    static MethodHandle genericCall(int n) {
        MethodHandle h = n < GENERIC_CALLS.length ? GENERIC_CALLS[n] : null;
        if (h != null) return h;
        h = MethodHandles.insertArguments(CALL_KW, 2, (Object) NO_KEYWORDS).asCollector(Object[].class, n);
        if (n < GENERIC_CALLS.length) GENERIC_CALLS[n] = h;
        return h;
    }

    /** {@code (Object × n) Object}: calls {@code target} with the arguments. */
    static MethodHandle callConstant(PyCallable target, int n) {
        return spread(args -> target.call(args, NO_KEYWORDS), n);
    }

    /** {@code (Object self, Object × (n - 1)) Object}: a builtin method found on self's own type, without the receiver check. */
    static MethodHandle callMethodDescriptor(PyMethodDescriptor md, int n) {
        return spread(args -> md.callUnchecked(args, NO_KEYWORDS), n);
    }

    /**
     * {@code (Object × n) Object}: calls Python function {@code fn} (a constant) with the arguments:
     * straight into its registers when its code takes exactly them, else through the argument binder.
     */
    static MethodHandle callFunction(PyFunction fn, FunctionCalls.Callee c, int n) {
        if (FunctionCalls.isDirect(fn.code, n)) return FunctionCalls.direct(c, n).bindTo(fn);
        return callConstant(fn, n);
    }

    /** {@code (Object bm, Object × n) Object}: calls bound method {@code bm} (a function of {@code c}'s code, direct for n + 1). */
    static MethodHandle callBound(FunctionCalls.Callee c, int n) {
        return spread(all -> {
            PyBoundMethod b = (PyBoundMethod) all[0];
            all[0] = b.self; // the array is this call's own
            return FunctionCalls.callArray(c, (PyFunction) b.function, all);
        }, n + 1);
    }

    private static Object initialized(Object obj, Object r) {
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        return obj;
    }

    /**
     * {@code cls(args…)} for a class with object's {@code __new__} and Python {@code __init__}
     * taking the arguments directly; one bound object per linked class (one handle shape).
     */
    record Instantiation(PyType cls, PyFunction init, FunctionCalls.Callee c) {
        public Object call(Object[] args) {
            PyObject obj = InstanceCreation.newInstance(cls);
            Object[] all = new Object[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            return initialized(obj, FunctionCalls.callArray(c, init, all));
        }

        public Object call0() {
            PyObject obj = InstanceCreation.newInstance(cls);
            return initialized(obj, FunctionCalls.call1(c, init, obj));
        }

        public Object call1(Object a) {
            PyObject obj = InstanceCreation.newInstance(cls);
            return initialized(obj, FunctionCalls.call2(c, init, obj, a));
        }

        public Object call2(Object a, Object b) {
            PyObject obj = InstanceCreation.newInstance(cls);
            return initialized(obj, FunctionCalls.call3(c, init, obj, a, b));
        }

        public Object call3(Object a, Object b, Object d) {
            PyObject obj = InstanceCreation.newInstance(cls);
            return initialized(obj, FunctionCalls.call4(c, init, obj, a, b, d));
        }
    }

    /** {@code Instantiation.call0} … {@code call3}. */
    private static final MethodHandle[] INSTANTIATION_CALLS = new MethodHandle[4];

    static {
        try {
            for (int n = 0; n <= 3; n++) {
                INSTANTIATION_CALLS[n] = Guards.LOOKUP.findVirtual(Instantiation.class, "call" + n, MethodType.genericMethodType(n));
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code (Object × n) Object} making an instance of {@code cls} and running its Python {@code __init__} directly. */
    static MethodHandle instantiation(PyType cls, PyFunction init, FunctionCalls.Callee c, int n) {
        Instantiation i = new Instantiation(cls, init, c);
        if (n > 3) return spread(i::call, n);
        return INSTANTIATION_CALLS[n].bindTo(i);
    }

    /**
     * {@code cls(args…)} for a builtin class: its {@code __new__} and {@code __init__} found once
     * (builtin classes never change), then what {@code type.__call__} does with them.
     */
    record BuiltinInstantiation(PyType cls, Object newFunction, Object init, boolean initIsNoOp) {
        public Object call(Object[] args) {
            return instantiateBuiltin(cls, newFunction, init, initIsNoOp, args);
        }
    }

    /** {@code (Object × n) Object}: {@link #instantiateBuiltin} with the class's methods bound (one bound object). */
    static MethodHandle builtinInstantiation(PyType cls, Object newFunction, Object init, boolean initIsNoOp, int n) {
        return spread(new BuiltinInstantiation(cls, newFunction, init, initIsNoOp)::call, n);
    }

    public static Object instantiateBuiltin(PyType cls, Object newFunction, Object init, boolean initIsNoOp, Object[] args) {
        Object[] withCls = new Object[args.length + 1];
        withCls[0] = cls;
        System.arraycopy(args, 0, withCls, 1, args.length);
        Object obj = Ops.callKw(newFunction, withCls, null);
        PyType ot = Ops.typeOf(obj);
        if (ot == cls && initIsNoOp) return obj;
        if (!ot.isSubtypeOf(cls)) return obj;
        Object objInit = ot == cls ? init : ot.lookup("__init__");
        if (objInit == null || (InstanceCreation.isObjectInit(objInit) && args.length == 0)) return obj;
        return initialized(obj, Ops.callDescriptor(objInit, obj, args));
    }

    /** {@code cls()} for a class with object's {@code __new__} and {@code __init__}. */
    public static Object instantiatePlain(PyType cls) {
        return InstanceCreation.newInstance(cls);
    }

    /** True for the builtins that have no state a call could depend on beyond identity. */
    static boolean isBuiltinCallable(Object fn) {
        return fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescriptor;
    }
}
