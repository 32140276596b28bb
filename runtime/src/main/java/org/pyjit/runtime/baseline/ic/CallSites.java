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
    static final MethodHandle CALLABLE_CALL;
    static final MethodHandle METHOD_DESCRIPTOR_CALL;
    static final MethodHandle CALL_BOUND;
    static final MethodHandle INSTANTIATE_PLAIN;
    static final MethodHandle INSTANTIATE_BUILTIN;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            CALL_KW = l.findStatic(Ops.class, "callKw", MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));
            CALLABLE_CALL = l.findVirtual(PyCallable.class, "call", MethodType.methodType(Object.class, Object[].class, String[].class));
            METHOD_DESCRIPTOR_CALL = l.findVirtual(PyMethodDescriptor.class, "callUnchecked",
                    MethodType.methodType(Object.class, Object[].class, String[].class));
            CALL_BOUND = l.findStatic(CallSites.class, "callBound",
                    MethodType.methodType(Object.class, FunctionCalls.Callee.class, Object.class, Object[].class));
            INSTANTIATE_PLAIN = l.findStatic(CallSites.class, "instantiatePlain",
                    MethodType.methodType(Object.class, PyType.class, Object[].class));
            INSTANTIATE_BUILTIN = l.findVirtual(BuiltinInstantiation.class, "call", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
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
        return MethodHandles.insertArguments(CALLABLE_CALL.bindTo(target), 1, (Object) NO_KEYWORDS).asCollector(Object[].class, n);
    }

    /** {@code (Object self, Object × (n - 1)) Object}: a builtin method found on self's own type, without the receiver check. */
    static MethodHandle callMethodDescriptor(PyMethodDescriptor md, int n) {
        return MethodHandles.insertArguments(METHOD_DESCRIPTOR_CALL.bindTo(md), 1, (Object) NO_KEYWORDS).asCollector(Object[].class, n);
    }

    /**
     * {@code (Object × n) Object}: calls Python function {@code fn} (a constant) with the arguments:
     * straight into its registers when its code takes exactly them, else through the argument binder.
     */
    static MethodHandle callFunction(PyFunction fn, FunctionCalls.Callee c, int n) {
        if (FunctionCalls.isDirect(fn.code, n)) return FunctionCalls.direct(c, n).bindTo(fn);
        return callConstant(fn, n);
    }

    /** Calls bound method {@code bm} (a function of code known direct for n + 1) with n arguments. */
    public static Object callBound(FunctionCalls.Callee c, Object bm, Object[] args) {
        PyBoundMethod b = (PyBoundMethod) bm;
        Object[] all = new Object[args.length + 1];
        all[0] = b.self;
        System.arraycopy(args, 0, all, 1, args.length);
        return FunctionCalls.callArray(c, (PyFunction) b.function, all);
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

    /** {@code Instantiation.call0} … {@code call3}, then {@code call(Object[])}. */
    private static final MethodHandle[] INSTANTIATION_CALLS = new MethodHandle[5];

    static {
        try {
            for (int n = 0; n <= 3; n++) {
                INSTANTIATION_CALLS[n] = Guards.LOOKUP.findVirtual(Instantiation.class, "call" + n, MethodType.genericMethodType(n));
            }
            INSTANTIATION_CALLS[4] = Guards.LOOKUP.findVirtual(Instantiation.class, "call", MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code (Object × n) Object} making an instance of {@code cls} and running its Python {@code __init__} directly. */
    static MethodHandle instantiation(PyType cls, PyFunction init, FunctionCalls.Callee c, int n) {
        Instantiation i = new Instantiation(cls, init, c);
        if (n > 3) return INSTANTIATION_CALLS[4].bindTo(i).asCollector(Object[].class, n);
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
        return INSTANTIATE_BUILTIN.bindTo(new BuiltinInstantiation(cls, newFunction, init, initIsNoOp)).asCollector(Object[].class, n);
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
    public static Object instantiatePlain(PyType cls, Object[] args) {
        return InstanceCreation.newInstance(cls);
    }

    /** True for the builtins that have no state a call could depend on beyond identity. */
    static boolean isBuiltinCallable(Object fn) {
        return fn instanceof PyBuiltinFunction || fn instanceof PyMethodDescriptor;
    }
}
