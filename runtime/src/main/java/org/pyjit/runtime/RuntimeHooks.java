package org.pyjit.runtime;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.interpreter.InterpreterHooks;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.io.StandardStreams;
import org.pyjit.runtime.modules.StdlibLocation;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * The points where the program runner meets the builtin modules: sys configuration, the
 * standard streams, the working directory. Kept in one place so the runner does not depend on
 * how each builtin module is written.
 */
final class RuntimeHooks {
    private RuntimeHooks() {}

    static void installModules() {
        InterpreterHooks.install();
        org.pyjit.runtime.modules.LibrarySupport.install();
    }

    static String executableName() {
        return "pyjit";
    }

    /** Resets per-program state: streams, recursion limit, thread state and working directory. */
    static void resetForProgram(byte[] stdin, OutputStream out, OutputStream err, Path cwd) {
        ThreadState.setRecursionLimit(1000);
        ThreadState ts = ThreadState.current();
        ts.depth = 0;
        ts.top = null;
        ts.handled = null;
        org.pyjit.runtime.interpreter.Tracing.resetThread();
        StandardStreams.set(out == System.out ? null : StandardStreams.over(new ByteArrayInputStream(stdin), out, err));
        org.pyjit.runtime.modules.BuiltinModuleRegistry.forgetCreated();
        WorkingDirectory.set(cwd);
    }

    /**
     * Builds a fresh {@code sys} and module table; {@code sys.path}: the script's directory ('' for
     * -c), then PYJITPATH, then CPython's standard library ({@link StdlibLocation}).
     */
    static void configureSys(List<String> argv, String scriptDir) {
        List<String> path = new ArrayList<>();
        path.add(scriptDir);
        String extra = System.getenv("PYJITPATH");
        if (extra != null) for (String p : extra.split(":")) if (!p.isEmpty()) path.add(p);
        path.add(StdlibLocation.directory());
        SysModule.create(argv, path, null);
    }

    /** Runs the program's {@code atexit} functions (and pending weak-reference callbacks). */
    static void atExit() {
        waitForThreads();
        try {
            org.pyjit.runtime.modules.weakref.PyWeakRef.runCallbacks();
            org.pyjit.runtime.modules.AtexitModule.runAll();
        } catch (RuntimeException e) {
            // an exit function that breaks pyjit itself must not hide the program's status
        }
    }

    /**
     * As CPython does before the exit functions: {@code threading._shutdown()} joins the
     * non-daemon threads, when the program imported {@code threading}.
     */
    private static void waitForThreads() {
        Object threading = SysModule.modules().getStr("threading");
        if (threading == null) return;
        try {
            Object shutdown = Ops.getAttrOrNull(threading, "_shutdown");
            if (shutdown != null) Ops.call(shutdown);
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            org.pyjit.runtime.modules.Unraisable.report("Exception ignored on threading shutdown:", e);
        } catch (RuntimeException e) {
            // a broken threading module must not hide the program's status
        }
    }

    static void flushStandardStreams() {
        StandardStreams.flushAll();
    }

    /** Writes to {@code sys.stderr} (the Python object, which a program may replace). */
    static void writeStderr(String s) {
        Object err = SysModule.stderr();
        if (err != null && err != PyNone.NONE) {
            try {
                Ops.call(Ops.getAttr(err, "write"), s);
                Object flush = Ops.getAttrOrNull(err, "flush");
                if (flush != null) Ops.call(flush);
                return;
            } catch (RuntimeException e) {
                // fall through to the process's stderr
            }
        }
        System.err.print(s);
        System.err.flush();
    }
}
