package org.pyjit.tools.bench;

/** How one implementation fared on one benchmark. */
public enum Outcome {
    /** Ran, printed what {@code python3} prints, and was timed. */
    OK("ok"),
    /** Printed something other than what {@code python3} prints; not timed. */
    WRONG("wrong"),
    /** Did not run to completion with exit status 0 (error, crash, time-out); not timed. */
    FAILED("failed"),
    /** Not run because the benchmark was dropped (pyjit or the reference could not run it). */
    SKIPPED("skipped");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The lower-case name used in tables and JSON. */
    public String label() {
        return label;
    }
}
