package org.pyjit.tools.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured for one benchmark: one result per implementation, the implementation
 * under test first.
 *
 * @param benchmark what was run
 * @param results   per implementation, in the order of the comparison
 */
public record BenchmarkResult(Benchmark benchmark, List<ImplementationResult> results) {

    public BenchmarkResult {
        results = List.copyOf(results);
    }

    /** The implementation under test's result. */
    public ImplementationResult underTest() {
        return results.getFirst();
    }

    /** Whether the implementation under test was timed (its output was right). */
    public boolean timed() {
        return underTest().timed();
    }

    /** The result of the implementation called {@code name}, if it took part. */
    public Optional<ImplementationResult> resultOf(String name) {
        return results.stream().filter(r -> r.implementation().name().equals(name)).findFirst();
    }

    /**
     * {@code numerator time / denominator time}, round by round, when both were timed: above 1
     * means the denominator implementation is faster.
     */
    public Optional<List<Double>> pairwiseRatios(String numerator, String denominator) {
        Optional<ImplementationResult> top = resultOf(numerator).filter(ImplementationResult::timed);
        Optional<ImplementationResult> bottom = resultOf(denominator).filter(ImplementationResult::timed);
        if (top.isEmpty() || bottom.isEmpty() || top.get().timedSeconds().size() != bottom.get().timedSeconds().size()) {
            return Optional.empty();
        }
        return Optional.of(Statistics.pairwiseRatios(top.get().timedSeconds(), bottom.get().timedSeconds()));
    }

    /** The reported ratio {@code reference / under test}: the median of the pairwise ratios. */
    public Optional<Double> ratioOver(String reference) {
        return pairwiseRatios(reference, underTest().implementation().name()).map(Statistics::median);
    }
}
