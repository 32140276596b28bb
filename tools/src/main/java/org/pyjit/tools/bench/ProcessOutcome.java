package org.pyjit.tools.bench;

import java.util.OptionalLong;

/**
 * What one process run produced.
 *
 * @param exitCode  the process's exit status (-1 when it never started or was killed for time)
 * @param wallNanos wall-clock time from start to exit, as seen by the harness
 * @param maxRssKb  peak resident set size in KiB, when measured
 * @param stdout    everything it printed on standard output
 * @param problem   why the run failed (start error, timeout, exit status, last stderr line), or
 *                  {@code null} when it exited with status 0
 * @param stderr    everything it printed on standard error
 */
public record ProcessOutcome(int exitCode, long wallNanos, OptionalLong maxRssKb, String stdout, String problem,
                             String stderr) {

    /** An outcome whose standard error was not kept. */
    public ProcessOutcome(int exitCode, long wallNanos, OptionalLong maxRssKb, String stdout, String problem) {
        this(exitCode, wallNanos, maxRssKb, stdout, problem, "");
    }

    /** Whether the process ran to completion with exit status 0. */
    public boolean succeeded() {
        return problem == null;
    }

    /** Wall time in seconds. */
    public double wallSeconds() {
        return wallNanos / 1e9;
    }
}
