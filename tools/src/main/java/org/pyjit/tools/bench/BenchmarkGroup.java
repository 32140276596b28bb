package org.pyjit.tools.bench;

/** The groups a benchmark belongs to; each group gets its own geometric mean and chart. */
public enum BenchmarkGroup {
    /** Programs that run 1–3 s and measure steady-state speed. */
    PROGRAMS("programs"),
    /** Tiny runs that measure how long an implementation takes to start and stop. */
    STARTUP("startup");

    private final String label;

    BenchmarkGroup(String label) {
        this.label = label;
    }

    /** The lower-case name used on the command line and in the JSON. */
    public String label() {
        return label;
    }
}
