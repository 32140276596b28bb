package org.pyjit.compiler.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * Lowers one planned function to the body of an LLVM function. Every register lives in four
 * stack slots (tag and three payload words) that mem2reg turns into SSA values, so a
 * deoptimization exit can always write the exact interpreter state. A function with OSR entries
 * takes one more parameter, the entry selector: 0 binds the parameters and starts at the top, a loop
 * header's selector (its offset plus one: a loop can start at offset 0) reads the frame from the
 * context block and starts there. One body serves both,
 * so LLVM optimizes and emits it once (a copy per entry doubled the native compile time).
 */
final class FunctionLowering {
    final Ir ir;
    final UnitPlan unit;
    final FunctionPlan plan;
    final LLVMValueRef fn;
    final LLVMValueRef ctx;
    /** The unit's functions, by plan index, for direct calls. */
    final NativeUnitCompiler.Declared[] functions;
    private final DeoptRecordLayout layout;
    /** The loop headers this body can be entered at (ascending); empty for a body without OSR entries. */
    private final List<Integer> osrPcs;
    private final int[] c;
    private LLVMValueRef[] tagSlot;
    private LLVMValueRef[][] wordSlot;
    private LLVMBasicBlockRef[] blocks;
    private final Map<Long, LLVMBasicBlockRef> deoptBlocks = new HashMap<>();
    private final ArithmeticLowering arithmetic;
    private final CallLowering calls;

    /** {@code osrPcs}: the loop headers {@code fn} can be entered at through its selector parameter. */
    FunctionLowering(Ir ir, UnitPlan unit, FunctionPlan plan, NativeUnitCompiler.Declared[] functions, LLVMValueRef fn,
                     List<Integer> osrPcs, DeoptRecordLayout layout) {
        this.layout = layout;
        this.ir = ir;
        this.functions = functions;
        this.unit = unit;
        this.plan = plan;
        this.fn = fn;
        this.osrPcs = osrPcs;
        this.c = plan.code.code;
        this.ctx = LLVMGetParam(fn, plan.argumentKinds.size());
        this.arithmetic = new ArithmeticLowering(this);
        this.calls = new CallLowering(this);
    }

    /** The LLVM type a parameter of this kind is passed as. */
    static LLVMTypeRef paramType(Ir ir, Kind k) {
        return switch (k.tag()) {
            case FLOAT -> ir.f64;
            case BOOL -> ir.i1;
            default -> ir.i64;
        };
    }

