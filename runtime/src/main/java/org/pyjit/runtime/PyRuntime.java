package org.pyjit.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.errors.SourceLines;
import org.pyjit.runtime.errors.TracebackPrinter;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.runtime.interpreter.Generators;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.interpreter.InterpreterBuiltins;
import org.pyjit.runtime.modules.StdlibLocation;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.TypeRegistry;

/**
 * Starts programs the way {@code python3} does: a script, {@code -c} code or {@code -m} module
 * as {@code __main__}, with CPython's handling of uncaught exceptions and {@code SystemExit}.
 */
public final class PyRuntime {
    private PyRuntime() {}

    /** Python code runs on a thread with this stack, so deep recursion reaches RecursionError first. */
    private static final long STACK_BYTES = 2L << 30;

    private static boolean bootstrapped;

    /** Installs every builtin type, function and module (once per JVM). */
    public static synchronized void bootstrap() {
        if (bootstrapped) return;
        bootstrapped = true;
        TypeRegistry.bootstrap();
        Generators.install();
        InterpreterBuiltins.install(BuiltinsModule.namespace());
        RuntimeHooks.installModules();
    }

    /** What to run as {@code __main__}. */
    public sealed interface MainProgram permits Script, Command, ModuleName, StandardInput {}

    public record Script(String path) implements MainProgram {}

    public record Command(String code) implements MainProgram {}

    /** A program read from standard input ({@code pyjit < prog.py}, {@code pyjit - args}): its bytes. */
    public record StandardInput(byte[] source) implements MainProgram {}

    public record ModuleName(String name) implements MainProgram {}

    /** The exit status of a program ended by an uncaught {@code KeyboardInterrupt}, as CPython's. */
    private static final int KEYBOARD_INTERRUPT_STATUS = 130;

