package org.pyjit.runtime.stats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of the native tier for {@code pyjit -s}: units, compiles, cache use, deoptimizations, OSR, time. */
public final class NativeStatistics {
    private NativeStatistics() {}

    private static final AtomicLong UNITS_LINKED = new AtomicLong();
    private static final AtomicLong FUNCTIONS_NATIVE = new AtomicLong();
    private static final AtomicLong COMPILES = new AtomicLong();
    private static final AtomicLong CACHE_HITS = new AtomicLong();
    private static final Map<String, AtomicLong> CACHE_MISSES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> NOT_COMPILED = new ConcurrentHashMap<>();
    private static final AtomicLong DEOPTS = new AtomicLong();
    private static final AtomicLong OSR_ENTRIES = new AtomicLong();
    private static final AtomicLong LEFT_IN_INTERPRETER = new AtomicLong();
    private static final AtomicLong RECOMPILES_AFTER_DEOPTS = new AtomicLong();
    private static final AtomicLong WARM_STARTS = new AtomicLong();
    private static final AtomicLong IDLE_BEFORE = new AtomicLong();
    private static final AtomicLong REFUSED_BEFORE = new AtomicLong();
    private static final AtomicLong CODE_OBJECTS_NATIVE = new AtomicLong();
    private static final AtomicLong LLVM_LOAD_NANOS = new AtomicLong();
    private static final AtomicLong CACHE_OPEN_NANOS = new AtomicLong();
    private static final AtomicLong GUARDS_INVALIDATED = new AtomicLong();
    private static final AtomicLong KEPT_IN_TIER1 = new AtomicLong();
    /**
     * Calls into native code from Java. A plain counter, not an atomic one: Python code, the only
     * caller, runs holding the global interpreter lock, and an atomic add per call was a measurable
     * part of a call into a small native function.
     */
    private static long nativeCalls;
    private static final AtomicLong PLAN_NANOS = new AtomicLong();
    private static final AtomicLong IR_NANOS = new AtomicLong();
    private static final AtomicLong OPTIMIZE_NANOS = new AtomicLong();
    private static final AtomicLong CODEGEN_NANOS = new AtomicLong();
    private static final AtomicLong LOOKUP_NANOS = new AtomicLong();
    private static final AtomicLong LINK_NANOS = new AtomicLong();
    private static final AtomicLong PLAN_KEY_NANOS = new AtomicLong();
    private static final AtomicLong LINKED_FROM_PLAN = new AtomicLong();
    private static final AtomicLong COMPILED_AT_EXIT = new AtomicLong();
    private static final AtomicLong DROPPED_AT_EXIT = new AtomicLong();
    private static final AtomicLong EXIT_NANOS = new AtomicLong();

    /** A function left to the lower tiers at its first call because an earlier run refused its unit. */
    public static void refusedBefore() {
        REFUSED_BEFORE.incrementAndGet();
    }

    /** Functions left to the lower tiers at their first call because an earlier run refused their units. */
    public static long refusedBeforeCount() {
        return REFUSED_BEFORE.get();
    }

    /** A queued unit compiled and stored at the end of the run, for later runs. */
    public static void compiledAtExit() {
        COMPILED_AT_EXIT.incrementAndGet();
    }

    /** Queued units left when the end-of-run budget ran out. */
    public static void droppedAtExit(int units) {
        DROPPED_AT_EXIT.addAndGet(units);
    }

    /** Time the end of the run spent finishing queued compiles. */
    public static void timeExitCompiles(long nanos) {
        EXIT_NANOS.addAndGet(nanos);
    }

    /** Units compiled at the end of this run for later runs. */
    public static long compiledAtExitCount() {
        return COMPILED_AT_EXIT.get();
    }

    public static void unitLinked(int functions) {
        UNITS_LINKED.incrementAndGet();
        FUNCTIONS_NATIVE.addAndGet(functions);
    }

    public static void compiled(long optimizeNanos, long codegenNanos) {
        COMPILES.incrementAndGet();
        OPTIMIZE_NANOS.addAndGet(optimizeNanos);
        CODEGEN_NANOS.addAndGet(codegenNanos);
    }

    /** A unit linked from the object its plan key's profile record names: no IR was built for it. */
    public static void linkedFromPlan() {
        LINKED_FROM_PLAN.incrementAndGet();
    }

