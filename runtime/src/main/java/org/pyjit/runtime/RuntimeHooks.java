package org.pyjit.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.objects.PyList;

/**
 * The points where the program runner meets the builtin modules: sys configuration, the
 * standard streams, the working directory. Kept in one place so the runner does not depend on
 * how each builtin module is written.
 */
final class RuntimeHooks {
    private RuntimeHooks() {}

    static void installModules() {
    }

    static String executableName() {
        return "pyjit";
    }

    /** Resets per-program state: modules, recursion limit, streams and working directory. */
    static void resetForProgram(byte[] stdin, OutputStream out, OutputStream err, Path cwd) {
        ImportSystem.MODULES.clear();
        ThreadState.setRecursionLimit(1000);
        ThreadState ts = ThreadState.current();
        ts.depth = 0;
        ts.top = null;
        ts.handled = null;
        StandardStreams.set(new ByteArrayInputStream(stdin), out, err);
        WorkingDirectory.set(cwd);
    }

    /** Sets sys.argv and the first entry of sys.path (the script's directory, or '' for -c). */
    static void configureSys(List<String> argv, String scriptDir) {
        PyList path = ImportSystem.PATH;
        path.size = 0;
        path.append(scriptDir);
        String extra = System.getenv("PYJITPATH");
        if (extra != null) for (String p : extra.split(":")) if (!p.isEmpty()) path.append(p);
        SysConfiguration.configure(argv);
    }

    static void flushStandardStreams() {
        StandardStreams.flush();
    }

    static void writeStderr(String s) {
        StandardStreams.writeErr(s);
    }

    /** The process's standard streams as the runtime sees them (replaceable for in-process runs). */
    static final class StandardStreams {
        private StandardStreams() {}

        static volatile InputStream in = System.in;
        static volatile OutputStream out = System.out;
        static volatile OutputStream err = System.err;

        static void set(InputStream i, OutputStream o, OutputStream e) {
            in = i;
            out = o;
            err = e;
        }

        static void flush() {
            try {
                out.flush();
                err.flush();
            } catch (IOException ignored) {
                // a closed pipe at exit is not an error worth reporting
            }
        }

        static void writeErr(String s) {
            try {
                err.write(s.getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException ignored) {
                // nowhere left to report it
            }
        }
    }
}
