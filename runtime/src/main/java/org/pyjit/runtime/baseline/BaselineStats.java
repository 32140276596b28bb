package org.pyjit.runtime.baseline;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.pyjit.compiler.bytecode.CodeObject;

/** The baseline tier's counters for {@code pyjit -s}. */
public final class BaselineStats {
    private BaselineStats() {}

    /** Inline-cache site states, in the order {@link #report} prints them. */
    public enum SiteState { UNINITIALIZED, MONOMORPHIC, POLYMORPHIC, MEGAMORPHIC }

    private static final AtomicLong CODE_STARTED = new AtomicLong();
    private static final AtomicLong COMPILED = new AtomicLong();
    private static final AtomicLong COMPILE_NANOS = new AtomicLong();
    private static final AtomicLong LOADED = new AtomicLong();
    private static final AtomicLong LOAD_NANOS = new AtomicLong();
    private static final AtomicLong REJECTED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static final AtomicLong OSR_ENTRIES = new AtomicLong();
    private static final AtomicLong DEOPTS = new AtomicLong();
    private static final AtomicLong IC_MISSES = new AtomicLong();
    private static final AtomicLong IC_INVALIDATIONS = new AtomicLong();
    private static final AtomicLongArray SITES = new AtomicLongArray(SiteState.values().length);
    private static final AtomicLong SITES_EMITTED = new AtomicLong();
    private static final AtomicLong SITES_CREATED = new AtomicLong();
    private static long[] compileTimes = new long[64];
    private static int compileTimeCount;

    static void codeStarted() {
        CODE_STARTED.incrementAndGet();
    }

    static synchronized void compiled(CodeObject code, long nanos) {
        COMPILED.incrementAndGet();
        COMPILE_NANOS.addAndGet(nanos);
        if (compileTimeCount == compileTimes.length) compileTimes = Arrays.copyOf(compileTimes, compileTimeCount * 2);
        compileTimes[compileTimeCount++] = nanos;
    }

    /** A baseline class was defined from the object cache instead of generated. */
    static void loadedFromCache(long nanos) {
        LOADED.incrementAndGet();
        LOAD_NANOS.addAndGet(nanos);
    }

    /** Baseline classes defined from the cache this run. */
    public static long loadedCount() {
        return LOADED.get();
    }

    static void rejected() {
        REJECTED.incrementAndGet();
    }

    static void failed() {
        FAILED.incrementAndGet();
    }

    static void osrEntry() {
        OSR_ENTRIES.incrementAndGet();
    }

    static void deopt() {
        DEOPTS.incrementAndGet();
    }

    /** A new inline-cache site (uninitialized). */
    public static void siteCreated() {
        SITES.incrementAndGet(SiteState.UNINITIALIZED.ordinal());
        SITES_CREATED.incrementAndGet();
    }

    /** A baseline class with {@code n} inline-cache sites was loaded (they link when first run). */
    static void sitesEmitted(int n) {
        SITES_EMITTED.addAndGet(n);
    }

    /** A site moved from one state to another. */
    public static void siteTransition(SiteState from, SiteState to) {
        if (from == to) return;
        SITES.decrementAndGet(from.ordinal());
        SITES.incrementAndGet(to.ordinal());
    }

    /** A site's guards all failed and it went to its generic path to relink. */
    public static void icMiss() {
        IC_MISSES.incrementAndGet();
    }

    /** A cached entry became stale (a class changed, a global was rebound) and was dropped. */
    public static void icInvalidation() {
        IC_INVALIDATIONS.incrementAndGet();
    }

    public static long compiledCount() {
        return COMPILED.get();
    }

    public static long sites(SiteState s) {
        return SITES.get(s.ordinal());
    }

    public static long misses() {
        return IC_MISSES.get();
    }

    public static long invalidations() {
        return IC_INVALIDATIONS.get();
    }

    public static long osrEntries() {
        return OSR_ENTRIES.get();
    }

    /** Median and worst compile time in microseconds ({0, 0} when nothing was compiled). */
    public static synchronized double[] compileMicrosMedianAndWorst() {
        if (compileTimeCount == 0) return new double[] {0, 0};
        long[] t = Arrays.copyOf(compileTimes, compileTimeCount);
        Arrays.sort(t);
        double median = t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2.0;
        return new double[] {median / 1e3, t[t.length - 1] / 1e3};
    }

    /** Sites in loaded baseline code that never ran (so never linked). */
    private static long neverRun() {
        return Math.max(0, SITES_EMITTED.get() - SITES_CREATED.get());
    }

    /** The lines {@code -s} adds for tier 1. */
    public static String report() {
        double[] mw = compileMicrosMedianAndWorst();
        long started = CODE_STARTED.get(), compiled = COMPILED.get(), tier1 = compiled + LOADED.get();
        return String.format("""
                  code objects run           %8d   (tier 0 only: %d, tier 1: %d)
                  baseline compiles          %8d   (%.1f ms; per code object median %.0f us, worst %.0f us)
                  baseline classes cached    %8d   (%.1f ms lookup + define)
                  baseline not compiled      %8d   (too large or unsupported: %d, failed: %d)
                  OSR entries into tier 1    %8d
                  tier 1 -> tier 0 exits     %8d
                  IC sites                   %8d   (uninitialized %d, monomorphic %d, polymorphic %d, megamorphic %d)
                  IC misses                  %8d
                  IC invalidations           %8d   (stale class versions %d, rebound watched names %d)
                """, started, started - tier1, tier1, compiled, COMPILE_NANOS.get() / 1e6, mw[0], mw[1],
                LOADED.get(), LOAD_NANOS.get() / 1e6,
                REJECTED.get() + FAILED.get(), REJECTED.get(), FAILED.get(), OSR_ENTRIES.get(), DEOPTS.get(),
                SITES.get(0) + SITES.get(1) + SITES.get(2) + SITES.get(3) + neverRun(),
                SITES.get(0) + neverRun(), SITES.get(1), SITES.get(2), SITES.get(3),
                IC_MISSES.get(), IC_INVALIDATIONS.get() + org.pyjit.runtime.objects.KeyCell.rebinds(), IC_INVALIDATIONS.get(),
                org.pyjit.runtime.objects.KeyCell.rebinds());
    }
}
