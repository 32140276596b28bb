package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.baseline.TierPolicy;
import org.pyjit.runtime.baseline.TierState;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.Tier1Support;
import org.pyjit.runtime.nativecode.NativeTier;
import org.pyjit.runtime.objects.KeyCell;
import org.pyjit.runtime.objects.PyBoundMethod;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.objects.PyModule;

/**
 * Calls of Python functions from inline caches without the general argument binder: a site that
 * saw a function whose code takes exactly the positional arguments it passes stores them
 * straight into the new frame's parameter registers, and, when the callee's code is already in
 * tier 1, calls its baseline body directly (the JIT can then inline across the call).
 */
public final class FunctionCalls {
    private FunctionCalls() {}

    /** Largest positional argument count with a dedicated (array-free) fast path. */
    static final int MAX_DIRECT = 4;
    private static final int NOT_DIRECT = CodeObject.VARARGS | CodeObject.VARKEYWORDS | CodeObject.GENERATOR
            | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR;

    /**
     * What a site knows about a callee's code when it links: the globals its functions usually
     * have with the key cell of their {@code __builtins__}, and the baseline body if compiled.
     */
    public record Callee(CodeObject code, PyDict globals, KeyCell builtins, MethodHandle body, TierState state) {
        static Callee of(PyFunction fn) {
            TierState st = TierPolicy.stateOf(fn.code);
            return new Callee(fn.code, fn.globals, fn.globals.keyCell("__builtins__"), st.body(), st);
        }

        /** Whether a site bound to this callee should relink: its code reached tier 1 since. */
        boolean tieredUp() {
            return body == null && state.compiled() != null;
        }
    }

    /** True when {@code code} binds {@code nargs} positional arguments to its first registers, nothing else. */
    public static boolean isDirect(CodeObject code, int nargs) {
        return (code.flags & NOT_DIRECT) == 0 && code.kwonlyargcount == 0 && code.argcount == nargs;
    }

    private static Frame frame(Callee c, PyFunction fn) {
        PyDict g = fn.globals;
        PyDict builtins = g == c.globals ? builtinsFrom(c.builtins.value()) : Tier1Support.builtinsOf(g);
        return new Frame(fn.code, g, builtins, null, fn);
    }

    /** What {@code __builtins__} names: a module's dict, a dict, else the builtins module (as the interpreter decides). */
    private static PyDict builtinsFrom(Object b) {
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return BuiltinsModule.namespace();
    }

    private static Object run(Callee c, Frame f, PyFunction fn) {
        if (fn.closure != null || f.code.cellvars.length != 0) Tier1Support.initCells(f, fn.closure);
        if (NativeTier.active && !org.pyjit.runtime.interpreter.Tracing.tracing()) {
            Object r = NativeTier.enter(fn, f, c.body != null);
            if (r != null) return r;
        }
        MethodHandle body = c.body;
        return body != null ? Tier1Support.runCompiled(f, body) : Tier1Support.run(f);
    }

    public static Object call0(Callee c, PyFunction fn) {
        return run(c, frame(c, fn), fn);
    }

    public static Object call1(Callee c, PyFunction fn, Object a) {
        Frame f = frame(c, fn);
        f.regs[0] = a;
        return run(c, f, fn);
    }

