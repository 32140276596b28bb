package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompileTimesTest {
    @Test
    void readsTheBaselineLineOfPyjitStatistics() {
        String stderr = """
                pyjit statistics
                  wall time                    6634.6 ms
                  baseline compiles                15   (52.0 ms; per code object median 1412 us, worst 26392 us)
                  baseline not compiled             0   (too large or unsupported: 0, failed: 0)
                """;
        assertEquals(new CompileTimes(15, 52.0, 1412, 26392), CompileTimes.parse(stderr).orElseThrow());
    }

    @Test
    void nothingWhenNoStatisticsWerePrinted() {
        assertTrue(CompileTimes.parse("Traceback (most recent call last):\n").isEmpty());
    }
}
