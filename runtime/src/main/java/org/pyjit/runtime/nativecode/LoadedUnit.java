package org.pyjit.runtime.nativecode;

import java.lang.invoke.MethodHandle;
import java.util.Map;
import org.pyjit.compiler.llvm.NativeUnitDescription;

/**
 * A linked native unit: its description, the downcall handles of its entries, and the signature
 * (argument tags, three bits each) it was specialized for.
 */
final class LoadedUnit {
    final NativeUnitDescription description;
    final long signature;
    final MethodHandle entry;
    /** OSR entries by loop-header offset. */
    final Map<Integer, Osr> osr;
    /** Calls and OSR entries into this unit, and how many of them deoptimized (for the recompile policy). */
    long entries;
    long deopts;
    /**
     * Time spent in this unit by its entries after the first, up to {@link #MEASURED_ENTRIES} (callbacks into
     * Java included). The first is left out: it pays the unit's one-time costs (binding its upcalls, the
     * JVM linking its handles), 18 ms for one short call of re's {@code _parse}.
     */
    long measuredNanos;

    /** Entries whose time is measured: a unit entered more often than this is in use. */
    static final int MEASURED_ENTRIES = 32;
    /**
     * A unit that ran less than this in all its (fewer than {@link #MEASURED_ENTRIES}) entries saved the run
     * at most a few tens of milliseconds over the lower tiers, far less than linking it costs a later run
     * that loads LLVM for it (~150-300 ms of CPU and ~50 MB).
     */
    static final long BARELY_USED_NANOS = 1_000_000;
    /** {@link #maxDepthForRecords}, computed once: every call from Java reads it. */
    private final long maxDepth;

    /** An OSR entry with its handle. */
    record Osr(NativeUnitDescription.OsrEntry entry, MethodHandle handle) {}

    LoadedUnit(NativeUnitDescription description, long signature, MethodHandle entry, Map<Integer, Osr> osr) {
        this.description = description;
        this.signature = signature;
        this.entry = entry;
        this.osr = osr;
        this.maxDepth = NativeContext.DEOPT_BYTES / Math.max(1, description.maxRecordBytes());
    }

    /** Whether the next entry is one whose time {@link #measuredNanos} counts. */
    boolean timesNextEntry() {
        return entries > 0 && entries < MEASURED_ENTRIES;
    }

    /**
     * Whether this run made (next to) no use of the unit: never entered, or entered a few times only, the
     * later ones for under a millisecond in all (re's {@code _parse}, linked for a loop that had finished by
     * then and called a few times for short groups). A unit entered once (a {@code main()} whose loop ran
     * natively) counts as barely used too: a later run still links it at its first call when the call fits
     * the unit's argument kinds ({@link NativeWarmStart#decide}); the mark only keeps a unit that fits no
     * first call from loading LLVM at the threshold.
     */
    boolean barelyUsed() {
        return entries < MEASURED_ENTRIES && measuredNanos < BARELY_USED_NANOS;
    }

    /** How deep native code may recurse before its records would overflow the context's record area. */
    long maxDepthForRecords() {
        return maxDepth;
    }
}
