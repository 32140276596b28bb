package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static org.pyjit.runtime.baseline.JvmTypes.*;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * Emits the one method of a baseline class: {@code static Object body(Frame f, ThreadState ts)}.
 *
 * <p>Registers live in JVM locals while the method runs (the JIT keeps them in machine registers
 * and can drop the boxes of intermediate values). The frame's register array stays the shared
 * format at every point another party can look at it: named local variables are written through
 * to it on every store (so {@code locals()}, {@code super()} and frame objects see them), all
 * registers are loaded from it on entry (a call or an OSR entry at a loop header) and stored to it
 * before the frame is handed to the interpreter or an exception is looked up in the exception
 * table, or the frame suspended (a generator's yield). Layout: the entry (the first instruction
 * directly; loop headers and a generator's resumption points through a switch on {@code f.pc}),
 * the instructions in order, and JVM exception handlers made from the code's exception table
 * that run the interpreter's exception step and jump to the Python handler.
 */
final class MethodEmitter {
    /** JVM local slots of the generated method; register {@code r} is slot {@code REGS + r}. */
    static final int F = 0, TS = 1, R = 2, IP = 3, PC = 4, TMP = 5, TMP2 = 6, REGS = 7;

    final CodeObject code;
    final CodeBuilder cob;
    final ClassDesc self;
    final int[] c;
    /** JVM label of each instruction start (null elsewhere). */
    final Label[] labels;
    /** Instruction offsets where execution may enter: the start and loop headers (OSR). */
    final TreeSet<Integer> entries = new TreeSet<>();
    /** The offset of the instruction being emitted (sites record it). */
    int currentPc;
    /** Inline-cache sites emitted so far. */
    int sites;
    private final InstructionEmitter instructions;
    private final Label dispatch;
    /** Hands the frame to the interpreter at the offset in local {@link #PC}; the register array is current. */
    private final Label exitAtPc;

    MethodEmitter(CodeObject code, CodeBuilder cob, ClassDesc self) {
        this.code = code;
        this.cob = cob;
        this.self = self;
        this.c = code.code;
        this.labels = new Label[c.length + 1];
        this.dispatch = cob.newLabel();
        this.exitAtPc = cob.newLabel();
        this.instructions = new InstructionEmitter(this);
    }

    /** Every instruction offset in order; fails on a malformed instruction stream. */
    static List<Integer> instructionOffsets(int[] c) {
        List<Integer> out = new ArrayList<>();
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) out.add(pc);
        return out;
    }

    void emit() {
        List<Integer> offsets = instructionOffsets(c);
        for (int pc : offsets) labels[pc] = cob.newLabel();
        labels[c.length] = cob.newLabel();
        entries.add(0);
        for (int pc : offsets) {
            for (int target : jumpTargets(pc)) {
                if (target <= pc) entries.add(target);
            }
            Opcode op = Opcode.of(c[pc]);
            if (op == Opcode.YIELD || op == Opcode.YIELD_FROM) entries.add(pc + op.size()); // resumption
            if (op == Opcode.YIELD_FROM) entries.add(pc); // resumed to send the next value in
        }

        cob.aload(F).getfield(FRAME, "regs", OBJECT_ARRAY).astore(R);
        cob.iconst_0().istore(IP);
        cob.aload(F).getfield(FRAME, "pc", CD_int).istore(PC);
        cob.aconst_null().astore(TMP);
        cob.aconst_null().astore(TMP2);
        for (int reg = 0; reg < code.registerCount; reg++) reload(reg);
        if (isGenerator()) { // an exception thrown into a suspended generator: the interpreter raises it
            cob.aload(F);
            cob.invokestatic(TIER1_SUPPORT, "hasThrownIn", MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_boolean, FRAME));
            cob.ifne(exitAtPc);
        }
        cob.iload(PC).ifeq(labels[0]); // a call starts at the first instruction; other entries dispatch
        cob.goto_(dispatch);

        for (int pc : offsets) {
            cob.labelBinding(labels[pc]);
            if (pc < 65535) cob.lineNumber(pc + 1); // JVM line numbers of baseline code: register-bytecode offset + 1
            currentPc = pc;
            instructions.emit(pc);
        }
        cob.labelBinding(labels[c.length]);
        deoptAt(c.length); // falling off the end cannot happen in well-formed code

        emitDispatch();
        emitExceptionHandlers();
    }

    /**
     * The code's exception table as JVM exception handlers: each entry's range (innermost first,
     * as in the table) catches Python exceptions, stack overflows and the Java exceptions the
     * interpreter turns into SystemError, runs the interpreter's exception step and jumps straight
     * to the entry's handler (keeping loops with {@code try} reducible for the JIT). Exceptions
     * outside every range go through the same step, which re-raises them out of the frame.
     */
    private void emitExceptionHandlers() {
        int[] t = code.exceptionTable;
        for (int i = 0; i < t.length; i += 4) {
            if (t[i] >= t[i + 1]) continue;
            Label start = labels[t[i]], end = labels[Math.min(t[i + 1], c.length)];
            for (ClassDesc type : List.of(PY_EXCEPTION, STACK_OVERFLOW, RUNTIME_EXCEPTION)) {
                emitHandler(start, end, type, t[i + 2], t[i + 3]);
            }
        }
        for (ClassDesc type : List.of(PY_EXCEPTION, STACK_OVERFLOW, RUNTIME_EXCEPTION)) {
            emitHandler(labels[0], labels[c.length], type, -1, -1);
        }
    }

    /** The jump targets of the instruction at {@code pc} (none for a non-jump). */
    int[] jumpTargets(int pc) {
        Opcode op = Opcode.of(c[pc]);
        String kinds = op.operands;
        int n = 0;
        for (int i = 0; i < kinds.length(); i++) if (kinds.charAt(i) == 't') n++;
        int[] out = new int[n];
        n = 0;
        for (int i = 0; i < kinds.length(); i++) if (kinds.charAt(i) == 't') out[n++] = c[pc + 1 + i];
        return out;
    }

    private void emitDispatch() {
        cob.labelBinding(dispatch);
        List<SwitchCase> cases = new ArrayList<>();
        for (int e : entries) cases.add(SwitchCase.of(e, labels[e]));
        cob.iload(PC);
        cob.lookupswitch(exitAtPc, cases);
        cob.labelBinding(exitAtPc);
        cob.aload(F).iload(PC).putfield(FRAME, "pc", CD_int);
        cob.getstatic(TIER_POLICY, "DEOPT", CD_Object).areturn();
    }

    /**
     * A JVM handler for {@code type} over [start, end): the registers go to the frame, then the
     * interpreter's exception step (traceback entry, handler lookup, the exception stored in the
     * handler's register; it re-raises when the frame has no handler), then a jump to
     * {@code target} with that register reloaded, or, should the step pick another handler, the
     * interpreter continues there.
     */
    private void emitHandler(Label start, Label end, ClassDesc type, int target, int excReg) {
        Label h = cob.newLabel();
        cob.exceptionCatch(start, end, h, type);
        cob.labelBinding(h);
        cob.astore(TMP);
        // with no try in the code the step re-raises out of the frame, which is dead: only the named locals,
        // written through on every store, stay visible (a traceback's frame). Spilling the temporaries anyway
        // kept every register live at every call for the JIT (the handler reads them all), which made C2's
        // compile of a baseline class slower and its machine code larger.
        if (code.exceptionTable.length != 0) spillAll(); // a handler of the table (target >= 0) implies one
        cob.aload(F).aload(TS);
        if (type.equals(STACK_OVERFLOW)) {
            cob.iload(IP);
            cob.invokestatic(TIER1_SUPPORT, "handleStackOverflow", MethodTypeDesc.of(CD_int, FRAME, THREAD_STATE, CD_int));
        } else {
            cob.aload(TMP).iload(IP);
            String method = type.equals(PY_EXCEPTION) ? "handle" : "handleInternal";
            cob.invokestatic(TIER1_SUPPORT, method, MethodTypeDesc.of(CD_int, FRAME, THREAD_STATE, type, CD_int));
        }
        cob.aconst_null().astore(TMP);
        cob.istore(PC);
        if (target >= 0) {
            cob.iload(PC).loadConstant(target).if_icmpne(exitAtPc);
            reload(excReg);
            cob.goto_(labels[target]);
        } else {
            cob.goto_(exitAtPc);
        }
    }

    // ------------------------------------------------------------ helpers for instruction emitters

    /** Hands the frame back to the interpreter at {@code pc}. */
    void deoptAt(int pc) {
        spillAll();
        cob.aload(F).loadConstant(pc).putfield(FRAME, "pc", CD_int);
        cob.getstatic(TIER_POLICY, "DEOPT", CD_Object).areturn();
    }

    boolean isGenerator() {
        return (code.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0;
    }

    private boolean isNamedLocal(int reg) {
        return reg < code.varnames.length;
    }

    /** Stores register {@code reg}'s JVM local into the frame's array. */
    void spill(int reg) {
        cob.aload(R).loadConstant(reg).aload(REGS + reg).aastore();
    }

    /** Loads register {@code reg}'s JVM local from the frame's array. */
    void reload(int reg) {
        cob.aload(R).loadConstant(reg).aaload().astore(REGS + reg);
    }

    /** Stores every register that is not written through (temporaries) into the frame's array. */
    void spillAll() {
        for (int reg = code.varnames.length; reg < code.registerCount; reg++) spill(reg);
    }

    /** Pushes register {@code reg} without an unbound check (temporaries, cells). */
    void pushReg(int reg) {
        cob.aload(REGS + reg);
    }

    /** Pushes register {@code reg}; a local variable is checked (UnboundLocalError when unbound). */
    void pushRead(int reg) {
        cob.aload(REGS + reg);
        if (isNamedLocal(reg)) {
            cob.loadConstant(reg).aload(F);
            cob.invokestatic(TIER1_OPS, "bound", MethodTypeDesc.of(CD_Object, CD_Object, CD_int, FRAME));
        }
    }

    /** Pushes register {@code reg} checked, or null for an absent operand (-1). */
    void pushOptional(int reg) {
        if (reg < 0) cob.aconst_null();
        else pushRead(reg);
    }

    /** Stores the value on the stack into register {@code reg} (written through for a named local). */
    void store(int reg) {
        cob.astore(REGS + reg);
        if (isNamedLocal(reg)) spill(reg);
    }

    /** Pushes an {@code Object[]} of registers {@code first … first + n - 1} (unchecked). */
    void pushArray(int first, int n) {
        cob.loadConstant(n).anewarray(CD_Object);
        for (int i = 0; i < n; i++) cob.dup().loadConstant(i).aload(REGS + first + i).aastore();
    }

    /** Stores the {@code n} elements of the {@code Object[]} on the stack into registers {@code first …}. */
    void storeArray(int first, int n) {
        cob.astore(TMP2);
        for (int i = 0; i < n; i++) {
            cob.aload(TMP2).loadConstant(i).aaload();
            store(first + i);
        }
        cob.aconst_null().astore(TMP2);
    }

    /** Pushes constant {@code k} (a class-data constant, folded by the JIT). */
    void pushConst(int k) {
        cob.ldc(classDataAt(k));
    }

    void pushName(int n) {
        cob.ldc(code.names[n]);
    }

    /** Records the current instruction in {@code f.pc} (for frame introspection during calls). */
    void setFramePc(int pc) {
        cob.aload(F).loadConstant(pc).putfield(FRAME, "pc", CD_int);
    }

    void setIp(int pc) {
        cob.loadConstant(pc).istore(IP);
    }

    void invokeStatic(ClassDesc owner, String name, ClassDesc ret, ClassDesc... params) {
        cob.invokestatic(owner, name, MethodTypeDesc.of(ret, params));
    }
}
