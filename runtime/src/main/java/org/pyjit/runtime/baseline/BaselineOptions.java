package org.pyjit.runtime.baseline;

/**
 * The baseline tier's settings ({@code -X baseline=off|always}, {@code -X baseline-threshold=N}),
 * set once before a program runs.
 */
public final class BaselineOptions {
    private BaselineOptions() {}

    /** When code moves to tier 1. */
    public enum Mode {
        /** Everything stays in the interpreter. */
        OFF,
        /** After {@link #threshold} calls or loop back-edges. */
        DEFAULT,
        /** Every eligible code object is compiled before its first run (for tests). */
        ALWAYS
    }

    /** Calls plus back-edges after which a code object is compiled, by default. */
    public static final int DEFAULT_THRESHOLD = 25;

    private static volatile Mode mode = Mode.DEFAULT;
    private static volatile int threshold = DEFAULT_THRESHOLD;

    public static Mode mode() {
        return mode;
    }

    public static void setMode(Mode m) {
        mode = m;
    }

    public static int threshold() {
        return threshold;
    }

    public static void setThreshold(int n) {
        threshold = Math.max(0, n);
    }

    /**
     * Applies one {@code -X} option if it is the baseline tier's; returns false for other names.
     * Unknown values are errors (IllegalArgumentException with a message for the user).
     */
    public static boolean applyOption(String name, String value) {
        switch (name) {
            case "baseline" -> setMode(switch (value) {
                case "off" -> Mode.OFF;
                case "on", "default" -> Mode.DEFAULT;
                case "always" -> Mode.ALWAYS;
                default -> throw new IllegalArgumentException("-X baseline: expected off, on or always, got '" + value + "'");
            });
            case "baseline-threshold" -> {
                try {
                    setThreshold(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("-X baseline-threshold: expected a number, got '" + value + "'");
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
