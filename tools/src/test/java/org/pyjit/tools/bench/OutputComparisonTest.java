package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputComparisonTest {
    @Test
    void equalOutputsHaveNoDifference() {
        assertEquals(Optional.empty(), OutputComparison.difference("a\nb\n", "a\nb\n"));
    }

    @Test
    void firstDifferingLineIsNamed() {
        assertEquals(Optional.of("line 2: expected \"b\", got \"c\""), OutputComparison.difference("a\nb\n", "a\nc\n"));
    }

    @Test
    void missingAndExtraLinesAreNamed() {
        assertEquals(Optional.of("line 2: expected \"b\", got end of output"), OutputComparison.difference("a\nb\n", "a\n"));
        assertEquals(Optional.of("line 1: expected end of output, got \"x\""), OutputComparison.difference("", "x\n"));
    }

    @Test
    void aMissingFinalNewlineStillCounts() {
        assertEquals(Optional.of("outputs differ in line endings or a final newline"), OutputComparison.difference("a\n", "a"));
    }
}
