package org.pyjit.runtime.nativecode;

import java.util.HashSet;
import java.util.Set;

/**
 * The native tier's per-code-object state (kept in {@code CodeObject.runtimeState}): call and
 * back-edge counters, the linked units by argument signature, what was requested, and deopt counts.
 */
final class NativeCodeState {
    private static final LoadedUnit[] NONE = new LoadedUnit[0];

    int calls;
    int backEdges;
    /**
     * Calls and back-edges counted so far, never reset: how much a function ran on after asking for a
     * unit ({@link ExitCompiles#stayedHot}).
     */
    long work;
    /** Never compile (not eligible, not worth it, failed, or kept deoptimizing). */
    volatile boolean disabled;
    /** Calls no longer ask for a unit (one was refused: {@code NativeTier.refused}); loops may still get OSR entries. */
    boolean callsRefused;
    /** Linked units; replaced whole when one is added (published to the interpreter thread). */
    volatile LoadedUnit[] units = NONE;
    /** Signatures requested (queued, compiled or failed), so each is compiled at most once. */
    private final Set<Long> requested = new HashSet<>();
    /**
     * The signature marked last, known to be in {@link #requested}: a function past the call
     * threshold without a unit (not compilable, or still compiling) asks again at every call, and
     * a boxed set lookup per call cost scheduler.py 6% of its time.
     */
    private long lastRequested = NO_SIGNATURE;
    private static final long NO_SIGNATURE = Long.MIN_VALUE;
    /** Loop headers an OSR entry was requested for. */
    final Set<Integer> osrRequested = new HashSet<>();
    long nativeCalls;
    /** OSR attempts refused because the frame did not fit the entry; past a limit, OSR is no longer tried. */
    int osrMisfits;
    /** Frames baseline code handed back to the interpreter because the back-edge count passed the threshold. */
    int tier1CountHandbacks;
    long deopts;
    /** Units dropped for deoptimizing too often and requested again. */
    int recompiles;
    /** Whether the profile store was consulted for a warm start ({@link NativeWarmStart}). */
    boolean warmChecked;
    /** Whether the count passed half the threshold and the unit it would compile to was planned (to load LLVM early or not). */
    boolean prewarmChecked;
    /** Whether earlier runs left this function's units idle (its counters started below zero). */
    boolean idleBefore;
    /** A short function without loops or calls: once in tier 1, calls from Java stay there ({@code NativeTier.isSmallLeaf}). */
    boolean smallLeaf;
    /** Whether a call was kept in tier 1 for {@link #smallLeaf} (counted once in the statistics). */
    boolean keptInTier1;
    /** Whether a unit was ever installed (counted once in the statistics). */
    private boolean everNative;
    /**
     * Per loop header, the kinds each register had in the frames that asked for an OSR entry there:
     * a later request joins its frame's kinds into these, so a recompiled entry accepts both.
     */
    final java.util.Map<Integer, java.util.List<java.util.Set<org.pyjit.compiler.llvm.ValueKind>>> loopKinds = new java.util.HashMap<>();

    /** Marks {@code signature} requested; false when it was already. */
    boolean markRequested(long signature) {
        if (signature == lastRequested) return false;
        boolean added = requested.add(signature);
        lastRequested = signature;
        return added;
    }

    /** Forgets that {@code signature} was requested, so it can be requested again. */
    void unmarkRequested(long signature) {
        requested.remove(signature);
        if (lastRequested == signature) lastRequested = NO_SIGNATURE;
    }

    LoadedUnit find(long signature) {
        LoadedUnit found = null;
        for (LoadedUnit u : units) if (u.signature == signature) found = u; // the latest
        return found;
    }

    /** Some unit with an OSR entry at {@code pc}, or null. */
    LoadedUnit withOsrAt(int pc) {
        for (LoadedUnit u : units) if (u.osr.containsKey(pc)) return u;
        return null;
    }

    /** Removes a unit (it deoptimized too often); later calls count in the lower tier again. */
    synchronized void uninstall(LoadedUnit unit) {
        LoadedUnit[] next = java.util.Arrays.stream(units).filter(u -> u != unit).toArray(LoadedUnit[]::new);
        units = next;
    }

    synchronized void install(LoadedUnit unit) {
        if (units.length == 0 && !everNative) {
            everNative = true;
            org.pyjit.runtime.stats.NativeStatistics.codeObjectNative();
        }
        LoadedUnit[] next = java.util.Arrays.copyOf(units, units.length + 1);
        next[units.length] = unit;
        units = next;
    }
}
