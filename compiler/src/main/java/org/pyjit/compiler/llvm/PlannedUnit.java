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
     * Whether native code would do anything useful: the root reaches a loop, a call into the unit,
     * or a return without leaving native code first. A function that would deoptimize at once
     * (its first statement prints, say) is not worth compiling.
     */
    public boolean worthCompiling() {
        if (plan.functions().size() > 1) return true;
        FunctionPlan root = plan.root();
        for (int pc : root.loopHeaders) if (root.reachable(pc) && !root.trap[pc]) return true;
        int[] c = root.code.code;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            if (root.reachable(pc) && !root.trap[pc] && Opcode.of(c[pc]) == Opcode.RETURN) return true;
        }
        return false;
    }
}
