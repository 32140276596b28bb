package org.pyjit.runtime.stats;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters for {@code pyjit -s}: what this run compiled, loaded from the cache, and how long each
 * start-up stage took (parse, bytecode compile, tier-1 compile, native compile, cache lookups,
 * loading and linking cached artifacts).
 */
public final class RuntimeStatistics {
    private RuntimeStatistics() {}

    private static final AtomicLong MODULES_COMPILED = new AtomicLong();
    private static final AtomicLong MODULE_COMPILE_NANOS = new AtomicLong();
    private static final AtomicLong MODULES_FROM_CACHE = new AtomicLong();
    private static final AtomicLong MODULES_LOADED_AHEAD = new AtomicLong();
    private static final AtomicLong MODULE_CACHE_NANOS = new AtomicLong();
    private static final AtomicLong STRINGS_FROM_CACHE = new AtomicLong();
    private static final AtomicLong STRING_CACHE_NANOS = new AtomicLong();
    private static final AtomicLong REGEX_PROGRAMS_FROM_CACHE = new AtomicLong();
    private static final AtomicLong PARSE_NANOS = new AtomicLong();
    private static final AtomicLong BYTECODE_NANOS = new AtomicLong();
    private static final AtomicLong CACHE_OPEN_NANOS = new AtomicLong();
    private static final AtomicLong CACHE_BACKGROUND_OPEN_NANOS = new AtomicLong();
    private static final AtomicLong CACHE_LOOKUPS = new AtomicLong();
    private static final AtomicLong CACHE_KEY_NANOS = new AtomicLong();
    private static final AtomicLong CACHE_LOOKUP_NANOS = new AtomicLong();
    private static final AtomicLong TIER1_GENERATE_NANOS = new AtomicLong();
    private static final AtomicLong TIER1_DEFINE_NANOS = new AtomicLong();
    private static final AtomicLong TIER1_FROM_CACHE = new AtomicLong();

    public static void moduleCompiled(long nanos) {
        MODULES_COMPILED.incrementAndGet();
        MODULE_COMPILE_NANOS.addAndGet(nanos);
    }

    /** A module's bytecode came from the cache, read and decoded ahead by the import prefetch's thread. */
    public static void moduleLoadedAhead() {
        MODULES_LOADED_AHEAD.incrementAndGet();
        moduleCacheHit(0);
    }

    /** A module's bytecode was read from the cache; {@code nanos}: decoding it (the lookup is counted apart). */
    public static void moduleCacheHit(long nanos) {
        MODULES_FROM_CACHE.incrementAndGet();
        MODULE_CACHE_NANOS.addAndGet(nanos);
    }

    /** The code of an {@code exec}/{@code eval} string was read from the cache (looked up, then deserialized in {@code nanos}). */
    public static void stringCodeLoaded(long nanos) {
        STRINGS_FROM_CACHE.incrementAndGet();
        STRING_CACHE_NANOS.addAndGet(nanos);
    }

    /** A regular expression's program was rebuilt from the cache instead of compiled by {@code re._compiler}. */
    public static void regexProgramLoaded() {
        REGEX_PROGRAMS_FROM_CACHE.incrementAndGet();
    }

    /** Source text was parsed and compiled to bytecode (modules, scripts, exec and compile). */
    public static void parsedAndCompiled(long parseNanos, long compileNanos) {
        PARSE_NANOS.addAndGet(parseNanos);
        BYTECODE_NANOS.addAndGet(compileNanos);
    }

    /** The object cache was opened (RocksDB loaded and opened), or the program waited {@code nanos} for its background open. */
    public static void cacheOpened(long nanos) {
        CACHE_OPEN_NANOS.addAndGet(nanos);
    }

    /** The object cache's background open took {@code nanos} (on its own thread, overlapping the program's start). */
    public static void cacheOpenedInBackground(long nanos) {
        CACHE_BACKGROUND_OPEN_NANOS.addAndGet(nanos);
    }

