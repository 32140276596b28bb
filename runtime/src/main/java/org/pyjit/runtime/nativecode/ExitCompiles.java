package org.pyjit.runtime.nativecode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.stats.NativeStatistics;

/**
 * The end of a run: native compiles still queued are finished for later runs, when their functions
 * stayed hot after asking. A short program ends long before the compiler thread is through its queue
 * (hot_functions.py asks for 60 units two thirds into its run and had 5 done at its end), so without
 * this every later run compiled a few more of the same units. Each such unit is compiled (or found in
 * the cache) and stored with its profile, so the next run links it at its first call; nothing is
 * linked now. The program's thread works through the queue beside the compiler thread, within a time
 * budget ({@code -X native-exit-compile=MS}); what is left then is dropped, as before.
 */
public final class ExitCompiles {
    private ExitCompiles() {}

    /** Default budget: enough for a few dozen units, short next to the JVM's own start. */
    public static final long DEFAULT_BUDGET_MILLIS = 2000;

    /** The not-compiled reason of a queued unit whose function barely ran after asking. */
    public static final String COOLED_DOWN = "cooled down before exit";

    private static volatile long budgetMillis = DEFAULT_BUDGET_MILLIS;
    private static volatile boolean active;
    /** The queued jobs {@link #finish} found worth finishing (by identity). */
    private static Set<NativeCompileService.Job> worthFinishing = Set.of();
    /** {@code pyjit aot --train}: every queued unit is finished, without a budget, whether its function ran on or not. */
    private static volatile boolean training;

    /** The run is {@code pyjit aot --train}'s: its program's compiles are all finished, however long that takes. */
    static void trainingRun() {
        training = true;
    }

    /** {@code -X native-exit-compile=MS}; 0 turns finishing at exit off. */
    public static void setBudgetMillis(long millis) {
        budgetMillis = Math.max(0, millis);
    }

    /** Whether queued jobs are being finished for later runs (then they are compiled, stored and not linked). */
    static boolean active() {
        return active;
    }

    /** Finishes the queued compiles of functions that stayed hot, within the budget (all of them for a training run). */
    static void finish() {
        boolean untilDone = training;
        if (!NativeCompileService.hasQueued() || !RuntimeCache.isOpen() || budgetMillis == 0 && !untilDone) return;
        long t0 = System.nanoTime();
        long deadline = untilDone ? Long.MAX_VALUE : t0 + budgetMillis * 1_000_000;
        // decided here, on the thread that ran the program (whose counters the compiler thread may see late);
        // the volatile write of active publishes the set to the compiler thread
        Set<NativeCompileService.Job> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NativeCompileService.Job job : NativeCompileService.queuedJobs()) {
            if (untilDone || stayedHot(job.state(), job.workAtRequest())) chosen.add(job);
        }
        worthFinishing = chosen;
        active = true;
        try {
            for (Runnable r; System.nanoTime() < deadline && (r = NativeCompileService.takeQueued()) != null; ) r.run();
            NativeStatistics.droppedAtExit(NativeCompileService.dropQueued("dropped at exit"));
            NativeCompileService.awaitIdle(untilDone ? 300_000 : 20_000); // the compiler thread's job: one unit
        } finally {
            active = false;
            NativeStatistics.timeExitCompiles(System.nanoTime() - t0);
        }
    }

    /**
     * Whether the function ran on after asking (calls and back-edges since, a quarter of the lower
     * threshold): one that asked just before the end (re's {@code _parse} at the end of an import) would
     * have its unit linked at the first call of every later run, loading LLVM for code that barely runs.
     */
    static boolean stayedHot(NativeCodeState st, long workAtRequest) {
        return st.work - workAtRequest >= NativeTier.minThreshold() / 4;
    }

    /** Compiles a queued job's unit and stores it with its profile, without linking it. */
    static void compile(NativeCompileService.Job job) {
        if (job.warm() == null) return; // no profile to store it under: a later run could not find it
        if (!worthFinishing.contains(job)) {
            NativeStatistics.notCompiled(COOLED_DOWN);
            return;
        }
        ObjectCache cache = RuntimeCache.isOpen() ? RuntimeCache.get() : null;
        if (cache == null) return;
        try {
            ObjectCacheKey planKey = NativeCompileService.planKey(job.plan());
            if (NativeWarmStart.objectKeyFor(job.warm(), planKey) != null) return; // an earlier run stored it
            ObjectCacheKey key = NativeCompileService.compileUnit(job, cache, null).key();
            NativeWarmStart.recordForLaterRuns(job.warm(), key, planKey);
            NativeStatistics.compiledAtExit();
        } catch (RuntimeException | LinkageError e) {
            NativeStatistics.notCompiled("failed");
        }
    }
}