    /** Runs {@code program} with {@code argv} (sys.argv) on a large-stack thread; returns the exit status. */
    public static int run(MainProgram program, List<String> argv) {
        // a script's or module's own bytecode is looked up in the object cache before anything runs:
        // open it now, beside the bootstrap (-c and stdin programs open it at their first import, if any)
        if (program instanceof Script s && Files.isRegularFile(Path.of(s.path())) || program instanceof ModuleName) {
            org.pyjit.runtime.cache.RuntimeCache.openInBackground();
        }
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = runHere(program, argv), "MainThread", STACK_BYTES);
        org.pyjit.runtime.interpreter.SignalDelivery.install(t);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return KEYBOARD_INTERRUPT_STATUS;
        }
        // the program's output is flushed: finish what the native tier queued for later runs, unless the
        // user stopped the program (Ctrl-C), who wants the prompt back now
        if (status[0] != KEYBOARD_INTERRUPT_STATUS) org.pyjit.runtime.nativecode.NativeTier.finishCompilesForLaterRuns();
        return status[0];
    }

    /** Standard streams and working directory for an in-process run (the corpus runner's). */
    public record ProgramIO(byte[] stdin, java.io.OutputStream stdout, java.io.OutputStream stderr, Path cwd) {}

    /**
     * Runs a program on the calling thread with its own streams, working directory and a fresh
     * module table, so many programs can run one after another in one JVM.
     */
    public static synchronized int runIsolated(MainProgram program, List<String> argv, ProgramIO io) {
        bootstrap();
        RuntimeHooks.resetForProgram(io.stdin(), io.stdout(), io.stderr(), io.cwd());
        try {
            return runHere(program, argv);
        } finally {
            RuntimeHooks.resetForProgram(new byte[0], System.out, System.err, null);
        }
    }

    /** Runs on the calling thread. */
    public static int runHere(MainProgram program, List<String> argv) {
        bootstrap();
        GlobalInterpreterLock.acquire(); // when an earlier program in this JVM started threads
        org.pyjit.runtime.nativecode.NativeTier.programStarted();
        try {
            return switch (program) {
                case Script s -> runScript(s.path(), argv);
                case Command c -> runSource(c.code(), "<string>", argv, "");
                case StandardInput in -> runStandardInput(in.source(), argv);
                case ModuleName m -> runModule(m.name(), argv);
            };
        } finally {
            RuntimeHooks.atExit();
            RuntimeHooks.flushStandardStreams();
            org.pyjit.runtime.baseline.Tier1Profiles.save();
            org.pyjit.runtime.imports.ModuleCodeCache.programEnded();
            org.pyjit.runtime.nativecode.NativeTier.saveProfiles();
            GlobalInterpreterLock.release();
        }
    }

    private static int runScript(String path, List<String> argv) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (java.io.IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "[Errno 2] No such file or directory" : e.getMessage();
            System.err.println(RuntimeHooks.executableName() + ": can't open file '" + Path.of(path).toAbsolutePath() + "': " + why);
            return 2;
        }
        Path parent = Path.of(path).toAbsolutePath().normalize().getParent();
        String source;
        try {
            source = SourceCompiler.decode(bytes, path);
        } catch (PyException e) {
            return report(e);
        }
        return runSource(source, absoluteScriptPath(path), argv, parent == null ? "" : parent.toString());
    }

    /**
     * The script's {@code __file__} and code file name: absolute as CPython 3.9+ makes it, by
     * prefixing the working directory to the path as given (not normalized: {@code ../x.py} stays).
     */
    static String absoluteScriptPath(String path) {
        if (path.startsWith("/")) return path;
        String cwd = WorkingDirectory.get().toString();
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    private static int runModule(String name, List<String> argv) {
        RuntimeHooks.configureSys(argv, WorkingDirectory.get().toString());
        try {
            ModuleRunner.runAsMain(name);
            return 0;
        } catch (PyException e) {
            return report(e);
        }
    }

    private static PyDict mainGlobals(String file) {
        PyModule main = new PyModule("__main__");
        PyDict g = main.dict;
        g.putStr("__doc__", PyNone.NONE);
        g.putStr("__package__", PyNone.NONE);
        g.putStr("__loader__", PyNone.NONE);
        g.putStr("__spec__", PyNone.NONE);
        g.putStr("__annotations__", new PyDict());
        g.putStr("__builtins__", BuiltinsModule.MODULE);
        if (file != null) g.putStr("__file__", file);
        ImportSystem.modules().putStr("__main__", main);
        return g;
    }

    private static int runStandardInput(byte[] bytes, List<String> argv) {
        String source;
        try {
            source = SourceCompiler.decode(bytes, "<stdin>");
        } catch (PyException e) {
            return report(e);
        }
        return runSource(source, "<stdin>", argv, "");
    }

    private static int runSource(String source, String filename, List<String> argv, String scriptDir) {
        RuntimeHooks.configureSys(argv, scriptDir);
        // as CPython: tracebacks of -c and stdin programs show no source lines (there is no file to read)
        if (!filename.startsWith("<")) SourceLines.register(filename, source);
        PyDict g = mainGlobals(filename.equals("<string>") ? null : filename);
        try {
            // a script's bytecode is cached like a module's; -c code is not (nothing to reuse)
            CodeObject code = filename.startsWith("<") ? SourceCompiler.compileModule(source, filename)
                    : org.pyjit.runtime.imports.ModuleCodeCache.compile(source, filename);
            Interpreter.runWithLocals(code, g, g, null, null);
            return 0;
        } catch (PyException e) {
            return report(e);
        }
    }

    /** Handles an uncaught exception: SystemExit's status, or the traceback and status 1. */
    static int report(PyException e) {
        PyBaseException v = e.value;
        RuntimeHooks.flushStandardStreams();
        if (v.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            Object code = v.args.items.length == 0 ? PyNone.NONE : v.args.items.length == 1 ? v.args.items[0] : v.args;
            if (code == PyNone.NONE) return 0;
            if (code instanceof Long l) return (int) (long) l;
            if (code instanceof Boolean b) return b ? 1 : 0;
            RuntimeHooks.writeStderr(Ops.str(code) + "\n");
            return 1;
        }
        if (v.type.isSubtypeOf(ExceptionTypes.MODULE_NOT_FOUND_ERROR) && !StdlibLocation.isPresent()) {
            // without CPython's library most imports fail: say what to install, not a traceback
            Object name = Ops.getAttrOrNull(v, "name");
            RuntimeHooks.writeStderr(StdlibLocation.missingMessage(name instanceof String s ? s : "?") + "\n");
            return 1;
        }
        String text;
        try {
            text = TracebackPrinter.format(v);
        } catch (RuntimeException inner) {
            text = "Traceback (most recent call last):\n  <traceback could not be printed: " + inner + ">\n" + v.type.name + "\n";
        }
        RuntimeHooks.writeStderr(text);
        // as CPython: a program ended by Ctrl-C exits as if killed by SIGINT
        return v.type.isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT) ? KEYBOARD_INTERRUPT_STATUS : 1;
    }
}
