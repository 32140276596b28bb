package org.pyjit.runtime;

import java.util.List;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.objects.PyList;

/**
 * The points where the program runner meets the builtin modules: sys configuration, the
 * standard streams, module registration. Kept in one place so the runner does not depend on
 * how each builtin module is written.
 */
final class RuntimeHooks {
    private RuntimeHooks() {}

    static void installModules() {
    }

    static String executableName() {
        return "pyjit";
    }

    /** Sets sys.argv and the first entry of sys.path (the script's directory, or '' for -c). */
    static void configureSys(List<String> argv, String scriptDir) {
        PyList path = ImportSystem.PATH;
        path.size = 0;
        path.append(scriptDir);
        String extra = System.getenv("PYJITPATH");
        if (extra != null) for (String p : extra.split(":")) if (!p.isEmpty()) path.append(p);
    }

    static void flushStandardStreams() {
        System.out.flush();
        System.err.flush();
    }

    static void writeStderr(String s) {
        System.err.print(s);
        System.err.flush();
    }
}
