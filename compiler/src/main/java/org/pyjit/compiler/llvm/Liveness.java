package org.pyjit.compiler.llvm;

import java.util.BitSet;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * Which registers the interpreter may still read at each offset of a function (backward data flow
 * over the whole bytecode, exception edges included). A deoptimization record needs only those:
 * everything else is dead or rewritten before it is read. Conservative wherever an instruction's
 * operands are not plain: an operand not known to be written only counts as read.
 */
final class Liveness {
    private Liveness() {}

    /** Live-in register sets by offset (null where no instruction starts). Named locals are always live. */
    static BitSet[] of(CodeObject code) {
        int[] c = code.code;
        int n = code.registerCount;
        BitSet[] liveIn = new BitSet[c.length];
        int[] pcs = instructionStarts(c);
        for (int pc : pcs) liveIn[pc] = new BitSet(n);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = pcs.length - 1; i >= 0; i--) {
                int pc = pcs[i];
                BitSet out = new BitSet(n);
                for (int s : successors(code, pc)) if (s < c.length && liveIn[s] != null) out.or(liveIn[s]);
                BitSet in = transfer(code, pc, out);
                // if the instruction raises, nothing it writes is written: the handler sees the old values
                int h = code.handlerFor(pc);
                if (h >= 0) in.or(liveIn[code.exceptionTable[h * 4 + 2]]);
                in.set(0, Math.min(code.varnames.length, n));
                if (!in.equals(liveIn[pc])) {
                    liveIn[pc] = in;
                    changed = true;
                }
            }
        }
        return liveIn;
    }

    private static int[] instructionStarts(int[] c) {
        int count = 0;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) count++;
        int[] out = new int[count];
        int i = 0;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) out[i++] = pc;
        return out;
    }

    private static int[] successors(CodeObject code, int pc) {
        int[] c = code.code;
        Opcode op = Opcode.of(c[pc]);
        int next = pc + op.size();
        return switch (op) {
            case JUMP -> new int[] {c[pc + 1]};
            case JUMP_IF_FALSE, JUMP_IF_TRUE -> new int[] {c[pc + 2], next};
            case FOR_ITER -> new int[] {c[pc + 3], next};
            case RETURN, RAISE, RERAISE -> new int[0];
            default -> new int[] {next};
        };
    }

    /** live-in = uses ∪ (live-out − definitely written). */
    private static BitSet transfer(CodeObject code, int pc, BitSet out) {
        int[] c = code.code;
        Opcode op = Opcode.of(c[pc]);
        BitSet in = (BitSet) out.clone();
        if (op == Opcode.LOAD_LOCALS) {
            in.set(0, code.registerCount);
            return in;
        }
        if (writesFirstOperandOnly(op) && c[pc + 1] >= 0) in.clear(c[pc + 1]);
        if (op == Opcode.FOR_ITER) in.clear(c[pc + 1]);
        String kinds = op.operands;
        for (int i = 0; i < kinds.length(); i++) {
            if (kinds.charAt(i) != 'r') continue;
            boolean written = i == 0 && (writesFirstOperandOnly(op) || op == Opcode.FOR_ITER);
            int r = c[pc + 1 + i];
            if (!written && r >= 0 && r < code.registerCount) in.set(r);
        }
        switch (op) { // operands that stand for a run of registers
            case CALL -> in.set(c[pc + 3], c[pc + 3] + c[pc + 4]);
            case CALL_METHOD -> in.set(c[pc + 4], c[pc + 4] + c[pc + 5]);
            case BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_STRING -> in.set(c[pc + 2], c[pc + 2] + c[pc + 3]);
            case BUILD_MAP -> in.set(c[pc + 2], c[pc + 2] + 2 * c[pc + 3]);
            default -> { }
        }
        return in;
    }

    /** Instructions whose first register operand is only written (the rest only read). */
    private static boolean writesFirstOperandOnly(Opcode op) {
        return switch (op) {
            case LOAD_CONST, MOVE, LOAD_GLOBAL, LOAD_NAME, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_ATTR, CALL, CALL_METHOD, CALL_EX,
                 BINARY, INPLACE, UNARY, COMPARE, GET_ITER, BUILD_LIST, BUILD_TUPLE, BUILD_SET, BUILD_MAP, BUILD_SLICE,
                 BUILD_STRING, LIST_TO_TUPLE, FORMAT, SUBSCR, MAKE_FUNCTION, CHECK_EXC_MATCH, IMPORT_NAME, IMPORT_FROM,
                 GET_YIELD_FROM_ITER, GET_AWAITABLE, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, GET_AITER, GET_ANEXT,
                 LOAD_STOP_ASYNC_ITERATION, TO_BOOL, STR_APPEND -> true;
            default -> false;
        };
    }
}
