package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkHarnessTest {
    @TempDir
    Path dir;

    private final BenchmarkHarness harness = new BenchmarkHarness(
            new ProcessRunner(MaxRssMeter.detect(), Duration.ofSeconds(60)), new BenchSettings(3, 1, Duration.ofSeconds(60)),
            ProgressLine.silent());

    /** An implementation that notes its name in {@code log} and then runs python3 on the script. */
    private Implementation logging(String name, Path log) {
        String script = "echo " + name + " >> '" + log + "'; exec python3 \"$0\"";
        return new Implementation(name, List.of("sh", "-c", script), "test");
    }

    private Benchmark program(String name, String source) throws IOException {
        Path file = dir.resolve(name + ".py");
        Files.writeString(file, source);
        return Benchmark.script(name, BenchmarkGroup.PROGRAMS, file);
    }

    @Test
    void rightOutputIsTimedInAlternatingRounds() throws IOException {
        Path log = dir.resolve("order.log");
        Benchmark sum = program("sum", "print(sum(range(1000)))\n");
        List<BenchmarkResult> results = harness.run(logging("pyjit", log),
                List.of(logging("ref", log), logging("other", log)), List.of(sum));

        BenchmarkResult result = results.getFirst();
        assertTrue(result.timed());
        for (ImplementationResult r : result.results()) {
            assertEquals(Outcome.OK, r.outcome(), r.detail());
            assertEquals(3, r.timedSeconds().size());
            assertEquals(1, r.runs().stream().filter(run -> !run.timed()).count());
        }
        // checking round: the reference first, then pyjit, then the others; then A B C A B C …
        assertEquals(List.of("ref", "pyjit", "other", "pyjit", "ref", "other", "pyjit", "ref", "other",
                "pyjit", "ref", "other"), Files.readAllLines(log));
        assertEquals(3, result.pairwiseRatios("ref", "pyjit").orElseThrow().size());
        assertTrue(result.ratioOver("ref").orElseThrow() > 0);
    }

    @Test
    void theCheckingRunOfPyjitPrintsStatisticsWhoseCompileTimesAreKept() throws IOException {
        Path log = dir.resolve("args.log");
        Benchmark sum = program("sum", "print(sum(range(1000)))\n");
        // "-s" arrives as $0 and the program as $1 in the checking run; only then are statistics printed
        String script = "echo \"$0\" >> '" + log + "'; if [ \"$0\" = -s ]; then "
                + "echo '  baseline compiles  3   (4.5 ms; per code object median 1200 us, worst 2500 us)' >&2; "
                + "exec python3 \"$1\"; fi; exec python3 \"$0\"";
        Implementation pyjit = new Implementation("pyjit", List.of("sh", "-c", script), "test", List.of("-s"));
        Implementation python3 = new Implementation("python3", List.of("python3"), "test");

        BenchmarkResult result = harness.run(pyjit, List.of(python3), List.of(sum)).getFirst();

        assertTrue(result.timed());
        assertEquals(new CompileTimes(3, 4.5, 1200, 2500), result.underTest().compileTimes());
        assertEquals(null, result.resultOf("python3").orElseThrow().compileTimes());
        assertEquals(4, Files.readAllLines(log).size());
        assertEquals("-s", Files.readAllLines(log).getFirst());
        assertEquals(1, Files.readAllLines(log).stream().filter("-s"::equals).count());
    }

    @Test
    void aWrongPyjitIsMarkedWrongAndNothingIsTimed() throws IOException {
        Benchmark sum = program("sum", "print(sum(range(1000)))\n");
        Implementation wrong = new Implementation("pyjit", List.of("sh", "-c", "echo 499501"), "test");
        Implementation python3 = new Implementation("python3", List.of("python3"), "test");

        BenchmarkResult result = harness.run(wrong, List.of(python3), List.of(sum)).getFirst();

        assertFalse(result.timed());
        assertEquals(Outcome.WRONG, result.underTest().outcome());
        assertEquals("output differs: line 1: expected \"499500\", got \"499501\"", result.underTest().detail());
        assertEquals(Outcome.SKIPPED, result.resultOf("python3").orElseThrow().outcome());
        assertTrue(result.results().stream().allMatch(r -> r.timedSeconds().isEmpty()));
        assertTrue(result.ratioOver("python3").isEmpty());
    }

    @Test
    void aCrashingPyjitIsMarkedFailed() throws IOException {
        Benchmark sum = program("sum", "print(1)\n");
        Implementation crashing = new Implementation("pyjit", List.of("sh", "-c", "echo unsupported >&2; exit 3"), "test");
        Implementation python3 = new Implementation("python3", List.of("python3"), "test");

        BenchmarkResult result = harness.run(crashing, List.of(python3), List.of(sum)).getFirst();

        assertEquals(Outcome.FAILED, result.underTest().outcome());
        assertEquals("exit status 3: unsupported", result.underTest().detail());
        assertFalse(result.timed());
    }

    @Test
    void aReferenceThatDisagreesIsDroppedButPyjitIsStillTimed() throws IOException {
        Benchmark sum = program("sum", "print(2)\n");
        Implementation python3 = new Implementation("python3", List.of("python3"), "test");
        Implementation odd = new Implementation("odd", List.of("sh", "-c", "echo 3"), "test");

        Implementation pyjit = new Implementation("pyjit", List.of("python3"), "test");

        BenchmarkResult result = harness.run(pyjit, List.of(python3, odd), List.of(sum)).getFirst();

        assertTrue(result.timed());
        assertEquals(Outcome.WRONG, result.resultOf("odd").orElseThrow().outcome());
        assertTrue(result.ratioOver("odd").isEmpty());
    }
}
