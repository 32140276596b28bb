package org.pyjit.tools.aot;

import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.runtime.baseline.Tier1Profiles;
import org.pyjit.tools.bench.ProgressLine;

/**
 * After a training run: the tier-1 classes of every code object the run (or an earlier one) made
 * hot, in every module it loaded. Most are in the cache already (the run stored them when it
 * compiled them); this catches those whose profile came from earlier runs.
 */
final class HotCodePrecompiler {
    private final ObjectCache cache;
    private final AotSummary summary;
    private final ProgressLine progress;

    HotCodePrecompiler(ObjectCache cache, AotSummary summary, ProgressLine progress) {
        this.cache = cache;
        this.summary = summary;
        this.progress = progress;
    }

    void precompileHotCode() {
        List<CodeObject> hot = Tier1Profiles.hotCode();
        int n = 0;
        for (CodeObject code : hot) {
            progress.show(++n, hot.size(), code.qualname, summary.moduleErrors + " errors", "tier-1 class");
            summary.precompileTier1(cache, code);
        }
    }
}
