package org.pyjit.runtime.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where CPython 3.11's pure-Python standard library ({@code Lib}) is on this machine: the
 * directory in {@code $PYJIT_STDLIB}; else the one the Makefile recorded at build time (the
 * launcher passes it as the system property {@code pyjit.stdlib.recorded}; without it,
 * {@code $pyjit.home/build/stdlib-path} is read); else {@code /usr/lib/python3.11}. pyjit never
 * copies the library: it is a dependency found at run time (DESIGN.md, "Standard library").
 */
public final class StdlibLocation {
    private StdlibLocation() {}

    /** The default of Debian/Ubuntu's {@code libpython3.11-stdlib}. */
    public static final String FALLBACK = "/usr/lib/python3.11";

    private static volatile String cached;

    /** The library directory chosen by the rules above (whether or not it exists). */
    public static String directory() {
        String d = cached;
        if (d == null) cached = d = choose();
        return d;
    }

    /** Makes {@link #directory} return {@code dir} (null: choose by the rules again); for tests and embedders. */
    public static void override(String dir) {
        cached = dir;
    }

    private static String choose() {
        return choose(System.getenv("PYJIT_STDLIB"), System.getProperty("pyjit.stdlib.recorded"), System.getProperty("pyjit.home"));
    }

    /** The rules of the class comment applied to these values (any may be null). */
    static String choose(String env, String recorded, String home) {
        if (env != null && !env.isBlank()) return strip(env);
        if (recorded != null && !recorded.isBlank()) return strip(recorded);
        if (home != null) {
            Path file = Path.of(home, "build", "stdlib-path");
            try {
                if (Files.isRegularFile(file)) {
                    String p = Files.readString(file, StandardCharsets.UTF_8).strip();
                    if (!p.isEmpty()) return p;
                }
            } catch (IOException e) {
                // an unreadable record is the same as none
            }
        }
        return FALLBACK;
    }

    private static String strip(String p) {
        String s = p.strip();
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Whether the directory holds a CPython library ({@code os.py} is the first module every program needs). */
    public static boolean isPresent() {
        return Files.isRegularFile(Path.of(directory(), "os.py"));
    }

    /**
     * {@code sys.prefix}: the installation prefix, {@code /usr} for {@code /usr/lib/python3.11}
     * (so {@code sysconfig} and {@code site} find their way), else the library's own directory.
     */
    public static String prefix() {
        return prefixOf(directory());
    }

    static String prefixOf(String directory) {
        Path lib = Path.of(directory);
        Path parent = lib.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("lib")
                && parent.getParent() != null) {
            return parent.getParent().toString();
        }
        return lib.toString();
    }

    /** The one line printed when a program fails because the library is missing. */
    public static String missingMessage(String module) {
        return "pyjit: cannot import '" + module + "': CPython 3.11's standard library was not found in " + directory()
                + "; install libpython3.11-stdlib, or any CPython 3.11 and set PYJIT_STDLIB to its library directory (python3.11 -c 'import sysconfig; print(sysconfig.get_path(\"stdlib\"))')";
    }
}
