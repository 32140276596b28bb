package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessRunnerTest {
    @TempDir
    Path dir;

    @Test
    void capturesOutputTimeAndPeakMemory() {
        MaxRssMeter meter = MaxRssMeter.detect();
        ProcessRunner runner = new ProcessRunner(meter, Duration.ofSeconds(30));
        // 20 MB of live data makes the peak RSS clearly larger than an empty interpreter's
        ProcessOutcome outcome = runner.run(List.of("python3", "-c", "b = bytearray(20_000_000); print(len(b))"),
                dir, Map.of());
        assertTrue(outcome.succeeded(), outcome.problem());
        assertEquals("20000000\n", outcome.stdout());
        assertTrue(outcome.wallSeconds() > 0);
        assertEquals(meter.available(), outcome.maxRssKb().isPresent());
        if (meter.available()) {
            assertTrue(outcome.maxRssKb().getAsLong() > 20_000, "max RSS " + outcome.maxRssKb());
        }
    }

    @Test
    void aFailingProgramIsDescribedByExitStatusAndLastErrorLine() {
        ProcessRunner runner = new ProcessRunner(MaxRssMeter.detect(), Duration.ofSeconds(30));
        ProcessOutcome outcome = runner.run(List.of("python3", "-c", "raise SystemExit('broken here')"), dir, Map.of());
        assertFalse(outcome.succeeded());
        assertEquals(1, outcome.exitCode());
        assertEquals("exit status 1: broken here", outcome.problem());
    }

    @Test
    void environmentAndWorkingDirectoryAreApplied() throws Exception {
        Files.writeString(dir.resolve("marker.txt"), "here");
        ProcessRunner runner = new ProcessRunner(MaxRssMeter.none(), Duration.ofSeconds(30));
        ProcessOutcome outcome = runner.run(List.of("python3", "-c",
                "import os; print(open('marker.txt').read(), os.environ['BENCH_TEST'])"), dir, Map.of("BENCH_TEST", "set"));
        assertEquals("here set\n", outcome.stdout(), outcome.problem());
    }

    @Test
    void aRunPastTheTimeoutIsKilledAndReported() {
        ProcessRunner runner = new ProcessRunner(MaxRssMeter.detect(), Duration.ofMillis(500));
        ProcessOutcome outcome = runner.run(List.of("python3", "-c", "import time; time.sleep(30)"), dir, Map.of());
        assertFalse(outcome.succeeded());
        assertTrue(outcome.problem().startsWith("timed out"), outcome.problem());
        assertTrue(outcome.wallSeconds() < 10);
    }

    @Test
    void aMissingProgramIsAFailureNotAnException() {
        ProcessRunner runner = new ProcessRunner(MaxRssMeter.detect(), Duration.ofSeconds(30));
        ProcessOutcome outcome = runner.run(List.of(dir.resolve("no-such-python").toString()), dir, Map.of());
        assertFalse(outcome.succeeded());
        assertTrue(outcome.problem().contains("could not run"), outcome.problem());
    }
}
