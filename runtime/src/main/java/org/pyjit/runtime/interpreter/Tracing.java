package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code sys.settrace} and {@code sys.setprofile}: the 'call', 'line', 'return' and 'exception'
 * events CPython 3.11 delivers, for the thread that set the function. A frame that starts while
 * its thread traces runs in the interpreter from start to end (baseline and native code have no
 * event points), and the interpreter checks for a new line before each instruction of such a frame
 * only. The global trace function gets 'call' and what it returns becomes the frame's
 * {@code f_trace}, which gets the other events; a trace function that raises is removed, as in
 * CPython. No events are delivered while a trace or profile function runs.
 */
public final class Tracing {
    private Tracing() {}

    private static final int JUMP = org.pyjit.compiler.bytecode.Opcode.JUMP.ordinal(),
            STR_SEAL = org.pyjit.compiler.bytecode.Opcode.STR_SEAL.ordinal(),
            PUSH_EXC_INFO = org.pyjit.compiler.bytecode.Opcode.PUSH_EXC_INFO.ordinal();

    /** Whether any thread ever set a trace or profile function (until then no call looks at the thread's state). */
    static volatile boolean everActive;

    /** {@code sys.settrace(func)} for the calling thread (None: off). */
    public static void setTrace(Object func) {
        ThreadState ts = ThreadState.current();
        ts.traceFunc = func == PyNone.NONE ? null : func;
        if (ts.traceFunc != null) everActive = true;
    }

    /** {@code sys.setprofile(func)} for the calling thread (None: off). */
    public static void setProfile(Object func) {
        ThreadState ts = ThreadState.current();
        ts.profileFunc = func == PyNone.NONE ? null : func;
        if (ts.profileFunc != null) everActive = true;
    }

    public static Object getTrace() {
        Object f = ThreadState.current().traceFunc;
        return f == null ? PyNone.NONE : f;
    }

    public static Object getProfile() {
        Object f = ThreadState.current().profileFunc;
        return f == null ? PyNone.NONE : f;
    }

    /** Whether a frame the calling thread starts now must run traced (no native entry then). */
    public static boolean tracing() {
        return everActive && on(ThreadState.current());
    }

    /** Forgets the calling thread's trace and profile functions (a new program in this JVM). */
    public static void resetThread() {
        ThreadState ts = ThreadState.current();
        ts.traceFunc = null;
        ts.profileFunc = null;
        ts.inTraceCall = false;
    }

    /** Whether a frame starting now on {@code ts} must run traced. */
    static boolean on(ThreadState ts) {
        return everActive && (ts.traceFunc != null || ts.profileFunc != null) && !ts.inTraceCall;
    }

    /**
     * Runs a pushed frame in the interpreter with events: 'call' first, then its lines, and
     * 'return' when it returns, yields, or an exception leaves it (then with None).
     */
    static Object run(Frame f, ThreadState ts) {
        boolean fresh = f.pc == 0 && f.yieldPc() < 0;
        f.extras().eventLine = fresh ? f.code.firstLineno : f.yieldPc() >= 0 ? f.code.lineAt(f.yieldPc()) : -1;
        try {
            if (ts.traceFunc != null) {
                Object local = call(ts, ts.traceFunc, f, "call", PyNone.NONE);
                if (local != PyNone.NONE) f.extras().trace = local;
            }
            if (ts.profileFunc != null) profile(ts, f, "call", PyNone.NONE);
        } finally {
            f.extras().eventLine = -1;
        }
        f.extras().traceLastPc = -1;
        // a fresh frame's first instruction always starts a line; a resumed one continues its line
        f.extras().traceLastLine = fresh ? -1 : f.code.lineAt(f.yieldPc() >= 0 ? f.yieldPc() : f.pc);
        Object r;
        try {
            r = Interpreter.executeTraced(f, ts);
        } catch (PyException e) {
            leave(f, ts, PyNone.NONE);
            throw e;
        }
        if (r == Interpreter.YIELDED) {
            f.extras().eventLine = f.code.lineAt(f.yieldPc()); // the event reports the yield's line, not the resume point's
            try {
                leave(f, ts, f.extras().yielded);
            } finally {
                f.extras().eventLine = -1;
            }
        } else {
            leave(f, ts, r);
        }
        return r;
    }

