package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;

/**
 * The interpreter's instruction implementations that baseline (tier-1) code calls: the same
 * code paths, so both tiers behave identically. Everything here is a thin public door onto a
 * package-private part of the interpreter.
 */
public final class Tier1Support {
    private Tier1Support() {}

    /** The code's constants as runtime values (materialized once per code object). */
    public static Object[] constants(CodeObject code) {
        return RuntimeConstants.of(code);
    }

    /**
     * The interpreter's exception step for an exception raised at {@code ip}: adds the traceback
     * entry and returns the handler offset, or rethrows when the frame has no handler.
     */
    public static int handle(Frame f, ThreadState ts, PyException e, int ip) {
        return Interpreter.handle(f, ts, e, ip);
    }

    public static int handleStackOverflow(Frame f, ThreadState ts, int ip) {
        return Interpreter.handle(f, ts, Errors.recursion("maximum recursion depth exceeded"), ip);
    }

    /** A Java exception escaping an operation: the same kinds the interpreter turns into SystemError. */
    public static int handleInternal(Frame f, ThreadState ts, RuntimeException e, int ip) {
        if (e instanceof ClassCastException || e instanceof NullPointerException || e instanceof IndexOutOfBoundsException
                || e instanceof IllegalStateException || e instanceof UnsupportedOperationException
                || e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
            return Interpreter.handle(f, ts, InternalErrors.wrap(e), ip);
        }
        throw e;
    }

    public static PyException unboundLocal(Frame f, int reg) {
        return NameAccess.unboundLocal(f.code, reg);
    }

    public static PyException unboundCell(Frame f, int reg) {
        return NameAccess.unboundCell(f.code, reg);
    }

    public static Object loadName(Frame f, String name) {
        return NameAccess.load(f, name);
    }

    public static void storeName(Frame f, String name, Object value) {
        NameAccess.store(f, name, value);
    }

    public static void deleteName(Frame f, String name) {
        NameAccess.delete(f, name);
    }

    public static Object loadClassDeref(Frame f, int cellReg, String name) {
        return NameAccess.loadClassDeref(f, (PyCell) f.regs[cellReg], name, cellReg);
    }

    public static void setupAnnotations(Frame f) {
        NameAccess.setupAnnotations(f);
    }

    public static Object locals(Frame f) {
        return NameAccess.locals(f);
    }

    public static Object callMethod(Object recv, String name, Object[] regs, int first, int n, String[] kwnames) {
        return Calls.callMethod(recv, name, regs, first, n, kwnames);
    }

    public static Object callEx(Object fn, Object args, Object kwargs) {
        return Calls.callEx(fn, args, kwargs);
    }

    public static Object withEnter(Object mgr, Object[] regs, int exitReg) {
        return Calls.withEnter(mgr, regs, exitReg);
    }

    public static Object withExit(Object exit, Object exc) {
        return Calls.withExit(exit, (PyBaseException) exc);
    }

    public static Object buildSet(Object[] regs, int first, int n) {
        return Builders.set(regs, first, n);
    }

    public static void setAdd(Object set, Object v) {
        Builders.setAdd(set, v);
    }

    public static void setUpdate(Object set, Object iterable) {
        Builders.setUpdate(set, iterable);
    }

    public static void listExtend(Object list, Object iterable, Object function) {
        Builders.listExtend((PyList) list, iterable, function);
    }

    public static void dictUpdate(Object d, Object other) {
        Builders.dictUpdate((PyDict) d, other);
    }

    public static void dictMerge(Object d, Object other, Object function) {
        Builders.dictMerge((PyDict) d, other, function);
    }

    public static Object format(Object value, int conversion, Object spec) {
        return Builders.format(value, conversion, spec);
    }

    public static void unpack(Object src, Object[] regs, int first, int n) {
        Builders.unpack(src, regs, first, n);
    }

    public static void unpackEx(Object src, Object[] regs, int first, int before, int after) {
        Builders.unpackEx(src, regs, first, before, after);
    }

    public static PyFunction makeFunction(Frame f, CodeObject code, Object defaults, Object kwdefaults, Object closure,
                                          Object annotations) {
        return Builders.makeFunction(f, code, defaults, kwdefaults, closure, annotations);
    }

    public static PyException raise(ThreadState ts, Object exc, Object cause, boolean bare) {
        return Raising.raise(ts, exc, cause, bare);
    }