    /** Units linked without building IR this run. */
    public static long linkedFromPlanCount() {
        return LINKED_FROM_PLAN.get();
    }

    public static void timePlanKey(long nanos) {
        PLAN_KEY_NANOS.addAndGet(nanos);
    }

    public static void cacheHit() {
        CACHE_HITS.incrementAndGet();
    }

    public static void cacheMiss(String reason) {
        CACHE_MISSES.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    public static void notCompiled(String reason) {
        NOT_COMPILED.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    /** Units not compiled this run for {@code reason}. */
    public static long notCompiledCount(String reason) {
        AtomicLong n = NOT_COMPILED.get(reason);
        return n == null ? 0 : n.get();
    }

    /**
     * A short function without loops or calls stays in tier 1 when called from Java (counted once per
     * code object); native callers and calls from the interpreter may still run it natively.
     */
    public static void keptInTier1() {
        KEPT_IN_TIER1.incrementAndGet();
    }

    public static long keptInTier1Count() {
        return KEPT_IN_TIER1.get();
    }

    public static void deopt() {
        DEOPTS.incrementAndGet();
    }

    public static void osrEntry() {
        OSR_ENTRIES.incrementAndGet();
    }

    public static void leftInInterpreter() {
        LEFT_IN_INTERPRETER.incrementAndGet();
    }

    /** A unit that kept deoptimizing was dropped and its function asked to be compiled again. */
    public static void recompileAfterDeopts() {
        RECOMPILES_AFTER_DEOPTS.incrementAndGet();
    }

    /** A function's first call found a profile of an earlier run that compiled it for these argument kinds. */
    public static void warmStart() {
        WARM_STARTS.incrementAndGet();
    }

    /** A function's first call found that earlier runs linked its units but never (or barely) entered them: none is linked now. */
    public static void idleBefore() {
        IDLE_BEFORE.incrementAndGet();
    }

    /** Functions kept in the lower tier this run because earlier runs never (or barely) entered their units. */
    public static long idleBeforeCount() {
        return IDLE_BEFORE.get();
    }

    /** Warm starts this run. */
    public static long warmStarts() {
        return WARM_STARTS.get();
    }

    /** A code object got its first native unit (it now runs in tier 2). */
    public static void codeObjectNative() {
        CODE_OBJECTS_NATIVE.incrementAndGet();
    }

    /** Loading LLVM's library, initializing the target and creating the JIT (once per process). */
    public static void timeLlvmLoad(long nanos) {
        LLVM_LOAD_NANOS.addAndGet(nanos);
    }

    /** Opening the object cache for the native tier (RocksDB's library and database), when it was not open yet. */
    public static void timeCacheOpen(long nanos) {
        CACHE_OPEN_NANOS.addAndGet(nanos);
    }

    /** Recompiles of units that kept deoptimizing this run. */
    public static long recompilesAfterDeopts() {
        return RECOMPILES_AFTER_DEOPTS.get();
    }

    /** Functions left in the lower tier for deoptimizing too often this run. */
    public static long leftInLowerTier() {
        return LEFT_IN_INTERPRETER.get();
    }

    public static void guardsInvalidated(int n) {
        GUARDS_INVALIDATED.addAndGet(n);
    }

    public static void nativeCall() {
        nativeCalls++;
    }

    public static long nativeCallCount() {
        return nativeCalls;
    }

    public static void timePlan(long nanos) {
        PLAN_NANOS.addAndGet(nanos);
    }

    public static void timeIr(long nanos) {
        IR_NANOS.addAndGet(nanos);
    }

    public static void timeLookup(long nanos) {
        LOOKUP_NANOS.addAndGet(nanos);
    }

    public static void timeLink(long nanos) {
        LINK_NANOS.addAndGet(nanos);
    }

    /** Native compiles (O2 + code generation) this run. */
    public static long compiles() {
        return COMPILES.get();
    }

    /** Units linked this run (from the cache or freshly compiled). */
    public static long unitsLinked() {
        return UNITS_LINKED.get();
    }

    /** Cache misses this run, all reasons. */
    public static long cacheMisses() {
        return CACHE_MISSES.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Cache misses this run by reason, e.g. {@code {absent=3}}. */
    public static String cacheMissReasons() {
        TreeMap<String, Long> m = new TreeMap<>();
        CACHE_MISSES.forEach((k, v) -> m.put(k, v.get()));
        return m.toString();
    }

    /** Deoptimizations this run. */
    public static long deopts() {
        return DEOPTS.get();
    }

    /** OSR entries this run. */
    public static long osrEntries() {
        return OSR_ENTRIES.get();
    }

    private static String reasons(Map<String, AtomicLong> m) {
        if (m.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(" (");
        new TreeMap<>(m).forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v.get()));
        return sb.append(')').toString();
    }

    /** The native tier's part of the {@code -s} report (empty when the tier did nothing). */
    public static String report() {
        if (UNITS_LINKED.get() == 0 && NOT_COMPILED.isEmpty() && KEPT_IN_TIER1.get() == 0 && CACHE_MISSES.isEmpty() && IDLE_BEFORE.get() == 0
                && REFUSED_BEFORE.get() == 0) return "";
        return String.format("""
                  code objects in tier 2     %8d   (%d at the first call, from an earlier run's profile; %d not linked: earlier runs barely or never entered their units)
                  native units linked        %8d   (%d functions, %d native calls from Java)
                  native compiles            %8d   (%d of them at exit, for later runs: %.1f ms; %d dropped at exit)
                  native cache hits          %8d   (%d by plan key, without IR)
                  native cache misses        %8d%s
                  not compiled               %8d%s; refused in an earlier run: %d
                  deoptimizations            %8d   (%d guards invalidated)
                  recompiled after deopts    %8d
                  left in lower tier         %8d   (kept deoptimizing)
                  kept in tier 1             %8d   (small functions without loops or calls, when called from Java)
                  OSR entries                %8d
                  native time                         plan %.1f ms, plan key %.1f ms, IR %.1f ms, O2 %.1f ms, codegen %.1f ms, cache lookup %.1f ms, link %.1f ms
                  native start-up                     LLVM load + JIT %.1f ms, object cache open %.1f ms
                """, CODE_OBJECTS_NATIVE.get(), WARM_STARTS.get(), IDLE_BEFORE.get(), UNITS_LINKED.get(), FUNCTIONS_NATIVE.get(), nativeCalls, COMPILES.get(),
                COMPILED_AT_EXIT.get(), EXIT_NANOS.get() / 1e6, DROPPED_AT_EXIT.get(),
                CACHE_HITS.get(), LINKED_FROM_PLAN.get(), cacheMisses(), reasons(CACHE_MISSES), NOT_COMPILED.values().stream().mapToLong(AtomicLong::get).sum(),
                reasons(NOT_COMPILED), REFUSED_BEFORE.get(), DEOPTS.get(), GUARDS_INVALIDATED.get(), RECOMPILES_AFTER_DEOPTS.get(),
                LEFT_IN_INTERPRETER.get(), KEPT_IN_TIER1.get(), OSR_ENTRIES.get(), PLAN_NANOS.get() / 1e6, PLAN_KEY_NANOS.get() / 1e6, IR_NANOS.get() / 1e6,
                OPTIMIZE_NANOS.get() / 1e6, CODEGEN_NANOS.get() / 1e6, LOOKUP_NANOS.get() / 1e6, LINK_NANOS.get() / 1e6,
                LLVM_LOAD_NANOS.get() / 1e6, CACHE_OPEN_NANOS.get() / 1e6);
    }

    /** Nanoseconds this run spent planning native units, keying plans and emitting IR (IR only on a plan-key miss). */
    public static long irNanos() {
        return PLAN_NANOS.get() + PLAN_KEY_NANOS.get() + IR_NANOS.get();
    }

    /** Nanoseconds this run spent compiling native code (optimization and code generation: what a cache hit saves). */
    public static long compileNanos() {
        return OPTIMIZE_NANOS.get() + CODEGEN_NANOS.get();
    }

    /** Nanoseconds this run spent looking native objects up in the cache. */
    public static long lookupNanos() {
        return LOOKUP_NANOS.get();
    }

    /** Nanoseconds this run spent linking native objects. */
    public static long linkNanos() {
        return LINK_NANOS.get();
    }
}
