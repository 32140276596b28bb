package org.pyjit.runtime.nativecode;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.bytecode.Opcode;
import org.pyjit.compiler.llvm.DeoptRecordLayout;
import org.pyjit.compiler.llvm.NativeAbi;
import org.pyjit.compiler.llvm.NativeUnitDescription;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * Finishes a native call that deoptimized: turns each native frame's record (innermost first)
 * into an interpreter frame with the same registers and resumes it at the recorded offset. A
 * caller frame resumes after its call with the callee's result in the call's target register,
 * or with the callee's exception raised at the call, so results, exceptions and tracebacks are
 * exactly the interpreter's.
 */
final class Deoptimizer {
    private Deoptimizer() {}

    /** One native frame's state. */
    record Record(int function, int pc, int mode, Object[] registers) {}

    /** What the interpreter loop does after an OSR call deoptimized: continue at pc, raising {@code thrown} if set. */
    record Resume(int pc, PyException thrown) {}

    /** Copies the records out of the context (a nested native call may reuse it while we resume). */
    static List<Record> read(NativeContext ctx, LoadedUnit unit) {
        List<Record> out = new ArrayList<>();
        MemorySegment m = ctx.records;
        long end = ctx.recordBytes();
        List<Object> objects = unit.description.objects();
        DeoptRecordLayout layout = unit.description.recordLayout();
        for (long at = 0; at < end; ) {
            long header = m.get(JAVA_LONG, at);
            int fn = NativeAbi.headerFunction(header), pc = NativeAbi.headerPc(header), mode = NativeAbi.headerMode(header);
            Object[] regs = new Object[unit.description.functions().get(fn).code().registerCount];
            at += 8L * NativeAbi.RECORD_HEADER_WORDS;
            for (DeoptRecordLayout.Entry e : layout.entries(fn, pc, mode)) {
                long tag = e.tag();
                if (tag == DeoptRecordLayout.DYNAMIC_TAG) {
                    tag = m.get(JAVA_LONG, at);
                    at += 8;
                }
                long[] w = new long[3];
                for (int i = 0; i < e.words(); i++, at += 8) w[i] = m.get(JAVA_LONG, at);
                regs[e.register()] = NativeValues.fromRecord(tag, w[0], w[1], w[2], objects, ctx);
            }
            out.add(new Record(fn, pc, mode, regs));
        }
        if (out.isEmpty()) throw new IllegalStateException("native code deoptimized without a record");
        ctx.releaseHandles();
        return out;
    }

    /** Finishes a call entered from {@code Interpreter.callFunction}: the outermost record is {@code outer}. */
    static Object finishCall(LoadedUnit unit, Frame outer, List<Record> records) {
        ThreadState ts = ThreadState.current();
        int base = ts.depth;
        Record last = records.get(records.size() - 1);
        System.arraycopy(last.registers, 0, outer.regs, 0, last.registers.length);
        Outcome o = resumeInner(unit, outer, false, records, ts, base);
        ts.depth = base;
        return resume(outer, last, o);
    }

    /**
     * Finishes an OSR call: inner frames are resumed here; the outermost record is the running
     * interpreter frame, which gets its registers back and continues where the record says.
     */
    static Resume finishOsr(LoadedUnit unit, Frame frame, List<Record> records) {
        ThreadState ts = ThreadState.current();
        int base = ts.depth - 1;
        Record last = records.get(records.size() - 1);
        System.arraycopy(last.registers, 0, frame.regs, 0, last.registers.length);
        Outcome o = resumeInner(unit, frame, true, records, ts, base);
        ts.depth = base + 1;
        if (last.mode == NativeAbi.MODE_AT) return new Resume(last.pc, null);
        if (o.thrown != null) return new Resume(last.pc, o.thrown);
        frame.regs[frame.code.code[last.pc + 1]] = o.value;
        return new Resume(last.pc + Opcode.CALL.size(), null);
    }

    private record Outcome(Object value, PyException thrown) {}

    /**
     * Resumes every record but the outermost, innermost first, threading results and exceptions outwards.
     * While an inner frame runs, the frames of its native callers are on the thread's frame stack (at their
     * call sites), so frame walking ({@code sys._getframe}, tracebacks, faulthandler) sees them as CPython's would.
     */
    private static Outcome resumeInner(LoadedUnit unit, Frame outer, boolean outerPushed, List<Record> records,
            ThreadState ts, int base) {
        NativeStatistics.deopt();
        Outcome o = new Outcome(null, null);
        int outermost = records.size() - 1;
        if (outermost == 0) return o;
        Frame saved = ts.top;
        Frame[] frames = new Frame[outermost + 1];
        frames[outermost] = outer;
        outer.pc = records.get(outermost).pc;
        if (!outerPushed) outer.back = saved;
        for (int i = outermost - 1; i >= 0; i--) {
            Record r = records.get(i);
            Frame frame = newFrame(unit.description.functions().get(r.function), outer);
            System.arraycopy(r.registers, 0, frame.regs, 0, r.registers.length);
            frame.pc = r.pc;
            frame.back = frames[i + 1];
            frames[i] = frame;
        }
        try {
            for (int i = 0; i < outermost; i++) {
                Record r = records.get(i);
                ts.depth = base + (outermost - i);
                ts.top = frames[i + 1]; // the caller, as if it had made the call from the interpreter
                try {
                    o = new Outcome(resume(frames[i], r, o), null);
                } catch (PyException e) {
                    o = new Outcome(null, e);
                } finally {
                    ts.depth = base;
                }
            }
        } finally {
            ts.top = saved;
        }
        return o;
    }

    /** Runs one rebuilt frame to completion from its record. */
    private static Object resume(Frame frame, Record r, Outcome inner) {
        if (r.mode == NativeAbi.MODE_AT) {
            frame.pc = r.pc;
            return Interpreter.resumeFrame(frame);
        }
        if (inner.thrown != null) return Interpreter.resumeFrameRaising(frame, r.pc, inner.thrown);
        frame.regs[frame.code.code[r.pc + 1]] = inner.value;
        frame.pc = r.pc + Opcode.CALL.size();
        return Interpreter.resumeFrame(frame);
    }

    private static Frame newFrame(NativeUnitDescription.Function f, Frame outer) {
        PyFunction fn = f.value() instanceof PyFunction pf ? pf : outer.function;
        return new Frame(f.code(), fn.globals, Interpreter.builtinsOf(fn.globals), null, fn);
    }
}