    void emit() {
        LLVMBasicBlockRef entry = ir.block(fn, "entry");
        ir.at(entry);
        int n = plan.code.registerCount;
        tagSlot = new LLVMValueRef[n];
        wordSlot = new LLVMValueRef[n][3];
        for (int r = 0; r < n; r++) {
            tagSlot[r] = LLVMBuildAlloca(ir.b, ir.i8, "");
            for (int w = 0; w < 3; w++) wordSlot[r][w] = LLVMBuildAlloca(ir.b, ir.i64, "");
        }
        for (int r = 0; r < n; r++) ir.store(ir.i8(NativeAbi.TAG_UNBOUND), tagSlot[r]);
        createBlocks();
        if (osrPcs.isEmpty()) {
            bindParameters();
            enterAt(0);
        } else {
            selectEntry();
        }
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            if (!plan.reachable(pc)) continue;
            if (blocks[pc] != null) {
                if (!ir.terminated()) LLVMBuildBr(ir.b, blocks[pc]);
                ir.at(blocks[pc]);
            }
            if (plan.loopHeaders.contains(pc) && !plan.trap[pc]) checkInterrupt(pc);
            if (plan.trap[pc]) {
                deoptHere(pc, NativeAbi.MODE_AT);
            } else {
                lower(pc);
            }
        }
    }

    /** Switches on the selector parameter: 0 is the call entry, else {@link NativeUnitCompiler#osrSelector} of a loop header. */
    private void selectEntry() {
        LLVMValueRef selector = LLVMGetParam(fn, plan.argumentKinds.size() + 1);
        LLVMBasicBlockRef call = ir.block(fn, "call");
        LLVMValueRef choice = LLVMBuildSwitch(ir.b, selector, call, osrPcs.size());
        ir.at(call);
        bindParameters();
        enterAt(0);
        for (int pc : osrPcs) {
            LLVMBasicBlockRef entry = ir.block(fn, "osr" + pc);
            LLVMAddCase(choice, ir.i64(NativeUnitCompiler.osrSelector(pc)), entry);
            ir.at(entry);
            loadOsrFrame(pc);
            enterAt(pc);
        }
    }

    /** Counts the native call depth (leaving native code past the limit) and jumps to {@code start}. */
    private void enterAt(int start) {
        LLVMValueRef depth = LLVMBuildAdd(ir.b, ir.load(ir.i64, ctx), ir.i64(1), "");
        ir.store(depth, ctx);
        LLVMValueRef limit = ir.load(ir.i64, ir.offset(ctx, NativeAbi.CTX_DEPTH_LIMIT));
        guard(ir.icmp(LLVMIntSGT, depth, limit), start, NativeAbi.MODE_AT, false);
        LLVMBuildBr(ir.b, block(start));
    }

    /**
     * At a loop header: leaves native code when the runtime asked for it (a signal to deliver, another
     * thread waiting for the global lock), which it signals by a negative depth limit in the context.
     * The load is volatile so that LLVM keeps it inside the loop.
     */
    private void checkInterrupt(int pc) {
        LLVMValueRef limit = ir.load(ir.i64, ir.offset(ctx, NativeAbi.CTX_DEPTH_LIMIT));
        LLVMSetVolatile(limit, 1);
        guard(ir.icmp(LLVMIntSLT, limit, ir.i64(0)), pc, NativeAbi.MODE_AT, true);
    }

    private void createBlocks() {
        blocks = new LLVMBasicBlockRef[c.length];
        boolean[] leader = new boolean[c.length];
        leader[0] = true;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            if (!plan.reachable(pc)) continue;
            Opcode op = Opcode.of(c[pc]);
            int next = pc + op.size();
            switch (op) {
                case JUMP -> leader[c[pc + 1]] = true;
                case JUMP_IF_FALSE, JUMP_IF_TRUE -> leader[c[pc + 2]] = true;
                case FOR_ITER -> leader[c[pc + 3]] = true;
                default -> { }
            }
            boolean ends = plan.trap[pc] || op == Opcode.JUMP || op == Opcode.RETURN || op == Opcode.JUMP_IF_FALSE
                    || op == Opcode.JUMP_IF_TRUE || op == Opcode.FOR_ITER;
            if (ends && next < c.length) leader[next] = true;
        }
        for (int header : plan.loopHeaders) leader[header] = true; // OSR entries jump there
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            if (leader[pc] && plan.reachable(pc)) blocks[pc] = ir.block(fn, "pc" + pc);
        }
    }

    /** The block of a leader; a missing one is a lowering bug, reported before LLVM could crash on it. */
    private LLVMBasicBlockRef block(int pc) {
        LLVMBasicBlockRef b = blocks[pc];
        if (b == null) throw new IllegalStateException("no block at " + pc + " in " + plan.code.qualname);
        return b;
    }

    private void bindParameters() {
        for (int i = 0; i < plan.argumentKinds.size(); i++) {
            LLVMValueRef p = LLVMGetParam(fn, i);
            switch (plan.argumentKinds.get(i).tag()) {
                case INT -> setInt(i, p);
                case FLOAT -> setFloat(i, p);
                case BOOL -> setBool(i, p);
                case OPAQUE -> {
                    setTag(i, NativeAbi.TAG_OPAQUE);
                    ir.store(p, wordSlot[i][0]);
                }
                default -> setNone(i);
            }
        }
    }

    /** OSR: the frame's registers come from the context's argument area, four words each. */
    private void loadOsrFrame(int osrPc) {
        Kind[] state = plan.before[osrPc];
        for (int r = 0; r < state.length; r++) {
            Kind k = state[r];
            long base = NativeAbi.CTX_ARGS + 32L * r;
            if (k.is(Kind.Tag.UNBOUND) || k.is(Kind.Tag.BOTTOM)) continue;
            LLVMValueRef tag = k.is(Kind.Tag.TOP)
                    ? LLVMBuildTrunc(ir.b, ir.load(ir.i64, ir.offset(ctx, base)), ir.i8, "") : ir.i8(k.abiTag());
            ir.store(tag, tagSlot[r]);
            for (int w = 0; w < k.words(); w++) ir.store(ir.load(ir.i64, ir.offset(ctx, base + 8 + 8L * w)), wordSlot[r][w]);
        }
    }

    // ---- registers -------------------------------------------------------------------------

    Kind kind(int pc, int r) {
        return plan.before[pc][r];
    }

    LLVMValueRef word(int r, int w) {
        return ir.load(ir.i64, wordSlot[r][w]);
    }

    /** An int or bool register as i64. */
    LLVMValueRef asInt(int r) {
        return word(r, 0);
    }

    /** A numeric register converted to double as Python does. */
    LLVMValueRef asFloat(int pc, int r) {
        return asFloat(pc, r, false);
    }

    /**
     * A numeric register as a double; a register of run-time kind is converted by its tag (leaving
     * native code unless it holds a number; with {@code exact}, also for an int beyond 2**53).
     */
    LLVMValueRef asFloat(int pc, int r, boolean exact) {
        if (kind(pc, r).is(Kind.Tag.TOP)) {
            LLVMValueRef tag = ir.load(ir.i8, tagSlot[r]), w = word(r, 0);
            LLVMValueRef isInt = ir.icmp(LLVMIntEQ, tag, ir.i8(NativeAbi.TAG_INT));
            LLVMValueRef isFloat = ir.icmp(LLVMIntEQ, tag, ir.i8(NativeAbi.TAG_FLOAT));
            LLVMValueRef isBool = ir.icmp(LLVMIntEQ, tag, ir.i8(NativeAbi.TAG_BOOL));
            LLVMValueRef bad = ir.not(ir.or(isInt, ir.or(isFloat, isBool)));
            if (exact) {
                LLVMValueRef big = ir.icmp(LLVMIntUGT, LLVMBuildAdd(ir.b, w, ir.i64(1L << 53), ""), ir.i64(1L << 54));
                bad = ir.or(bad, ir.and(isInt, big));
            }
            guard(bad, pc);
            return ir.select(isFloat, ir.toDouble(w),
                    ir.select(isInt, LLVMBuildSIToFP(ir.b, w, ir.f64, ""), LLVMBuildUIToFP(ir.b, w, ir.f64, "")));
        }
        return switch (kind(pc, r).tag()) {
            case FLOAT -> ir.toDouble(word(r, 0));
            case INT -> LLVMBuildSIToFP(ir.b, word(r, 0), ir.f64, "");
            case BOOL -> LLVMBuildUIToFP(ir.b, word(r, 0), ir.f64, "");
            default -> throw new IllegalStateException("not numeric: " + kind(pc, r));
        };
    }

    LLVMValueRef asBool(int r) {
        return LLVMBuildTrunc(ir.b, word(r, 0), ir.i1, "");
    }

    /** Python truth of a register whose kind has one. */
    LLVMValueRef truth(int pc, int r) {
        return switch (kind(pc, r).tag()) {
            case INT, BOOL -> ir.icmp(LLVMIntNE, word(r, 0), ir.i64(0));
            case FLOAT -> ir.fcmp(LLVMRealUNE, ir.toDouble(word(r, 0)), ir.f64(0.0));
            case NONE -> ir.bool(false);
            default -> throw new IllegalStateException("no truth for " + kind(pc, r));
        };
    }

    private void setTag(int r, int tag) {
        ir.store(ir.i8(tag), tagSlot[r]);
    }

    void setInt(int r, LLVMValueRef v) {
        setTag(r, NativeAbi.TAG_INT);
        ir.store(v, wordSlot[r][0]);
    }

    void setFloat(int r, LLVMValueRef d) {
        setTag(r, NativeAbi.TAG_FLOAT);
        ir.store(ir.toBits(d), wordSlot[r][0]);
    }

    void setBool(int r, LLVMValueRef b1) {
        setTag(r, NativeAbi.TAG_BOOL);
        ir.store(LLVMBuildZExt(ir.b, b1, ir.i64, ""), wordSlot[r][0]);
    }

    void setNone(int r) {
        setTag(r, NativeAbi.TAG_NONE);
    }

    void setObject(int r, int index) {
        setTag(r, NativeAbi.TAG_OBJECT_BASE + index);
    }

    void setTriple(int r, int tag, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c3) {
        setTag(r, tag);
        ir.store(a, wordSlot[r][0]);
        ir.store(b, wordSlot[r][1]);
        ir.store(c3, wordSlot[r][2]);
    }

    /** Writes a value whose kind is only known at run time (its tag is in {@code tag}, an i64). */
    void setDynamic(int r, LLVMValueRef tag, LLVMValueRef w0) {
        ir.store(LLVMBuildTrunc(ir.b, tag, ir.i8, ""), tagSlot[r]);
        ir.store(w0, wordSlot[r][0]);
    }

    /** Stores a value of a single known kind given as raw payload bits (a call result). */
    void setFromBits(int r, Kind k, LLVMValueRef bits) {
        switch (k.tag()) {
            case INT -> setInt(r, bits);
            case FLOAT -> {
                setTag(r, NativeAbi.TAG_FLOAT);
                ir.store(bits, wordSlot[r][0]);
            }
            case BOOL -> {
                setTag(r, NativeAbi.TAG_BOOL);
                ir.store(bits, wordSlot[r][0]);
            }
            case NONE -> setNone(r);
            default -> throw new IllegalStateException("cannot hold " + k + " from bits");
        }
    }

    private void copy(int dst, int src, Kind k) {
        ir.store(ir.load(ir.i8, tagSlot[src]), tagSlot[dst]);
        for (int w = 0; w < k.words(); w++) ir.store(word(src, w), wordSlot[dst][w]);
    }

    /** A value's payload as the i64 bits a native function returns. */
    LLVMValueRef bitsOf(int pc, int r) {
        Kind k = kind(pc, r);
        return k.words() > 0 ? word(r, 0) : ir.i64(0);
    }

    // ---- guards, deoptimization, returns -----------------------------------------------------

    /** Leaves native code at pc when {@code failIf} holds; the register state must still be the one before pc. */
    void guard(LLVMValueRef failIf, int pc) {
        guard(failIf, pc, NativeAbi.MODE_AT, true);
    }

    void guard(LLVMValueRef failIf, int pc, int mode, boolean expectRare) {
        LLVMBasicBlockRef ok = ir.block(fn, "ok" + pc);
        LLVMBuildCondBr(ir.b, expectRare ? ir.unlikely(failIf) : failIf, deoptBlock(pc, mode), ok);
        ir.at(ok);
    }

    private LLVMBasicBlockRef deoptBlock(int pc, int mode) {
        long key = ((long) pc << 1) | mode;
        LLVMBasicBlockRef existing = deoptBlocks.get(key);
        if (existing != null) return existing;
        LLVMBasicBlockRef here = ir.current();
        LLVMBasicBlockRef block = ir.block(fn, "deopt" + pc);
        ir.at(block);
        writeRecord(pc, mode);
        ir.at(here);
        deoptBlocks.put(key, block);
        return block;
    }

    /** Deoptimizes unconditionally (an instruction native code does not run). */
    void deoptHere(int pc, int mode) {
        LLVMBuildBr(ir.b, deoptBlock(pc, mode));
    }

    /** The record's header word, then what {@link DeoptRecordLayout} says native code must write. */
    private void writeRecord(int pc, int mode) {
        LLVMValueRef cursorAddress = ir.offset(ctx, NativeAbi.CTX_DEOPT_CURSOR);
        LLVMValueRef cursor = ir.load(ir.ptr, cursorAddress);
        ir.store(ir.i64(NativeAbi.recordHeader(plan.index, pc, mode)), cursor);
        long at = 8L * NativeAbi.RECORD_HEADER_WORDS;
        for (DeoptRecordLayout.Entry e : layout.entries(plan.index, pc, mode)) {
            int r = e.register();
            if (e.tag() == DeoptRecordLayout.DYNAMIC_TAG) {
                ir.store(LLVMBuildZExt(ir.b, ir.load(ir.i8, tagSlot[r]), ir.i64, ""), ir.offset(cursor, at));
                at += 8;
            }
            for (int w = 0; w < e.words(); w++, at += 8) ir.store(word(r, w), ir.offset(cursor, at));
        }
        ir.store(ir.offset(cursor, at), cursorAddress);
        returnPair(ir.i64(NativeAbi.TAG_DEOPT), ir.i64(0));
    }

    void returnPair(LLVMValueRef tag, LLVMValueRef bits) {
        ir.store(LLVMBuildSub(ir.b, ir.load(ir.i64, ctx), ir.i64(1), ""), ctx);
        LLVMBuildRet(ir.b, ir.resultPair(tag, bits));
    }

    /** Checks the guard cell of the binding used at pc, if any. */
    void checkBindingGuard(int pc) {
        Integer cell = plan.guardAt.get(pc);
        if (cell == null || cell < 0) return;
        LLVMValueRef valid = ir.load(ir.i64, ir.externalCell(NativeUnitCompiler.guardSymbol(cell)));
        guard(ir.icmp(LLVMIntEQ, valid, ir.i64(0)), pc);
    }

    // ---- instructions ------------------------------------------------------------------------

    private void lower(int pc) {
        Opcode op = Opcode.of(c[pc]);
        int next = pc + op.size();
        switch (op) {
            case NOP -> { }
            case LOAD_CONST -> loadConstant(c[pc + 1], plan.code.consts[c[pc + 2]]);
            case MOVE -> copy(c[pc + 1], c[pc + 2], kind(pc, c[pc + 2]));
            case LOAD_GLOBAL, LOAD_ATTR -> {
                checkBindingGuard(pc);
                GlobalBinding b = plan.bindingAt.get(pc);
                if (b instanceof GlobalBinding.Constant constant) loadBinding(c[pc + 1], constant);
                else setObject(c[pc + 1], unit.objectIndexOf(b));
            }
            case BINARY, INPLACE -> arithmetic.binary(pc, c[pc + 2], c[pc + 1], c[pc + 3], c[pc + 4]);
            case STR_APPEND -> arithmetic.binary(pc, KindRules.ADD, c[pc + 1], c[pc + 2], c[pc + 3]); // only numbers reach native code
            case STR_SEAL -> { }
            case UNARY -> arithmetic.unary(pc, c[pc + 2], c[pc + 1], c[pc + 3]);
            case COMPARE -> arithmetic.compare(pc, c[pc + 2], c[pc + 1], c[pc + 3], c[pc + 4]);
            case TO_BOOL -> setBool(c[pc + 1], truth(pc, c[pc + 2]));
            case JUMP -> LLVMBuildBr(ir.b, block(c[pc + 1]));
            case JUMP_IF_FALSE, JUMP_IF_TRUE -> {
                LLVMValueRef t = truth(pc, c[pc + 1]);
                LLVMBasicBlockRef target = block(c[pc + 2]), fall = block(next);
                if (op == Opcode.JUMP_IF_TRUE) LLVMBuildCondBr(ir.b, t, target, fall);
                else LLVMBuildCondBr(ir.b, t, fall, target);
            }
            case GET_ITER -> rangeIterator(c[pc + 1], c[pc + 2]);
            case FOR_ITER -> forIter(pc, c[pc + 1], c[pc + 2], block(c[pc + 3]), block(next));
            case RETURN -> {
                int r = c[pc + 1];
                Kind k = kind(pc, r);
                returnPair(ir.i64(k.abiTag()), bitsOf(pc, r));
            }
            case CALL -> calls.call(pc);
            case CALL_METHOD -> calls.methodCall(pc);
            default -> throw new IllegalStateException("no lowering for " + op);
        }
    }

    private void loadConstant(int dst, Object k) {
        switch (k) {
            case Long v -> setInt(dst, ir.i64(v));
            case Double d -> setFloat(dst, ir.f64(d));
            case Boolean b -> setBool(dst, ir.bool(b));
            default -> setNone(dst);
        }
    }

    private void loadBinding(int dst, GlobalBinding.Constant k) {
        switch (k.kind()) {
            case INT -> setInt(dst, ir.i64(k.bits()));
            case FLOAT -> setFloat(dst, ir.f64(Double.longBitsToDouble(k.bits())));
            case BOOL -> setBool(dst, ir.bool(k.bits() != 0));
            default -> setNone(dst);
        }
    }

    /** {@code iter(range)}: next = start, step, remaining = len(range) (as PyRange.length computes it). */
    private void rangeIterator(int dst, int src) {
        LLVMValueRef start = word(src, 0), stop = word(src, 1), step = word(src, 2);
        LLVMValueRef up = ir.icmp(LLVMIntSGT, step, ir.i64(0));
        LLVMValueRef hi = ir.select(up, stop, start), lo = ir.select(up, start, stop);
        LLVMValueRef mag = ir.select(up, step, LLVMBuildSub(ir.b, ir.i64(0), step, ""));
        LLVMValueRef nonEmpty = ir.icmp(LLVMIntSLT, lo, hi);
        LLVMValueRef span = LLVMBuildSub(ir.b, LLVMBuildSub(ir.b, hi, lo, ""), ir.i64(1), "");
        // mag is never 0: range() refused a zero step
        LLVMValueRef count = LLVMBuildAdd(ir.b, LLVMBuildUDiv(ir.b, span, mag, ""), ir.i64(1), "");
        LLVMValueRef length = ir.select(nonEmpty, count, ir.i64(0));
        setTriple(dst, NativeAbi.TAG_RANGE_ITER, start, step, length);
    }

    private void forIter(int pc, int dst, int it, LLVMBasicBlockRef exhausted, LLVMBasicBlockRef body) {
        LLVMValueRef next = word(it, 0), step = word(it, 1), remaining = word(it, 2);
        LLVMBasicBlockRef more = ir.block(fn, "iter" + pc);
        LLVMBuildCondBr(ir.b, ir.icmp(LLVMIntEQ, remaining, ir.i64(0)), exhausted, more);
        ir.at(more);
        ir.store(LLVMBuildAdd(ir.b, next, step, ""), wordSlot[it][0]);
        ir.store(LLVMBuildSub(ir.b, remaining, ir.i64(1), ""), wordSlot[it][2]);
        setInt(dst, next);
        LLVMBuildBr(ir.b, body);
    }
}