    /** RERAISE: the exception in the register again, keeping its traceback. */
    public static PyException reraise(Frame f, Object exc) {
        PyException e = new PyException((PyBaseException) exc);
        e.tracedFrame = f;
        return e;
    }

    public static boolean exceptionMatches(Object exc, Object spec) {
        return Raising.matches((PyBaseException) exc, spec);
    }

    public static Object buildClassFunction() {
        return ClassBuilder.BUILD_CLASS;
    }

    public static Object assertionError() {
        return ExceptionTypes.ASSERTION_ERROR;
    }

    public static Object stopAsyncIteration() {
        return ExceptionTypes.STOP_ASYNC_ITERATION;
    }

    /** RETURN's frame bookkeeping. */
    public static Object finish(Frame f, int pc, Object value) {
        f.pc = pc;
        f.finished = true;
        return value;
    }

    /** Pushes and runs a frame whose arguments are bound (its tier decided by its code object). */
    public static Object run(Frame f) {
        return Interpreter.run(f);
    }

    /** Pushes and runs a frame whose code has baseline code {@code body}, calling it directly. */
    public static Object runCompiled(Frame f, java.lang.invoke.MethodHandle body) {
        return Interpreter.runCompiled(f, body);
    }

    /** Makes the frame's cell variables (after its parameters are bound) and stores the closure cells. */
    public static void initCells(Frame f, PyCell[] closure) {
        Interpreter.initCells(f, closure);
    }

    /** The builtins namespace that code running in {@code globals} sees. */
    public static PyDict builtinsOf(PyDict globals) {
        return Interpreter.builtinsOf(globals);
    }

    /**
     * YIELD: suspends the frame with value {@code v}; the value sent in later goes to register
     * {@code resumeReg}, and the frame continues after the instruction at {@code pc}. Returns the
     * marker that the frame yielded.
     */
    public static Object yieldValue(Frame f, Object v, int resumeReg, int pc) {
        FrameExtras x = f.extras();
        x.yielded = v;
        x.resumeRegister = resumeReg;
        x.yieldPc = pc;
        f.pc = pc + 3;
        return Interpreter.YIELDED;
    }

    /**
     * YIELD_FROM at {@code pc}: sends the value the frame was resumed with into {@code it}; returns
     * the delegation's {@link Generators.Done} (the expression's value), or, when the delegate
     * yielded, suspends the frame at this same instruction and returns the marker that it yielded.
     */
    public static Object yieldFrom(Frame f, Object it, int pc) {
        FrameExtras x = f.extras();
        Object sent = x.sent;
        x.sent = PyNone.NONE;
        Object res = Generators.delegate(it, sent);
        if (res instanceof Generators.Done) return res;
        x.yielded = res;
        x.resumeRegister = -1;
        x.yieldPc = pc;
        f.pc = pc;
        return Interpreter.YIELDED;
    }

    public static boolean isYielded(Object r) {
        return r == Interpreter.YIELDED;
    }

    public static Object doneValue(Object done) {
        return ((Generators.Done) done).value();
    }

    /** True when an exception was thrown into the suspended frame (the interpreter raises it at the resume point). */
    public static boolean hasThrownIn(Frame f) {
        return f.thrownIn() != null;
    }

    public static Object getYieldFromIter(Frame f, Object v) {
        f.extras().sent = PyNone.NONE;
        return v instanceof PyGenerator ? v : org.pyjit.runtime.ops.Ops.iter(v);
    }

    public static Object getAwaitable(Frame f, Object v) {
        Object r = Generators.awaitable(v);
        f.extras().sent = PyNone.NONE;
        return r;
    }

    public static Object getAiter(Object v) {
        return Calls.aiter(v);
    }

    public static Object getAnext(Frame f, Object v) {
        Object r = Calls.anext(v);
        f.extras().sent = PyNone.NONE;
        return r;
    }

    /** ASYNC_WITH_ENTER: {awaitable of __aenter__(), the bound __aexit__}. */
    public static Object[] asyncWithEnter(Object mgr) {
        Object[] exit = new Object[1];
        Object entered = Calls.asyncWithEnter(mgr, exit, 0);
        return new Object[] {entered, exit[0]};
    }

    public static Object asyncWithExit(Object exit, Object exc) {
        return Calls.asyncWithExit(exit, (PyBaseException) exc);
    }

    /** True when the frame's code is a generator, coroutine or async generator (they stay in tier 0). */
    public static boolean isGeneratorCode(CodeObject code) {
        return (code.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0;
    }
}
