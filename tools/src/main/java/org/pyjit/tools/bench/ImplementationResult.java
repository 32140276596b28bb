package org.pyjit.tools.bench;

import java.util.List;
import java.util.OptionalLong;

/**
 * The runs of one implementation on one benchmark and how it fared.
 *
 * @param implementation which implementation
 * @param outcome        whether its output was right and it completed
 * @param detail         why it is not {@link Outcome#OK}, else {@code null}
 * @param runs           every run made, warm-up and timed, in order
 * @param compileTimes   baseline compile times its checking run reported, or {@code null}
 */
public record ImplementationResult(Implementation implementation, Outcome outcome, String detail, List<RunRecord> runs,
                                   CompileTimes compileTimes) {

    public ImplementationResult {
        runs = List.copyOf(runs);
    }

    /** A result without compile times. */
    public ImplementationResult(Implementation implementation, Outcome outcome, String detail, List<RunRecord> runs) {
        this(implementation, outcome, detail, runs, null);
    }

    /** Whether this implementation has timed runs to report. */
    public boolean timed() {
        return outcome == Outcome.OK && !timedSeconds().isEmpty();
    }

    /** Wall times of the timed runs, in round order. */
    public List<Double> timedSeconds() {
        return runs.stream().filter(RunRecord::timed).map(RunRecord::wallSeconds).toList();
    }

    /** Median wall time of the timed runs. */
    public double medianSeconds() {
        return Statistics.median(timedSeconds());
    }

    /** Fastest timed run. */
    public double minSeconds() {
        return Statistics.min(timedSeconds());
    }

    /** Slowest timed run. */
    public double maxSeconds() {
        return Statistics.max(timedSeconds());
    }

    /** Largest peak RSS over the timed runs, when measured. */
    public OptionalLong maxRssKb() {
        return runs.stream().filter(RunRecord::timed).map(RunRecord::maxRssKb)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max();
    }
}
