package org.pyjit.runtime.interpreter;

import java.util.Arrays;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;
import org.pyjit.runtime.baseline.CompiledCode;
import org.pyjit.runtime.baseline.TierPolicy;
import org.pyjit.runtime.baseline.TierState;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.exceptions.PyTraceback;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.nativecode.NativeTier;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.types.string.StrAccumulator;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Tier 0: executes register bytecode one instruction at a time. Exceptions are zero-cost until
 * raised: the catch looks the faulting offset up in the code's exception table.
 */
public final class Interpreter {
    private Interpreter() {}

    private static final Opcode[] OPS = Opcode.values();
    private static final Object[] NO_ARGS = new Object[0];
    /** Returned by {@link #resume} when the frame yielded (the value is in {@code frame.extras().yielded}). */
    static final Object YIELDED = new Object();

    /** Calls a Python function: binds arguments, then runs its frame (or makes a generator). */
    public static Object callFunction(PyFunction f, Object[] args, String[] kwnames) {
        CodeObject code = f.code;
        Frame frame = new Frame(code, f.globals, builtinsFrom(f.builtinsCell().value()), null, f);
        ArgumentBinder.bind(f, code, frame.regs, args, kwnames);
        initCells(frame, f.closure);
        if ((code.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0) {
            return new PyGenerator(frame);
        }
        if (NativeTier.active && !Tracing.tracing()) {
            Object result = NativeTier.enter(f, frame, code.runtimeState instanceof TierState ts && ts.compiled() != null);
            if (result != null) return result;
        }
        return run(frame);
    }

    /** Runs a frame rebuilt by the native tier's deoptimization from {@code frame.pc} to completion. */
    public static Object resumeFrame(Frame frame) {
        // no check point on the way in: a signal that made native code leave is delivered inside this
        // frame, at its next back-edge or call, so the traceback shows where it was running
        return run(frame, false);
    }

    /** Resumes a rebuilt frame whose call at {@code callPc} raised {@code e}: the exception surfaces at that call. */
    public static Object resumeFrameRaising(Frame frame, int callPc, PyException e) {
        frame.pc = callPc;
        FrameExtras x = frame.extras();
        x.yieldPc = callPc;
        x.thrownIn = e;
        return run(frame, false);
    }

    /** Runs a module or class body (or exec/eval code) with an explicit locals mapping. */
    public static Object runWithLocals(CodeObject code, PyDict globals, Object locals, PyCell[] closure, PyFunction fn) {
        Frame frame = new Frame(code, globals, builtinsOf(globals), locals, fn);
        initCells(frame, closure);
        return run(frame);
    }

    /** The builtins namespace code running in {@code globals} sees. */
    public static PyDict builtinsOf(PyDict globals) {
        return builtinsFrom(globals.getStr("__builtins__"));
    }

    /** The builtins namespace a {@code __builtins__} value ({@code null}: absent) stands for. */
    public static PyDict builtinsFrom(Object b) {
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return org.pyjit.runtime.builtins.BuiltinsModule.namespace();
    }

    static void initCells(Frame frame, PyCell[] closure) {
        CodeObject code = frame.code;
        int c0 = code.firstCellRegister();
        for (int i = 0; i < code.cellvars.length; i++) {
            int p = code.cellParameters[i];
            frame.regs[c0 + i] = new PyCell(p >= 0 ? frame.regs[p] : null);
        }
        if (closure != null) System.arraycopy(closure, 0, frame.regs, code.firstFreeRegister(), closure.length);
    }

    /** Runs a fresh frame to completion. */
    static Object run(Frame frame) {
        return run(frame, true);
    }

    private static Object run(Frame frame, boolean checkPoint) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ThreadState.recursionLimit()) {
            throw Errors.recursion("maximum recursion depth exceeded");
        }
        if (checkPoint && GlobalInterpreterLock.switchRequested) GlobalInterpreterLock.yieldToWaiters();
        ts.depth++;
        frame.back = ts.top;
        ts.top = frame;
        try {
            if (Tracing.everActive && Tracing.on(ts)) return Tracing.run(frame, ts);
            return runTiers(frame, ts);
        } catch (StackOverflowError so) {
            throw Errors.recursion("maximum recursion depth exceeded");
        } finally {
            ts.top = frame.back;
            ts.depth--;
        }
    }

    /**
     * Runs a pushed frame in the tier its code is at: baseline code when compiled, else this
     * interpreter.
     */
    static Object runTiers(Frame frame, ThreadState ts) {
        CompiledCode compiled = TierPolicy.onCall(frame.code);
        Object r = compiled != null ? compiled.run(frame, ts) : execute(frame, ts);
        return r == TierPolicy.DEOPT || r == TierPolicy.OSR ? switchTiers(frame, ts, r) : r;
    }

    /**
     * Continues a frame in the other tier: in the interpreter (at {@code frame.pc}) after baseline
     * code handed it back, in baseline code after a loop back-edge found it compiled (OSR).
     */
    static Object switchTiers(Frame frame, ThreadState ts, Object r) {
        while (true) {
            if (r == TierPolicy.DEOPT && frame.nativeHandback() >= 0) {
                int header = frame.nativeHandback();
                frame.extras().nativeHandback = -1;
                r = header == frame.pc ? enterNativeLoop(frame, ts, header) : deoptimized(frame, ts);
            } else if (r == TierPolicy.DEOPT) {
                r = deoptimized(frame, ts);
            } else if (r == TierPolicy.OSR) {
                r = TierPolicy.osrTarget(frame.code).run(frame, ts);
            } else {
                return r;
            }
        }
    }

    private static Object deoptimized(Frame frame, ThreadState ts) {
        TierPolicy.deoptimized(frame.code);
        return execute(frame, ts);
    }

    /**
     * Baseline code handed the frame back at the back-edge to loop {@code header} for the native
     * tier: enters its OSR entry there (or has it requested), as the interpreter's own back-edge
     * does. The frame then finishes natively, continues in the interpreter where native code
     * deoptimized, or, when no entry was taken, continues in baseline code at the header. Had the
     * interpreter run the loop body instead, an inner loop's back-edge would send the frame back to
     * baseline code before it reached the header again, and baseline code would hand it back at
     * every outer iteration without native code ever entered (scheduler.py: a thousand hand-backs,
     * after which the frame stayed in the interpreter).
     */
    private static Object enterNativeLoop(Frame frame, ThreadState ts, int header) {
        int resume = NativeTier.backEdge(frame, header);
        if (resume == NativeTier.FINISHED) {
            FrameExtras x = frame.extras();
            Object v = x.osrResult;
            x.osrResult = null;
            frame.finished = true;
            return v;
        }
        if (frame.osrThrown() != null) { // raised where native code left the frame: the interpreter's handlers decide
            FrameExtras x = frame.extras();
            x.thrownIn = x.osrThrown;
            x.osrThrown = null;
            x.yieldPc = resume;
            frame.pc = resume;
            return execute(frame, ts);
        }
        frame.pc = resume;
        CompiledCode baseline = resume == header ? TierPolicy.stateOf(frame.code).compiled() : null;
        return baseline != null ? baseline.run(frame, ts) : execute(frame, ts);
    }

    /**
     * Runs a fresh frame whose code has baseline code {@code body} ({@code (Frame, ThreadState)
     * Object}), as {@link #run} does but calling the body directly (an inline cache binds it).
     */
    static Object runCompiled(Frame frame, java.lang.invoke.MethodHandle body) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ThreadState.recursionLimit()) {
            throw Errors.recursion("maximum recursion depth exceeded");
        }
        if (GlobalInterpreterLock.switchRequested) GlobalInterpreterLock.yieldToWaiters();
        ts.depth++;
        frame.back = ts.top;
        ts.top = frame;
        try {
            if (Tracing.everActive && Tracing.on(ts)) return Tracing.run(frame, ts);
            Object r = (Object) body.invokeExact(frame, ts);
            return r == TierPolicy.DEOPT || r == TierPolicy.OSR ? switchTiers(frame, ts, r) : r;
        } catch (StackOverflowError so) {
            throw Errors.recursion("maximum recursion depth exceeded");
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            ts.top = frame.back;
            ts.depth--;
        }
    }

    /**
     * Resumes a suspended generator frame with a sent value. Returns {@link #YIELDED} (value in
     * {@code frame.extras().yielded}) or the frame's return value (then {@code frame.finished}).
     */
    static Object resume(Frame frame, Object sent) {
        ThreadState ts = ThreadState.current();
        if (ts.depth >= ThreadState.recursionLimit()) throw Errors.recursion("maximum recursion depth exceeded");
        ts.depth++;
        frame.back = ts.top;
        ts.top = frame;
        frame.running = true;
        try {
            FrameExtras x = frame.extras();
            if (x.resumeRegister >= 0) frame.regs[x.resumeRegister] = sent;
            x.sent = sent;
            if (Tracing.everActive && Tracing.on(ts)) return Tracing.run(frame, ts);
            return runTiers(frame, ts);
        } catch (StackOverflowError so) {
            frame.finished = true;
            throw Errors.recursion("maximum recursion depth exceeded");
        } catch (PyException e) {
            frame.finished = true;
            throw e;
        } finally {
            frame.running = false;
            ts.top = frame.back;
            frame.back = null;
            ts.depth--;
        }
    }

    private static Object execute(Frame f, ThreadState ts) {
        return execute(f, ts, false);
    }

    /** Runs a traced frame in this interpreter only: 'line' events, no tier change. */
    static Object executeTraced(Frame f, ThreadState ts) {
        return execute(f, ts, true);
    }

    private static Object execute(Frame f, ThreadState ts, boolean traced) {
        final CodeObject code = f.code;
        final int[] c = code.code;
        final Object[] r = f.regs;
        final Object[] k = RuntimeConstants.of(code);
        final String[] names = code.names;
        final TierState tier = traced ? null : TierPolicy.stateForBackEdges(code);
        int pc = f.pc;
        PyException pending = f.thrownIn();
        int ip = pending != null && f.yieldPc() >= 0 ? f.yieldPc() : pc;
        if (pending != null) f.extras().thrownIn = null;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    ip = pc;
                    if (traced) Tracing.instruction(f, ts, pc);
                    switch (OPS[c[pc]]) {
                        case NOP -> pc += 1;
                        case LOAD_CONST -> {
                            r[c[pc + 1]] = k[c[pc + 2]];
                            pc += 3;
                        }
                        case MOVE -> {
                            r[c[pc + 1]] = read(f, c[pc + 2]);
                            pc += 3;
                        }
                        case LOAD_GLOBAL -> {
                            r[c[pc + 1]] = loadGlobal(f, names[c[pc + 2]]);
                            pc += 3;
                        }
                        case STORE_GLOBAL -> {
                            f.globals.putStr(names[c[pc + 1]], read(f, c[pc + 2]));
                            pc += 3;
                        }
                        case LOAD_NAME -> {
                            r[c[pc + 1]] = NameAccess.load(f, names[c[pc + 2]]);
                            pc += 3;
                        }
                        case STORE_NAME -> {
                            NameAccess.store(f, names[c[pc + 1]], read(f, c[pc + 2]));
                            pc += 3;
                        }
                        case LOAD_DEREF -> {
                            PyCell cell = (PyCell) r[c[pc + 2]];
                            Object v = cell.value;
                            if (v == null) throw NameAccess.unboundCell(code, c[pc + 2]);
                            r[c[pc + 1]] = v;
                            pc += 3;
                        }
                        case STORE_DEREF -> {
                            ((PyCell) r[c[pc + 1]]).value = read(f, c[pc + 2]);
                            pc += 3;
                        }
                        case LOAD_ATTR -> {
                            r[c[pc + 1]] = Ops.getAttr(read(f, c[pc + 2]), names[c[pc + 3]]);
                            pc += 4;
                        }
                        case STORE_ATTR -> {
                            Ops.setAttr(read(f, c[pc + 1]), names[c[pc + 2]], read(f, c[pc + 3]));
                            pc += 4;
                        }
                        case CALL -> {
                            int first = c[pc + 3], n = c[pc + 4], kw = c[pc + 5];
                            Object fn = read(f, c[pc + 2]);
                            Object[] args = n == 0 ? NO_ARGS : Arrays.copyOfRange(r, first, first + n);
                            f.pc = ip;
                            r[c[pc + 1]] = Ops.callKw(fn, args, kw < 0 ? null : (String[]) k[kw]);
                            pc += 6;
                        }
                        case CALL_METHOD -> {
                            int first = c[pc + 4], n = c[pc + 5], kw = c[pc + 6];
                            f.pc = ip;
                            r[c[pc + 1]] = Calls.callMethod(read(f, c[pc + 2]), names[c[pc + 3]], r, first, n,
                                    kw < 0 ? null : (String[]) k[kw]);
                            pc += 7;
                        }
                        case BINARY -> {
                            Object a = read(f, c[pc + 3]), b = read(f, c[pc + 4]);
                            int op = c[pc + 2];
                            Object res;
                            if (a instanceof Long x && b instanceof Long y && op <= 1) {
                                res = op == 0 ? IntArith.add(x, y) : IntArith.sub(x, y);
                            } else {
                                res = Ops.binary(a, b, BinaryOp.of(op));
                            }
                            r[c[pc + 1]] = res;
                            pc += 5;
                        }
                        case INPLACE -> {
                            r[c[pc + 1]] = Ops.inplace(read(f, c[pc + 3]), read(f, c[pc + 4]), BinaryOp.of(c[pc + 2]));
                            pc += 5;
                        }
                        case STR_APPEND -> {
                            r[c[pc + 1]] = StrAccumulator.append(read(f, c[pc + 2]), read(f, c[pc + 3]));
                            pc += 4;
                        }
                        case UNARY -> {
                            r[c[pc + 1]] = Ops.unary(read(f, c[pc + 3]), UnaryOp.of(c[pc + 2]));
                            pc += 4;
                        }
                        case COMPARE -> {
                            Object a = read(f, c[pc + 3]), b = read(f, c[pc + 4]);
                            int op = c[pc + 2];
                            if (a instanceof Long x && b instanceof Long y && op <= 5) {
                                long xv = x, yv = y;
                                r[c[pc + 1]] = switch (op) {
                                    case 0 -> xv == yv;
                                    case 1 -> xv != yv;
                                    case 2 -> xv < yv;
                                    case 3 -> xv <= yv;
                                    case 4 -> xv > yv;
                                    default -> xv >= yv;
                                };
                            } else {
                                r[c[pc + 1]] = Ops.compare(a, b, CompareOp.of(op));
                            }
                            pc += 5;
                        }
                        case JUMP -> {
                            int target = c[pc + 1];
                            if (target < pc && GlobalInterpreterLock.switchRequested) GlobalInterpreterLock.yieldToWaiters();
                            if (target < pc && NativeTier.active && f.function != null && !traced) {
                                int resume = NativeTier.backEdge(f, target);
                                if (resume == NativeTier.FINISHED) {
                                    Object v = f.extras().osrResult;
                                    f.extras().osrResult = null;
                                    f.pc = pc;
                                    f.finished = true;
                                    return v;
                                }
                                if (f.osrThrown() != null) {
                                    PyException thrown = f.osrThrown();
                                    f.extras().osrThrown = null;
                                    pc = resume;
                                    ip = resume;
                                    throw thrown;
                                }
                                target = resume;
                            }
                            if (target <= pc && tier != null && tier.backEdge()) {
                                f.pc = target;
                                return TierPolicy.OSR;
                            }
                            pc = target;
                        }
                        case JUMP_IF_FALSE -> {
                            Object v = read(f, c[pc + 1]);
                            boolean t = v instanceof Boolean bv ? bv : Ops.isTrue(v);
                            int to = t ? pc + 3 : c[pc + 2];
                            if (to <= pc && GlobalInterpreterLock.switchRequested) GlobalInterpreterLock.yieldToWaiters();
                            if (to <= pc && tier != null && tier.backEdge()) {
                                f.pc = to;
                                return TierPolicy.OSR;
                            }
                            pc = to;
                        }
                        case JUMP_IF_TRUE -> {
                            Object v = read(f, c[pc + 1]);
                            boolean t = v instanceof Boolean bv ? bv : Ops.isTrue(v);
                            int to = t ? c[pc + 2] : pc + 3;
                            if (to <= pc && GlobalInterpreterLock.switchRequested) GlobalInterpreterLock.yieldToWaiters();
                            if (to <= pc && tier != null && tier.backEdge()) {
                                f.pc = to;
                                return TierPolicy.OSR;
                            }
                            pc = to;
                        }
                        case GET_ITER -> {
                            r[c[pc + 1]] = Ops.iter(read(f, c[pc + 2]));
                            pc += 3;
                        }
                        case FOR_ITER -> {
                            Object v = traced ? Tracing.forIter(f, ts, r[c[pc + 2]], pc) : Ops.next(r[c[pc + 2]]);
                            if (v == null) {
                                pc = c[pc + 3];
                            } else {
                                r[c[pc + 1]] = v;
                                pc += 4;
                            }
                        }
                        case BUILD_LIST -> {
                            r[c[pc + 1]] = new PyList(Arrays.copyOfRange(r, c[pc + 2], c[pc + 2] + c[pc + 3]));
                            pc += 4;
                        }
                        case BUILD_TUPLE -> {
                            int n = c[pc + 3];
                            r[c[pc + 1]] = n == 0 ? PyTuple.EMPTY : new PyTuple(Arrays.copyOfRange(r, c[pc + 2], c[pc + 2] + n));
                            pc += 4;
                        }
                        case LIST_APPEND -> {
                            ((PyList) r[c[pc + 1]]).append(read(f, c[pc + 2]));
                            pc += 3;
                        }
                        case SUBSCR -> {
                            r[c[pc + 1]] = Ops.getItem(read(f, c[pc + 2]), read(f, c[pc + 3]));
                            pc += 4;
                        }
                        case STORE_SUBSCR -> {
                            Ops.setItem(read(f, c[pc + 1]), read(f, c[pc + 2]), read(f, c[pc + 3]));
                            pc += 4;
                        }
                        case RETURN -> {
                            Object v = read(f, c[pc + 1]);
                            f.pc = pc;
                            f.finished = true;
                            return v;
                        }
                        case RAISE -> {
                            f.pc = ip;
                            throw Raising.raise(ts, c[pc + 1] < 0 ? null : read(f, c[pc + 1]), c[pc + 2] < 0 ? null : read(f, c[pc + 2]),
                                    c[pc + 1] < 0);
                        }
                        case RERAISE -> {
                            PyException e = new PyException((PyBaseException) r[c[pc + 1]]);
                            e.tracedFrame = f;
                            throw e;
                        }
                        case PUSH_EXC_INFO -> {
                            r[c[pc + 1]] = ts.handled == null ? PyNone.NONE : ts.handled;
                            ts.handled = (PyBaseException) r[c[pc + 2]];
                            pc += 3;
                        }
                        case POP_EXC_INFO -> {
                            Object saved = r[c[pc + 1]];
                            ts.handled = saved instanceof PyBaseException be ? be : null;
                            pc += 2;
                        }
                        case CHECK_EXC_MATCH -> {
                            r[c[pc + 1]] = Raising.matches((PyBaseException) r[c[pc + 2]], read(f, c[pc + 3]));
                            pc += 4;
                        }
                        case YIELD -> {
                            FrameExtras x = f.extras();
                            x.yielded = read(f, c[pc + 2]);
                            x.resumeRegister = c[pc + 1];
                            x.yieldPc = pc;
                            f.pc = pc + 3;
                            return YIELDED;
                        }
                        case YIELD_FROM -> {
                            FrameExtras x = f.extras();
                            Object sent = x.sent;
                            x.sent = PyNone.NONE;
                            Object res = Generators.delegate(r[c[pc + 2]], sent);
                            if (res instanceof Generators.Done d) {
                                r[c[pc + 1]] = d.value();
                                pc += 3;
                            } else {
                                x.yielded = res;
                                x.resumeRegister = -1;
                                x.yieldPc = pc;
                                f.pc = pc; // resume here, sending the next value in
                                return YIELDED;
                            }
                        }
                        default -> pc = RareInstructions.execute(f, ts, k, names, pc);
                    }
                }
            } catch (PyException e) {
                pc = traced ? handleTraced(f, ts, e, ip) : handle(f, ts, e, ip);
            } catch (StackOverflowError so) {
                pc = handle(f, ts, Errors.recursion("maximum recursion depth exceeded"), ip);
            } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | IllegalStateException
                     | UnsupportedOperationException | IllegalArgumentException | ArithmeticException internal) {
                pc = handle(f, ts, InternalErrors.wrap(internal), ip);
            }
        }
    }

    /** Records the traceback entry and finds the handler; rethrows when this frame has none. */
    static int handle(Frame f, ThreadState ts, PyException e, int ip) {
        PyBaseException v = e.value;
        if (e.tracedFrame != f) {
            if (e.tracedFrame == null && v.context == PyNone.NONE && ts.handled != null && ts.handled != v) {
                v.context = ts.handled;
            }
            v.traceback = new PyTraceback(f.code, ip + e.positionOffset, v.traceback);
            v.traceback.globals = f.globals;
            v.traceback.builtins = f.builtins;
            v.traceback.frame = f;
            e.positionOffset = 0;
            e.tracedFrame = f;
        }
        int h = f.code.handlerFor(ip);
        if (h < 0) {
            f.pc = ip;
            f.finished = true;
            throw e;
        }
        int[] t = f.code.exceptionTable;
        f.regs[t[h * 4 + 3]] = v;
        return t[h * 4 + 2];
    }

    /** {@link #handle} with the 'exception' event, delivered once per frame the exception passes. */
    private static int handleTraced(Frame f, ThreadState ts, PyException e, int ip) {
        boolean arrived = e.tracedFrame != f;
        try {
            return handle(f, ts, e, ip);
        } finally {
            if (arrived) Tracing.exception(f, ts, e, ip);
        }
    }

    static Object read(Frame f, int reg) {
        Object v = f.regs[reg];
        if (v == null) throw NameAccess.unboundLocal(f.code, reg);
        return v;
    }

    /** An optional operand: null for -1. */
    static Object opt(Frame f, int reg) {
        return reg < 0 ? null : read(f, reg);
    }

    /** An optional operand: None for -1. */
    static Object optNone(Frame f, int reg) {
        return reg < 0 ? PyNone.NONE : read(f, reg);
    }

    private static Object loadGlobal(Frame f, String name) {
        Object v = f.globals.getStr(name);
        if (v != null) return v;
        v = f.builtins.getStr(name);
        if (v != null) return v;
        throw Errors.nameNotDefined(name);
    }
}
