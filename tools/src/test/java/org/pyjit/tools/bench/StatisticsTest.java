package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsTest {
    private static final double EPS = 1e-12;

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        assertEquals(3.0, Statistics.median(List.of(5.0, 1.0, 3.0)), EPS);
        assertEquals(7.5, Statistics.median(List.of(7.5)), EPS);
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Statistics.median(List.of(4.0, 1.0, 3.0, 2.0)), EPS);
    }

    @Test
    void minAndMax() {
        List<Double> values = List.of(1.25, 0.75, 2.0, 1.0);
        assertEquals(0.75, Statistics.min(values), EPS);
        assertEquals(2.0, Statistics.max(values), EPS);
    }

    @Test
    void pairwiseRatiosDivideRoundByRound() {
        List<Double> ratios = Statistics.pairwiseRatios(List.of(2.0, 3.0, 1.0), List.of(1.0, 1.5, 4.0));
        assertEquals(List.of(2.0, 2.0, 0.25), ratios);
    }

    @Test
    void pairwiseRatiosNeedEqualCountsAndPositiveDenominators() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.pairwiseRatios(List.of(1.0), List.of(1.0, 2.0)));
        assertThrows(IllegalArgumentException.class, () -> Statistics.pairwiseRatios(List.of(1.0), List.of(0.0)));
    }

    @Test
    void geometricMeanOfReciprocalsIsOne() {
        assertEquals(1.0, Statistics.geometricMean(List.of(2.0, 0.5)), EPS);
        assertEquals(2.0, Statistics.geometricMean(List.of(1.0, 2.0, 4.0)), EPS);
        assertEquals(3.0, Statistics.geometricMean(List.of(3.0)), EPS);
    }

    @Test
    void emptyAndNonPositiveInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Statistics.geometricMean(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Statistics.geometricMean(List.of(1.0, -2.0)));
    }
}
