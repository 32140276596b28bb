package org.pyjit.compiler.llvm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * One function of a native unit, specialized for its argument kinds: the register kinds before
 * every reachable instruction, and what each global load, call and attribute resolved to.
 */
final class FunctionPlan {
    final int index;
    final CodeObject code;
    final List<Kind> argumentKinds;
    final GlobalResolver resolver;
    /** Kinds of every register before the instruction at a pc; null where unreachable or not an instruction start. */
    Kind[][] before;
    /** Instructions native code does not execute: reaching one leaves native code (deoptimizes) there. */
    boolean[] trap;
    /** Joined kind of every value the function returns (BOTTOM: returns nothing yet). */
    Kind returnKind = Kind.BOTTOM;
    /** pc of a call into another function of the unit → that function's index. */
    final Map<Integer, Integer> calleeAt = new HashMap<>();
    /** pc of a global load, attribute load or module method call → what it resolved to. */
    final Map<Integer, GlobalBinding> bindingAt = new HashMap<>();
    /** pc → guard cell to check there, for the bindings above. */
    final Map<Integer, Integer> guardAt = new HashMap<>();
    /** Registers live at each offset (computed once, for deoptimization records). */
    java.util.BitSet[] live;
    /** Extra analysis entries: loop headers where an OSR entry is wanted, with the frame's register kinds there. */
    final Map<Integer, Kind[]> loopSeeds = new HashMap<>();
    /** Offsets that are targets of backward jumps (loop headers), ascending. */
    final List<Integer> loopHeaders = new ArrayList<>();

    FunctionPlan(int index, CodeObject code, List<Kind> argumentKinds, GlobalResolver resolver) {
        this.index = index;
        this.code = code;
        this.argumentKinds = List.copyOf(argumentKinds);
        this.resolver = resolver;
    }

    /** Register state at entry: parameters of their kinds, everything else unbound. */
    Kind[] entryState() {
        Kind[] s = new Kind[code.registerCount];
        java.util.Arrays.fill(s, Kind.UNBOUND);
        for (int i = 0; i < argumentKinds.size(); i++) s[i] = argumentKinds.get(i);
        return s;
    }

    boolean reachable(int pc) {
        return before[pc] != null;
    }
}
