package org.pyjit.runtime.modules;

/**
 * The Python language version pyjit implements (CPython 3.11, whose standard library it runs)
 * and pyjit's own version, as {@code sys} reports them.
 */
public final class PythonVersion {
    private PythonVersion() {}

    public static final int MAJOR = 3, MINOR = 11, MICRO = 7;
    public static final String RELEASE_LEVEL = "final";
    public static final int SERIAL = 0;

    public static final int PYJIT_MAJOR = 0, PYJIT_MINOR = 1, PYJIT_MICRO = 0;
    public static final String PYJIT_RELEASE_LEVEL = "alpha";

    /** {@code sys.version}, in the layout {@code platform} parses ("3.11.7 (build, date, time) [compiler]"). */
    public static String versionString() {
        return MAJOR + "." + MINOR + "." + MICRO + " (pyjit " + PYJIT_MAJOR + "." + PYJIT_MINOR + "." + PYJIT_MICRO
                + ", Jan  1 2026, 00:00:00) [Java " + Runtime.version().feature() + "]";
    }

    /** {@code sys.hexversion}: 0x030B07F0 for 3.11.7 final. */
    public static long hexVersion() {
        return ((long) MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | (0xF << 4) | SERIAL;
    }

    public static long pyjitHexVersion() {
        return ((long) PYJIT_MAJOR << 24) | (PYJIT_MINOR << 16) | (PYJIT_MICRO << 8) | (0xA << 4);
    }
}
