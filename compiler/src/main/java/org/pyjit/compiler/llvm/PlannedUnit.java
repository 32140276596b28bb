package org.pyjit.compiler.llvm;

import java.util.List;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * A native unit whose globals are resolved and whose register kinds are known, not yet lowered.
 * Planning reads the program's namespaces, so it runs on the thread that runs Python code;
 * lowering and compiling only read this plan and may run on a background thread.
 */
public final class PlannedUnit {
    final UnitPlan plan;

    PlannedUnit(UnitPlan plan) {
        this.plan = plan;
    }

    /** The guard tokens, in cell order: the runtime allocates cell {@code i} for token {@code i}. */
    public List<Object> guards() {
        return plan.guards();
    }

    /**
     * The bytes lowering depends on (see {@link PlanFingerprint}): equal for equal plans in every run,
     * so their digest with {@link CompilerFingerprint} and the target identifies the object code
     * without building the IR.
     */
    public byte[] fingerprint() {
        return PlanFingerprint.of(plan);
    }

    /** How many functions the unit compiles (the root and the functions it calls directly). */
    public int functionCount() {
        return plan.functions().size();
    }

    /**
     * Whether native code would do anything useful: a loop of the root goes round natively, or the root
     * calls into the unit, or a root without loops returns without leaving native code first. A loop goes
     * round natively when a backward jump to it is reached without leaving native code and every loop
     * nested in it does too: an outer loop is reached again natively only when its inner loop ran zero times.
     * A function that would deoptimize at once (its first statement prints, say) is not worth compiling,
     * nor one whose loop bodies leave native code on every path: scheduler.py's {@code Scheduler.run}, a
     * loop over objects' attributes, was entered and left once per call (300 deoptimizations and ~0.2 s
     * of LLVM work a run, for nothing).
     */
    public boolean worthCompiling() {
        if (plan.functions().size() > 1) return true;
        FunctionPlan root = plan.root();
        int[] c = root.code.code;
        java.util.TreeMap<Integer, int[]> loops = new java.util.TreeMap<>(); // header -> {last backward jump, goes round}
        boolean returns = false;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            boolean runs = root.reachable(pc) && !root.trap[pc];
            int target = backwardTarget(c, pc);
            if (target >= 0 && root.reachable(target) && !root.trap[target]) {
                int[] loop = loops.computeIfAbsent(target, h -> new int[2]);
                loop[0] = Math.max(loop[0], pc);
                if (runs) loop[1] = 1;
            }
            returns |= runs && Opcode.of(c[pc]) == Opcode.RETURN;
        }
        for (var loop : loops.entrySet()) {
            if (loop.getValue()[1] == 0) continue;
            boolean nestedRound = true;
            for (var inner : loops.subMap(loop.getKey(), false, loop.getValue()[0], false).values()) {
                if (inner[0] < loop.getValue()[0] && inner[1] == 0) nestedRound = false;
            }
            if (nestedRound) return true;
        }
        return returns && loops.isEmpty();
    }

    /** The target of the jump at {@code pc} when it jumps backwards (to a loop header), else -1. */
    private static int backwardTarget(int[] c, int pc) {
        int target = switch (Opcode.of(c[pc])) {
            case JUMP -> c[pc + 1];
            case JUMP_IF_FALSE, JUMP_IF_TRUE -> c[pc + 2];
            default -> -1;
        };
        return target <= pc ? target : -1;
    }
}