    public static Object call2(Callee c, PyFunction fn, Object a, Object b) {
        Frame f = frame(c, fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        return run(c, f, fn);
    }

    public static Object call3(Callee c, PyFunction fn, Object a, Object b, Object d) {
        Frame f = frame(c, fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        r[2] = d;
        return run(c, f, fn);
    }

    public static Object call4(Callee c, PyFunction fn, Object a, Object b, Object d, Object e) {
        Frame f = frame(c, fn);
        Object[] r = f.regs;
        r[0] = a;
        r[1] = b;
        r[2] = d;
        r[3] = e;
        return run(c, f, fn);
    }

    public static Object callArray(Callee c, PyFunction fn, Object[] args) {
        Frame f = frame(c, fn);
        System.arraycopy(args, 0, f.regs, 0, args.length);
        return run(c, f, fn);
    }

    /** A call of a function no site has linked (a property getter, an operator method): looked up per call. */
    static Object call1(PyFunction fn, Object a) {
        Frame f = new Frame(fn.code, fn.globals, org.pyjit.runtime.interpreter.Interpreter.builtinsFrom(fn.builtinsCell().value()), null, fn);
        f.regs[0] = a;
        if (fn.closure != null || f.code.cellvars.length != 0) Tier1Support.initCells(f, fn.closure);
        return Tier1Support.run(f);
    }

    static Object call2(PyFunction fn, Object a, Object b) {
        Frame f = new Frame(fn.code, fn.globals, org.pyjit.runtime.interpreter.Interpreter.builtinsFrom(fn.builtinsCell().value()), null, fn);
        f.regs[0] = a;
        f.regs[1] = b;
        if (fn.closure != null || f.code.cellvars.length != 0) Tier1Support.initCells(f, fn.closure);
        return Tier1Support.run(f);
    }

    static Object call3(PyFunction fn, Object a, Object b, Object d) {
        Frame f = new Frame(fn.code, fn.globals, org.pyjit.runtime.interpreter.Interpreter.builtinsFrom(fn.builtinsCell().value()), null, fn);
        f.regs[0] = a;
        f.regs[1] = b;
        f.regs[2] = d;
        if (fn.closure != null || f.code.cellvars.length != 0) Tier1Support.initCells(f, fn.closure);
        return Tier1Support.run(f);
    }

    /**
     * A handle {@code (PyFunction, Object × nargs) Object} calling functions of {@code c.code()},
     * which {@link #isDirect isDirect} for {@code nargs}.
     */
    static MethodHandle direct(Callee c, int nargs) {
        return directCall(nargs).bindTo(c);
    }

    /** {@code (Callee, PyFunction, Object × n) Object} of each arity, found once. */
    private static final MethodHandle[] DIRECT_CALLS = new MethodHandle[16];

    private static MethodHandle directCall(int nargs) {
        MethodHandle h = nargs < DIRECT_CALLS.length ? DIRECT_CALLS[nargs] : null;
        if (h != null) return h;
        try {
            if (nargs <= MAX_DIRECT) {
                MethodType t = MethodType.genericMethodType(nargs).insertParameterTypes(0, Callee.class, PyFunction.class);
                h = Guards.LOOKUP.findStatic(FunctionCalls.class, "call" + nargs, t);
            } else {
                h = Guards.LOOKUP.findStatic(FunctionCalls.class, "callArray",
                        MethodType.methodType(Object.class, Callee.class, PyFunction.class, Object[].class)).asCollector(Object[].class, nargs);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (nargs < DIRECT_CALLS.length) DIRECT_CALLS[nargs] = h;
        return h;
    }

    /** Function {@code o} runs code {@code code}, whatever its tier. */
    record FunctionOf(CodeObject code) implements Guards.ValueTest {
        public boolean test(Object o) {
            return o instanceof PyFunction f && f.code == code;
        }
    }

    /** Function {@code o} runs code {@code code}, which is still in the interpreter. */
    record FunctionOfUncompiled(CodeObject code, TierState state) implements Guards.ValueTest {
        public boolean test(Object o) {
            return o instanceof PyFunction f && f.code == code && state.compiled() == null;
        }
    }

    /** Bound method {@code o} wraps a function running code {@code code}. */
    record BoundFunctionOf(CodeObject code) implements Guards.ValueTest {
        public boolean test(Object o) {
            return o instanceof PyBoundMethod b && b.function instanceof PyFunction f && f.code == code;
        }
    }

    /** The code of {@code state} has no baseline body yet (whatever {@code o} is). */
    record StillInterpreted(TierState state) implements Guards.ValueTest {
        public boolean test(Object o) {
            return state.compiled() == null;
        }
    }

    /** The guard for functions of {@code c}'s code (and its tier, while interpreted). */
    static Guards.ValueTest functionGuard(Callee c) {
        return c.body() != null ? new FunctionOf(c.code()) : new FunctionOfUncompiled(c.code(), c.state());
    }

    /**
     * {@code test} extended, when {@code c} was still interpreted as the site linked, with the
     * check that it still is, so the site relinks to the direct call of its baseline body once it
     * has one.
     */
    static Guards.ValueTest whileInterpreted(Guards.ValueTest test, Callee c) {
        return c.body() != null ? test : new Guards.Both(test, new StillInterpreted(c.state()));
    }
}
