package org.pyjit.tools.bench;

import java.time.Duration;

/**
 * How many runs the harness makes.
 *
 * @param runs    timed runs per implementation and benchmark
 * @param warmup  untimed rounds before them; the first round also checks the output and is
 *                made even when this is 0
 * @param timeout longest one run may take before it is killed and counted as failed
 */
public record BenchSettings(int runs, int warmup, Duration timeout) {

    public BenchSettings {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, not " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup cannot be negative: " + warmup);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    /** Untimed rounds actually made: the output check is always one of them. */
    public int warmupRounds() {
        return Math.max(1, warmup);
    }
}
