package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.compiler.ast.Pos;

/**
 * Accumulates one code object: instructions, labels with back-patching, constants, names,
 * registers (fixed locals/cells/frees, then a stack of temporaries that is reused as soon as a
 * value is consumed), positions and exception-table ranges.
 */
final class CodeBuilder {
    /** A jump target; its offset is known once {@link #bind} is called. */
    static final class Label {
        int offset = -1;
        final List<Integer> patches = new ArrayList<>();
    }

    private int[] code = new int[64];
    private int size;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final int fixedRegisters;
    private int nextTemp;
    private int maxRegister;
    private final List<int[]> positions = new ArrayList<>();
    private Pos currentPos;

    CodeBuilder(int fixedRegisters) {
        this.fixedRegisters = fixedRegisters;
        this.nextTemp = fixedRegisters;
        this.maxRegister = fixedRegisters;
    }

    // ---------------------------------------------------------------- registers

    /** A fresh temporary register. */
    int temp() {
        int r = nextTemp++;
        if (nextTemp > maxRegister) maxRegister = nextTemp;
        return r;
    }

    /** {@code n} consecutive fresh temporaries; returns the first. */
    int temps(int n) {
        int first = nextTemp;
        nextTemp += n;
        if (nextTemp > maxRegister) maxRegister = nextTemp;
        return first;
    }

    /** The current top of the temporary stack, to {@link #release} back to later. */
    int mark() {
        return nextTemp;
    }

    /** Frees every temporary allocated since {@code mark}. */
    void release(int mark) {
        nextTemp = mark;
    }

    boolean isTemp(int reg) {
        return reg >= fixedRegisters;
    }

    int registerCount() {
        return maxRegister;
    }

    // ---------------------------------------------------------------- pools

    int constant(Object value) {
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** Keys that keep 1, 1.0, True and -0.0/0.0 apart, as Python's constant folding must. */
    private static Object constKey(Object v) {
        if (v == null) return "null";
        if (v instanceof Double d) return List.of("float", Double.doubleToRawLongBits(d));
        if (v instanceof Boolean || v instanceof Long || v instanceof java.math.BigInteger || v instanceof String) {
            return List.of(v.getClass().getSimpleName(), v);
        }
        return new IdentityKey(v);
    }

    private record IdentityKey(Object v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.v == v;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(v);
        }
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i != null) return i;
        names.add(n);
        nameIndex.put(n, names.size() - 1);
        return names.size() - 1;
    }

    // ---------------------------------------------------------------- emission

    void setPosition(Pos p) {
        currentPos = p;
    }

    Pos position() {
        return currentPos;
    }

    int offset() {
        return size;
    }

    void emit(Opcode op, int... operands) {
        if (operands.length != op.operandCount) {
            throw new IllegalStateException(op + " takes " + op.operandCount + " operands, got " + operands.length);
        }
        ensure(1 + operands.length);
        if (currentPos != null) {
            int[] last = positions.isEmpty() ? null : positions.get(positions.size() - 1);
            if (last == null || last[1] != currentPos.line() || last[2] != currentPos.col() || last[3] != currentPos.endLine()
                    || last[4] != currentPos.endCol()) {
                positions.add(new int[] {size, currentPos.line(), currentPos.col(), currentPos.endLine(), currentPos.endCol()});
            }
        }
        code[size++] = op.ordinal();
        for (int o : operands) code[size++] = o;
    }

    /**
     * Gives the word at {@code pc} (inside the last instruction) its own position: the runtime
     * reports faults of the instruction's first step there (e.g. the attribute lookup of a method call).
     */
    void markSecondaryPosition(int pc, Pos p) {
        positions.add(new int[] {pc, p.line(), p.col(), p.endLine(), p.endCol()});
    }

    /** Emits a jump-like instruction whose LAST operand is {@code target}. */
    void emitJump(Opcode op, Label target, int... operandsBeforeTarget) {
        int[] ops = Arrays.copyOf(operandsBeforeTarget, operandsBeforeTarget.length + 1);
        ops[ops.length - 1] = target.offset;
        emit(op, ops);
        if (target.offset < 0) target.patches.add(size - 1);
    }

    void bind(Label l) {
        l.offset = size;
        for (int p : l.patches) code[p] = size;
        l.patches.clear();
    }

    private void ensure(int n) {
        if (size + n > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, size + n));
    }

    private record ExceptionRange(int start, int end, Label handler, int reg) {}

    private final List<ExceptionRange> exceptionRanges = new ArrayList<>();

    /** Records that exceptions raised in [start, end) go to {@code handler} with the exception in {@code reg}. */
    void addExceptionRange(int start, int end, Label handler, int reg) {
        if (end > start) exceptionRanges.add(new ExceptionRange(start, end, handler, reg));
    }

    /** The table, narrowest ranges first: protected ranges nest, so the first match is the innermost. */
    int[] exceptionTable() {
        List<ExceptionRange> sorted = new ArrayList<>(exceptionRanges);
        sorted.sort((a, b) -> Integer.compare(a.end - a.start, b.end - b.start));
        int[] t = new int[sorted.size() * 4];
        for (int i = 0; i < sorted.size(); i++) {
            ExceptionRange r = sorted.get(i);
            t[i * 4] = r.start;
            t[i * 4 + 1] = r.end;
            t[i * 4 + 2] = r.handler.offset;
            t[i * 4 + 3] = r.reg;
        }
        return t;
    }

    int[] code() {
        return Arrays.copyOf(code, size);
    }

    Object[] consts() {
        return consts.toArray();
    }

    String[] names() {
        return names.toArray(new String[0]);
    }

    int[] positionPcs() {
        int[] r = new int[positions.size()];
        for (int i = 0; i < r.length; i++) r[i] = positions.get(i)[0];
        return r;
    }

    int[] positionData() {
        int[] r = new int[positions.size() * 4];
        for (int i = 0; i < positions.size(); i++) System.arraycopy(positions.get(i), 1, r, i * 4, 4);
        return r;
    }
}
