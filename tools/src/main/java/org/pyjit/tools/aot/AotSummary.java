package org.pyjit.tools.aot;

import java.util.Locale;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.runtime.baseline.BaselineCompiler;
import org.pyjit.runtime.baseline.BaselineStats;
import org.pyjit.runtime.baseline.Tier1ClassCache;
import org.pyjit.runtime.stats.NativeStatistics;
import org.pyjit.runtime.stats.RuntimeStatistics;

/** What one {@code pyjit aot} did, and the summary it prints at the end. */
final class AotSummary {
    int modulesCompiled;
    int modulesCached;
    int moduleErrors;
    int tier1Precompiled;
    int tier1Cached;
    int tier1NotCompilable;
    /** The training program's exit status; -1 when there was no training run. */
    int trainingStatus = -1;
    boolean trained;
    long elapsedNanos;
    CacheCensus added;

    /** Stores {@code code}'s tier-1 class unless cached; counts what happened. */
    void precompileTier1(ObjectCache cache, CodeObject code) {
        precompileTier1(cache, code, null);
    }

    /** The same for the code at a known position of a module (null: found through the runtime's registry). */
    void precompileTier1(ObjectCache cache, CodeObject code, Tier1ClassCache.CodePosition position) {
        try {
            long added = position == null ? Tier1ClassCache.precompile(cache, code) : Tier1ClassCache.precompile(cache, code, position);
            if (added > 0) tier1Precompiled++;
            else tier1Cached++;
        } catch (BaselineCompiler.NotCompilable e) {
            tier1NotCompilable++;
        } catch (RuntimeException | LinkageError e) {
            tier1NotCompilable++;
        }
    }

    String report(Integer optLevel) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "pyjit aot: done in %.1f s%n", elapsedNanos / 1e9));
        if (modulesCompiled + modulesCached + moduleErrors > 0) {
            b.append(String.format(Locale.ROOT, "  stdlib modules     %d compiled, %d already cached, %d skipped (errors above)%n",
                    modulesCompiled, modulesCached, moduleErrors));
        }
        if (trainingStatus >= 0) {
            b.append(String.format(Locale.ROOT,
                    "  training run       exit status %d; modules %d compiled, %d from cache; tier 1: %d compiled, %d from cache;"
                            + " native: %d compiled, %d units linked%n",
                    trainingStatus, RuntimeStatistics.modulesCompiled(), RuntimeStatistics.modulesFromCache(),
                    BaselineStats.compiledCount(), BaselineStats.loadedCount(), NativeStatistics.compiles(),
                    NativeStatistics.unitsLinked()));
        }
        b.append(String.format(Locale.ROOT, "  tier-1 classes     %d precompiled from profiles, %d already cached, %d not compilable%n",
                tier1Precompiled, tier1Cached, tier1NotCompilable));
        if (added != null) {
            b.append(String.format(Locale.ROOT,
                    "  added to cache     %d module bytecode, %d tier-1 classes, %d native objects: %s%n",
                    added.of(ArtifactKind.MODULE_BYTECODE), added.of(ArtifactKind.TIER1_CLASS), added.of(ArtifactKind.NATIVE_OBJECT),
                    humanBytes(added.bytes())));
        }
        if (optLevel != null) {
            b.append("  native opt level   ").append(optLevel).append(" (passed to the native tier as -X native-opt-level)")
                    .append(System.lineSeparator());
        }
        return b.toString();
    }

    static String humanBytes(long n) {
        if (Math.abs(n) < 1024) return n + " B";
        if (Math.abs(n) < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
}
