package org.pyjit.runtime;

import java.nio.file.Path;

/**
 * The Python-visible current directory. The JVM cannot change its own, so relative paths given
 * to {@code open()} and {@code os} functions resolve against this one ({@code os.chdir} sets it).
 */
public final class WorkingDirectory {
    private WorkingDirectory() {}

    private static volatile Path current;

    /** The current directory (the JVM's unless set). */
    public static Path get() {
        Path c = current;
        return c != null ? c : Path.of("").toAbsolutePath();
    }

    /** Sets it; null returns to the JVM's. */
    public static void set(Path p) {
        current = p == null ? null : p.toAbsolutePath().normalize();
    }

    /** {@code path} resolved against the current directory. */
    public static Path resolve(String path) {
        return get().resolve(path);
    }
}