    /** A cache key was computed (hashing the source or the serialized code object). */
    public static void cacheKey(long nanos) {
        CACHE_KEY_NANOS.addAndGet(nanos);
    }

    /** One lookup of module bytecode or a tier-1 class in the object cache. */
    public static void cacheLookup(long nanos) {
        CACHE_LOOKUPS.incrementAndGet();
        CACHE_LOOKUP_NANOS.addAndGet(nanos);
    }

    /** A tier-1 class was generated ({@code generateNanos}) and defined ({@code defineNanos}). */
    public static void tier1Generated(long generateNanos, long defineNanos) {
        TIER1_GENERATE_NANOS.addAndGet(generateNanos);
        TIER1_DEFINE_NANOS.addAndGet(defineNanos);
    }

    /** A tier-1 class was defined from cached bytes. */
    public static void tier1Loaded(long defineNanos) {
        TIER1_FROM_CACHE.incrementAndGet();
        TIER1_DEFINE_NANOS.addAndGet(defineNanos);
    }

    /** Modules (and main scripts) parsed and compiled this run. */
    public static long modulesCompiled() {
        return MODULES_COMPILED.get();
    }

    /** Modules whose bytecode came from the cache this run. */
    public static long modulesFromCache() {
        return MODULES_FROM_CACHE.get();
    }

    /** Tier-1 classes defined from the cache this run. */
    public static long tier1FromCache() {
        return TIER1_FROM_CACHE.get();
    }

    /**
     * Milliseconds since the JVM started (its start-up included, as a user's stopwatch sees it, less the
     * launcher script's few milliseconds). Not the process's start instant: Linux gives that from the boot
     * time, which has whole-second resolution, so it read up to a second high.
     */
    private static double wallMillis() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** The report {@code -s} prints on stderr at exit. */
    public static String report() {
        return String.format("""
                pyjit statistics
                  wall time                  %8.1f ms
                  modules compiled           %8d   (%.1f ms parse + bytecode compile)
                  modules from cache         %8d   (%.1f ms load, %d loaded ahead; exec/eval strings %d, %.1f ms; regex programs %d)
                  start-up stages                     parse %.1f ms, bytecode compile %.1f ms, tier-1 compile %.1f ms, native IR %.1f ms, native compile %.1f ms
                                                      cache open %.1f ms (background %.1f ms), keys %.1f ms, cache lookups %.1f ms (%d + native %.1f ms), module load %.1f ms, string code load %.1f ms, linking: tier-1 define %.1f ms, native link %.1f ms
                """, wallMillis(), MODULES_COMPILED.get(), MODULE_COMPILE_NANOS.get() / 1e6,
                MODULES_FROM_CACHE.get(), MODULE_CACHE_NANOS.get() / 1e6, MODULES_LOADED_AHEAD.get(), STRINGS_FROM_CACHE.get(), STRING_CACHE_NANOS.get() / 1e6, REGEX_PROGRAMS_FROM_CACHE.get(),
                PARSE_NANOS.get() / 1e6, BYTECODE_NANOS.get() / 1e6, TIER1_GENERATE_NANOS.get() / 1e6,
                NativeStatistics.irNanos() / 1e6, NativeStatistics.compileNanos() / 1e6, CACHE_OPEN_NANOS.get() / 1e6, CACHE_BACKGROUND_OPEN_NANOS.get() / 1e6, CACHE_KEY_NANOS.get() / 1e6, CACHE_LOOKUP_NANOS.get() / 1e6, CACHE_LOOKUPS.get(),
                NativeStatistics.lookupNanos() / 1e6, MODULE_CACHE_NANOS.get() / 1e6, STRING_CACHE_NANOS.get() / 1e6, TIER1_DEFINE_NANOS.get() / 1e6,
                NativeStatistics.linkNanos() / 1e6)
                + org.pyjit.runtime.cache.RuntimeCache.remoteReport()
                + org.pyjit.runtime.baseline.BaselineStats.report() + NativeStatistics.report();
    }
}
