package org.pyjit.tools.bench;

import java.util.ArrayList;
import java.util.List;

/** The few statistics the harness reports: median, extremes, pairwise ratios, geometric mean. */
public final class Statistics {
    private Statistics() {}

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(List<Double> values) {
        requireValues(values);
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The smallest value. */
    public static double min(List<Double> values) {
        requireValues(values);
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /** The largest value. */
    public static double max(List<Double> values) {
        requireValues(values);
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /**
     * Element-wise {@code numerators[i] / denominators[i]}. Runs are paired by round because
     * alternating runs share the machine's state at that moment (other load, thermal state), so
     * the pairs cancel much of the noise that comparing two independent medians would keep.
     */
    public static List<Double> pairwiseRatios(List<Double> numerators, List<Double> denominators) {
        if (numerators.size() != denominators.size()) {
            throw new IllegalArgumentException("cannot pair " + numerators.size() + " runs with " + denominators.size());
        }
        requireValues(numerators);
        List<Double> ratios = new ArrayList<>(numerators.size());
        for (int i = 0; i < numerators.size(); i++) {
            if (!(denominators.get(i) > 0)) {
                throw new IllegalArgumentException("cannot divide by " + denominators.get(i));
            }
            ratios.add(numerators.get(i) / denominators.get(i));
        }
        return ratios;
    }

    /** The geometric mean, the right mean for ratios: the mean of 2 and 1/2 is 1. */
    public static double geometricMean(List<Double> values) {
        requireValues(values);
        double logSum = 0;
        for (double value : values) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("geometric mean of a non-positive value " + value);
            }
            logSum += Math.log(value);
        }
        return Math.exp(logSum / values.size());
    }

    private static void requireValues(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
    }
}
