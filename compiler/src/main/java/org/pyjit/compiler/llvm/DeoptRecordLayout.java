package org.pyjit.compiler.llvm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * What a deoptimization record of a unit holds after its three header words (function index,
 * offset, mode): the live registers at that offset, each as its tag word when native code only
 * knows its kind at run time, then its payload words. Native code writes only what it cannot
 * know statically; the register numbers and static tags come from the plan, so the lowering and the
 * runtime that reads a record compute them here, from the same plan, and agree by construction.
 * A record written per guard with every register's number and tag made deoptimization exits most of
 * a unit's IR.
 */
public final class DeoptRecordLayout {
    /** No static tag: the record holds the register's tag word. */
    public static final int DYNAMIC_TAG = -1;

    private final List<FunctionPlan> functions;
    private final ConcurrentHashMap<Long, Entry[]> layouts = new ConcurrentHashMap<>();

    /**
     * One register in a record.
     *
     * @param register the register number
     * @param tag      its tag, or {@link #DYNAMIC_TAG} when the record holds it
     * @param words    payload words the record holds for it
     */
    public record Entry(int register, int tag, int words) {
        /** Words of the record this entry takes. */
        public int size() {
            return (tag == DYNAMIC_TAG ? 1 : 0) + words;
        }
    }

    DeoptRecordLayout(List<FunctionPlan> functions) {
        this.functions = List.copyOf(functions);
    }

    /** The entries of the record function {@code function} writes at {@code pc} in {@code mode}, in record order. */
    public Entry[] entries(int function, int pc, int mode) {
        long key = ((long) function << 33) | ((long) pc << 1) | mode;
        Entry[] known = layouts.get(key);
        if (known != null) return known;
        return layouts.computeIfAbsent(key, k -> compute(functions.get(function), pc, mode));
    }

    /** Bytes of the record function {@code function} writes at {@code pc} in {@code mode}. */
    public long recordBytes(int function, int pc, int mode) {
        long words = NativeAbi.RECORD_HEADER_WORDS;
        for (Entry e : entries(function, pc, mode)) words += e.size();
        return 8 * words;
    }

    private static Entry[] compute(FunctionPlan plan, int pc, int mode) {
        BitSet live = liveAt(plan, pc, mode);
        Kind[] state = plan.before[pc];
        List<Entry> out = new ArrayList<>();
        for (int r = live.nextSetBit(0); r >= 0 && r < state.length; r = live.nextSetBit(r + 1)) {
            Kind k = state[r];
            if (k.is(Kind.Tag.UNBOUND) || k.is(Kind.Tag.BOTTOM)) continue;
            out.add(new Entry(r, k.is(Kind.Tag.TOP) ? DYNAMIC_TAG : k.abiTag(), k.words()));
        }
        return out.toArray(Entry[]::new);
    }

    /** Registers the interpreter reads after resuming at pc: after a call, also those live after it (its result). */
    private static BitSet liveAt(FunctionPlan plan, int pc, int mode) {
        BitSet[] live;
        synchronized (plan) {
            if (plan.live == null) plan.live = Liveness.of(plan.code);
            live = plan.live;
        }
        BitSet out = (BitSet) live[pc].clone();
        if (mode == NativeAbi.MODE_AFTER_CALL) out.or(live[pc + Opcode.of(plan.code.code[pc]).size()]);
        return out;
    }
}
