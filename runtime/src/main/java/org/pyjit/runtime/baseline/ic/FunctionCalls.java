package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.Tier1Support;
import org.pyjit.runtime.objects.PyBoundMethod;
import org.pyjit.runtime.objects.PyFunction;

/**
 * Calls of Python functions from inline caches without the general argument binder: a site that
 * saw a function whose code takes exactly the positional arguments it passes stores them
 * straight into the new frame's parameter registers.
 */
public final class FunctionCalls {
    private FunctionCalls() {}

    /** Largest positional argument count with a dedicated (array-free) fast path. */
    static final int MAX_DIRECT = 4;
    private static final int NOT_DIRECT = CodeObject.VARARGS | CodeObject.VARKEYWORDS | CodeObject.GENERATOR
            | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR;

    /** True when {@code code} binds {@code nargs} positional arguments to its first registers, nothing else. */
    public static boolean isDirect(CodeObject code, int nargs) {
        return (code.flags & NOT_DIRECT) == 0 && code.kwonlyargcount == 0 && code.argcount == nargs;
    }

    private static Frame frame(PyFunction fn) {
        return new Frame(fn.code, fn.globals, Tier1Support.builtinsOf(fn.globals), null, fn);
    }

    private static Object run(Frame f, PyFunction fn) {
        if (fn.closure != null || f.code.cellvars.length != 0) Tier1Support.initCells(f, fn.closure);
        return Tier1Support.run(f);
    }

    public static Object call0(PyFunction fn) {
        return run(frame(fn), fn);
    }

    public static Object call1(PyFunction fn, Object a) {
        Frame f = frame(fn);
        f.regs[0] = a;
        return run(f, fn);
    }

    public static Object call2(PyFunction fn, Object a, Object b) {
        Frame f = frame(fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        return run(f, fn);
    }

    public static Object call3(PyFunction fn, Object a, Object b, Object c) {
        Frame f = frame(fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        r[2] = c;
        return run(f, fn);
    }

    public static Object call4(PyFunction fn, Object a, Object b, Object c, Object d) {
        Frame f = frame(fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        r[2] = c;
        r[3] = d;
        return run(f, fn);
    }

    public static Object callArray(PyFunction fn, Object[] args) {
        Frame f = frame(fn);
        System.arraycopy(args, 0, f.regs, 0, args.length);
        return run(f, fn);
    }

    /**
     * A handle {@code (PyFunction, Object × nargs) Object} calling a function whose code
     * {@link #isDirect isDirect} for {@code nargs}.
     */
    static MethodHandle direct(int nargs) {
        try {
            if (nargs <= MAX_DIRECT) {
                MethodType t = MethodType.genericMethodType(nargs).changeReturnType(Object.class)
                        .insertParameterTypes(0, PyFunction.class);
                return Guards.LOOKUP.findStatic(FunctionCalls.class, "call" + nargs, t);
            }
            MethodHandle arr = Guards.LOOKUP.findStatic(FunctionCalls.class, "callArray",
                    MethodType.methodType(Object.class, PyFunction.class, Object[].class));
            return arr.asCollector(Object[].class, nargs);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Function {@code o} runs code {@code code}. */
    public static boolean isFunctionOf(CodeObject code, Object o) {
        return o instanceof PyFunction f && f.code == code;
    }

    /** Bound method {@code o} wraps a function running code {@code code}. */
    public static boolean isBoundFunctionOf(CodeObject code, Object o) {
        return o instanceof PyBoundMethod b && b.function instanceof PyFunction f && f.code == code;
    }

    public static Object boundSelf(Object boundMethod) {
        return ((PyBoundMethod) boundMethod).self;
    }

    public static PyFunction boundFunction(Object boundMethod) {
        return (PyFunction) ((PyBoundMethod) boundMethod).function;
    }

    static final MethodHandle IS_FUNCTION_OF = guard("isFunctionOf");
    static final MethodHandle IS_BOUND_FUNCTION_OF = guard("isBoundFunctionOf");

    private static MethodHandle guard(String name) {
        try {
            return Guards.LOOKUP.findStatic(FunctionCalls.class, name,
                    MethodType.methodType(boolean.class, CodeObject.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