    private static void leave(Frame f, ThreadState ts, Object value) {
        if (f.extras().trace != null && ts.traceFunc != null) local(ts, f, "return", value);
        if (ts.profileFunc != null) profile(ts, f, "return", value);
    }

    /** Before instruction {@code pc} of a traced frame: 'line' when a new line starts or a jump went back. */
    static void instruction(Frame f, ThreadState ts, int pc) {
        int op = f.code.code[pc];
        if (op == STR_SEAL || op == PUSH_EXC_INFO) return; // bookkeeping that runs no source of its own
        int line = f.code.lineAt(pc);
        if (op == JUMP) {
            // a jump that is a statement ('continue', a loop's re-test) starts its line, and its target is
            // then no second start; a jump merely closing a block runs no source (CPython has no such jump)
            if (!f.code.hasOwnPosition(pc) || line == f.extras().traceLastLine) return;
            f.extras().traceLastPc = -1;
        } else {
            boolean back = pc < f.extras().traceLastPc;
            f.extras().traceLastPc = pc;
            // an instruction without a position of its own shares its layout predecessor's, which need not be
            // what ran before it (a loop's exit into the implicit return): only a backward jump starts its line
            if (!back && !f.code.hasOwnPosition(pc)) return;
            if (line == f.extras().traceLastLine && !back) return;
        }
        f.extras().traceLastLine = line;
        if (f.extras().trace == null || !f.extras().traceLines || ts.traceFunc == null || ts.inTraceCall || line <= 0) return;
        f.pc = pc;
        local(ts, f, "line", PyNone.NONE);
    }

    /**
     * The next value for FOR_ITER in a traced frame; a generator that ends by returning a value
     * raises StopIteration inside the loop, which CPython reports as an 'exception' event.
     */
    static Object forIter(Frame f, ThreadState ts, Object it, int pc) {
        if (!(it instanceof PyGenerator g) || g.type != org.pyjit.runtime.types.BuiltinTypes.GENERATOR) return Ops.next(it);
        Object r = g.send(PyNone.NONE);
        if (!(r instanceof Generators.Done d)) return r;
        if (d.value() != PyNone.NONE && f.extras().trace != null && ts.traceFunc != null && !ts.inTraceCall) {
            PyBaseException stop = PyBaseException.create(org.pyjit.runtime.exceptions.ExceptionTypes.STOP_ITERATION, d.value());
            f.pc = pc;
            local(ts, f, "exception", PyTuple.of(stop.type, stop, PyNone.NONE));
        }
        return null;
    }

    /** An exception arrived in a traced frame (once per frame it passes through). */
    static void exception(Frame f, ThreadState ts, PyException e, int ip) {
        if (f.extras().trace == null || ts.traceFunc == null || ts.inTraceCall) return;
        PyBaseException v = e.value;
        f.pc = ip;
        local(ts, f, "exception", PyTuple.of(v.type, v, v.traceback == null ? PyNone.NONE : v.traceback));
        f.extras().traceLastLine = f.code.lineAt(ip);
    }

    private static void local(ThreadState ts, Frame f, String event, Object arg) {
        Object next = call(ts, f.extras().trace, f, event, arg);
        if (next != PyNone.NONE) f.extras().trace = next;
    }

    /** Calls a trace function with tracing off; one that raises is removed (and the frame's too). */
    private static Object call(ThreadState ts, Object func, Frame f, String event, Object arg) {
        ts.inTraceCall = true;
        try {
            return Ops.call(func, FrameObject.of(f), event, arg);
        } catch (PyException e) {
            ts.traceFunc = null;
            f.extras().trace = null;
            throw e;
        } finally {
            ts.inTraceCall = false;
        }
    }

    private static void profile(ThreadState ts, Frame f, String event, Object arg) {
        ts.inTraceCall = true;
        try {
            Ops.call(ts.profileFunc, FrameObject.of(f), event, arg);
        } catch (PyException e) {
            ts.profileFunc = null;
            throw e;
        } finally {
            ts.inTraceCall = false;
        }
    }
}
