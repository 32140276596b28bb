package org.pyjit.tools.aot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pyjit.objcache.CacheMode;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.modules.StdlibLocation;
import org.pyjit.tools.bench.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pyjit aot}: fills the object cache ahead of time so that later runs start warm.
 * {@code --stdlib} compiles every module of the standard library to bytecode (plus the tier-1
 * classes of the functions earlier runs' profiles name); {@code --train PROGRAM.py [ARGS]} runs a
 * program and precompiles what it made hot; {@code --opt-level N} is the LLVM optimization level
 * of native code compiled meanwhile. Exit codes: 0 done (modules that do not compile are reported
 * and skipped), 1 the cache cannot be used, 2 bad usage.
 */
@Command(name = "aot", sortOptions = false,
        description = "Precompile the standard library and/or a training program into the cache.",
        footer = "Program arguments that start with '-' go after '--': pyjit aot --train prog.py -- --flag")
public final class AotCommand implements Callable<Integer> {
    @Option(names = "--stdlib", description = "Compile every module of the standard library (found at run time) to bytecode, "
            + "plus tier-1 classes for the functions the profiles name.")
    boolean stdlib;

    @Option(names = "--train", paramLabel = "PROGRAM.py", description = "Run PROGRAM.py (with ARGS), then precompile what it made hot.")
    Path train;

    @Option(names = "--opt-level", paramLabel = "N", description = "LLVM optimization level (0-3) for native code "
            + "compiled by this command (passed on as -X native-opt-level=N).")
    Integer optLevel;

    @Option(names = "--include-tests", description = "With --stdlib: also the library's test packages (test/, idlelib/idle_test/, ...).")
    boolean includeTests;

    @Option(names = "-X", paramLabel = "OPTION", description = "A pyjit -X option for the training run (tiers, thresholds).")
    List<String> xOptions = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "ARGS", description = "Arguments of the training program.")
    List<String> programArgs = new ArrayList<>();

    @Override
    public Integer call() {
        try {
            return precompile();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // never a stack trace for the user
            System.out.flush();
            System.err.println("pyjit aot: stopped by an internal error: " + AotErrors.describe(e));
            return 1;
        }
    }

    private int precompile() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (!stdlib && train == null) {
            err.println("pyjit aot: nothing to do; give --stdlib and/or --train PROGRAM.py");
            return 2;
        }
        if (train == null && !programArgs.isEmpty()) {
            err.println("pyjit aot: arguments " + programArgs + " given without --train");
            return 2;
        }
        if (optLevel != null) {
            if (optLevel < 0 || optLevel > 3) {
                err.println("pyjit aot: --opt-level must be 0, 1, 2 or 3");
                return 2;
            }
            System.setProperty(NATIVE_OPT_LEVEL_PROPERTY, Integer.toString(optLevel));
        }
        for (String x : xOptions) {
            try {
                org.pyjit.tools.Main.applyXOption(x);
            } catch (IllegalArgumentException bad) {
                err.println("pyjit aot: " + bad.getMessage());
                return 2;
            }
        }
        ObjectCache cache = RuntimeCache.get();
        if (cache == null || cache.mode() == CacheMode.DISABLED) {
            err.println("pyjit aot: the object cache is off or cannot be used; nothing to precompile into");
            return 1;
        }
        PyRuntime.bootstrap();
        CacheCensus before = CacheCensus.of(cache);
        long t0 = System.nanoTime();
        AotSummary summary = new AotSummary();
        ProgressLine progress = quiet ? ProgressLine.silent() : ProgressLine.onStandardError();
        int status = 0;
        if (train != null) {
            List<String> argv = new ArrayList<>();
            argv.add(train.toString());
            argv.addAll(programArgs);
            progress.note("pyjit aot: training run of " + train);
            org.pyjit.runtime.nativecode.NativeTier.trainingRunStarting();
            status = PyRuntime.run(new PyRuntime.Script(train.toString()), argv);
            System.out.flush();
            progress.note("pyjit aot: finishing the native compiles the training run queued");
            org.pyjit.runtime.nativecode.NativeTier.awaitCompiles(TRAINING_COMPILES_MILLIS);
            summary.trainingStatus = status;
            new HotCodePrecompiler(cache, summary, progress).precompileHotCode();
        }
        if (stdlib) {
            Path lib = Path.of(StdlibLocation.directory());
            if (!StdlibLocation.isPresent()) {
                err.println("pyjit aot: no standard library at " + lib + " (set PYJIT_STDLIB to CPython 3.11's Lib directory)");
                return 1;
            }
            List<Path> files = StdlibFiles.list(lib, includeTests);
            new StdlibPrecompiler(cache, summary, progress).compileAll(lib, files);
        }
        progress.clear();
        summary.elapsedNanos = System.nanoTime() - t0;
        summary.added = CacheCensus.of(cache).minus(before);
        out.print(summary.report(optLevel));
        out.flush();
        return Math.max(0, summary.trainingStatus); // the training program's status, else 0
    }

    /** How long {@code --train} waits for the training run's queued native compiles. */
    private static final long TRAINING_COMPILES_MILLIS = 300_000;

    /** The system property {@code -X native-opt-level=N} sets, read by the native tier. */
    public static final String NATIVE_OPT_LEVEL_PROPERTY = org.pyjit.compiler.llvm.NativeUnitCompiler.OPT_LEVEL_PROPERTY;
}
