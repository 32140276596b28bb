package org.pyjit.tools.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.runtime.baseline.Tier1ClassCache;
import org.pyjit.runtime.baseline.Tier1Profiles;
import org.pyjit.runtime.imports.ModuleCodeCache;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.tools.bench.ProgressLine;

/**
 * Compiles standard-library modules into the cache one by one: bytecode for each, then the
 * tier-1 classes of the code objects the module's tier-1 profile names. A module that does not
 * compile is reported with its error and skipped.
 */
final class StdlibPrecompiler {
    private final ObjectCache cache;
    private final AotSummary summary;
    private final ProgressLine progress;

    StdlibPrecompiler(ObjectCache cache, AotSummary summary, ProgressLine progress) {
        this.cache = cache;
        this.summary = summary;
        this.progress = progress;
    }

    void compileAll(Path lib, List<Path> files) {
        int n = 0;
        for (Path file : files) {
            n++;
            String module = StdlibFiles.moduleName(lib, file);
            progress.show(n, files.size(), module, summary.moduleErrors + " errors", "module bytecode");
            String error = compileOne(file);
            if (error != null) {
                summary.moduleErrors++;
                progress.clear(); // errors are shown with or without the progress line
                System.err.println("pyjit aot: skipped " + module + " (" + file + "): " + error);
                System.err.flush();
            }
        }
    }

    /** Compiles one module (and its profiled tier-1 classes); the error, or null. */
    String compileOne(Path file) {
        String filename = file.toString();
        ModuleCodeCache.Precompiled done;
        try {
            String source = SourceCompiler.decode(Files.readAllBytes(file), filename);
            done = ModuleCodeCache.precompile(cache, source, filename);
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return AotErrors.describe(e);
        }
        if (done.wasCached()) summary.modulesCached++;
        else summary.modulesCompiled++;
        BitSet hot = Tier1Profiles.hotSet(cache, done.key());
        if (!hot.isEmpty()) {
            List<CodeObject> codes = Tier1Profiles.codeObjects(done.code());
            for (int i = hot.nextSetBit(0); i >= 0 && i < codes.size(); i = hot.nextSetBit(i + 1)) {
                summary.precompileTier1(cache, codes.get(i), new Tier1ClassCache.CodePosition(done.key(), i));
            }
        }
        return null;
    }
}
