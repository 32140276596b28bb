package org.pyjit.runtime.stats;

import java.util.concurrent.atomic.AtomicLong;

/** Counters for {@code pyjit -s}: what this run compiled, loaded from the cache, and how long it took. */
public final class RuntimeStatistics {
    private RuntimeStatistics() {}

    private static final AtomicLong MODULES_COMPILED = new AtomicLong();
    private static final AtomicLong MODULE_COMPILE_NANOS = new AtomicLong();
    private static final AtomicLong MODULES_FROM_CACHE = new AtomicLong();
    private static final AtomicLong MODULE_CACHE_NANOS = new AtomicLong();

    public static void moduleCompiled(long nanos) {
        MODULES_COMPILED.incrementAndGet();
        MODULE_COMPILE_NANOS.addAndGet(nanos);
    }

    public static void moduleCacheHit(long nanos) {
        MODULES_FROM_CACHE.incrementAndGet();
        MODULE_CACHE_NANOS.addAndGet(nanos);
    }

    /** Milliseconds since the process started (JVM start-up included, as a user's stopwatch sees it). */
    private static double wallMillis() {
        return ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toNanos() / 1e6).orElse(0.0);
    }

    /** The report {@code -s} prints on stderr at exit. */
    public static String report() {
        return String.format("""
                pyjit statistics
                  wall time                  %8.1f ms
                  modules compiled           %8d   (%.1f ms parse + bytecode compile)
                  modules from cache         %8d   (%.1f ms lookup + load)
                """, wallMillis(), MODULES_COMPILED.get(), MODULE_COMPILE_NANOS.get() / 1e6,
                MODULES_FROM_CACHE.get(), MODULE_CACHE_NANOS.get() / 1e6)
                + org.pyjit.runtime.cache.RuntimeCache.remoteReport()
                + org.pyjit.runtime.baseline.BaselineStats.report() + NativeStatistics.report();
    }
}
