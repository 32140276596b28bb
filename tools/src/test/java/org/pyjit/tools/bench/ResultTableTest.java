package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTableTest {
    @Test
    void tableShowsTimesRatiosWrongProgramsAndMeans() {
        String table = ResultTable.format(SampleReports.mixed());
        assertTrue(table.contains("fast"), table);
        assertTrue(table.matches("(?s).*fast +pyjit +1\\.000 +0\\.900 - 1\\.100 +10\\.0 MiB\n.*"), table);
        assertTrue(table.matches("(?s).*python3 +2\\.000 +1\\.800 - 2\\.200 +10\\.0 MiB +2\\.00 \\(2\\.00 - 2\\.00\\)\n.*"), table);
        assertTrue(table.matches("(?s).*\nbroken +pyjit +WRONG, not timed: output differs.*"), table);
        assertTrue(table.contains("geometric mean of ratios, 2 of 3 programs timed: python3 1.00, pypy3 0.35"), table);
        assertTrue(table.contains("geometric mean of ratios, 1 of 1 startup timed: python3 0.10, pypy3 0.20"), table);
        assertTrue(table.contains("note: a note"), table);
    }

    @Test
    void whenNothingIsTimedTheTableSaysSo() {
        String table = ResultTable.format(SampleReports.nothingTimed());
        assertTrue(table.contains("FAILED, not timed: exit status 1: NotImplementedError"), table);
        assertTrue(table.contains("nothing timed in programs"), table);
        assertFalse(table.contains("geometric mean of ratios"), table);
    }

    @Test
    void compileTimesPerCodeObjectAreListedWithTheirMedianAndWorst() {
        String table = ResultTable.format(SampleReports.withCompileTimes());
        assertTrue(table.contains("baseline compile time per code object"), table);
        assertTrue(table.matches("(?s).*\nfast +pyjit +10 +20\\.0 +1\\.00 +8\\.00\n.*"), table);
        assertTrue(table.contains("over 2 runs: median of the medians 2.00 ms, worst 8.00 ms"), table);
        assertFalse(ResultTable.format(SampleReports.mixed()).contains("baseline compile time"));
    }
}
