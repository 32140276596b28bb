package org.pyjit.tools.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The whole result of one harness run: where and how it ran, who took part, and every
 * benchmark's runs.
 *
 * @param started         when the harness started
 * @param finished        when it finished
 * @param machine         the machine
 * @param settings        runs, warm-up, time-out
 * @param rssMethod       how peak RSS was measured
 * @param implementations the implementation under test first, then the references; the first
 *                        reference's output defines the right output
 * @param notes           things the reader should know (e.g. an implementation that is absent)
 * @param results         one per benchmark, in the order run
 */
public record BenchReport(Instant started, Instant finished, MachineInfo machine, BenchSettings settings,
                          String rssMethod, List<Implementation> implementations, List<String> notes,
                          List<BenchmarkResult> results) {

    /**
     * A geometric mean of ratios and how many benchmarks it covers.
     *
     * @param value      the geometric mean
     * @param benchmarks how many per-benchmark ratios went into it
     */
    public record Mean(double value, int benchmarks) {}

    public BenchReport {
        implementations = List.copyOf(implementations);
        notes = List.copyOf(notes);
        results = List.copyOf(results);
    }

    /** The implementation under test. */
    public Implementation underTest() {
        return implementations.getFirst();
    }

    /** The implementations compared against, the output-defining one first. */
    public List<Implementation> references() {
        return implementations.subList(1, implementations.size());
    }

    /** The results of one group, in the order run. */
    public List<BenchmarkResult> resultsOf(BenchmarkGroup group) {
        return results.stream().filter(r -> r.benchmark().group() == group).toList();
    }

    /** Geometric mean over a group of the ratio {@code reference / under test}, if any benchmark has one. */
    public Optional<Mean> geometricMean(BenchmarkGroup group, String reference) {
        List<Double> ratios = resultsOf(group).stream().map(r -> r.ratioOver(reference))
                .flatMap(Optional::stream).toList();
        return ratios.isEmpty() ? Optional.empty()
                : Optional.of(new Mean(Statistics.geometricMean(ratios), ratios.size()));
    }
}
