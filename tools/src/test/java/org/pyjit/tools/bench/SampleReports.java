package org.pyjit.tools.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reports built from given numbers, so output formats can be tested without running anything. */
final class SampleReports {
    static final Implementation PYJIT = new Implementation("pyjit", List.of("bin/pyjit"), "pyjit 0.1");
    static final Implementation PYTHON3 = new Implementation("python3", List.of("/usr/bin/python3.11"), "cpython 3.11.7");
    static final Implementation PYPY3 = new Implementation("pypy3", List.of("/usr/bin/pypy3"), "pypy 3.10.14");

    private SampleReports() {}

    /** pyjit twice as fast as python3 on "fast", half as fast on "slow", wrong on "broken"; one start-up benchmark. */
    static BenchReport mixed() {
        List<BenchmarkResult> results = List.of(
                new BenchmarkResult(benchmark("fast", BenchmarkGroup.PROGRAMS), List.of(
                        timed(PYJIT, 1.0, 1.1, 0.9), timed(PYTHON3, 2.0, 2.2, 1.8), timed(PYPY3, 0.5, 0.55, 0.45))),
                new BenchmarkResult(benchmark("slow", BenchmarkGroup.PROGRAMS), List.of(
                        timed(PYJIT, 4.0, 4.0, 4.0), timed(PYTHON3, 2.0, 2.0, 2.0), timed(PYPY3, 1.0, 1.0, 1.0))),
                new BenchmarkResult(benchmark("broken", BenchmarkGroup.PROGRAMS), List.of(
                        new ImplementationResult(PYJIT, Outcome.WRONG, "output differs: line 1: expected \"1\", got \"2\"",
                                List.of(run(false, 1, 0.1))),
                        new ImplementationResult(PYTHON3, Outcome.SKIPPED, "pyjit was wrong", List.of(run(false, 1, 0.1))),
                        new ImplementationResult(PYPY3, Outcome.SKIPPED, "pyjit was wrong", List.of()))),
                new BenchmarkResult(benchmark("hello", BenchmarkGroup.STARTUP), List.of(
                        timed(PYJIT, 0.2, 0.2, 0.2), timed(PYTHON3, 0.02, 0.02, 0.02), timed(PYPY3, 0.04, 0.04, 0.04))));
        return report(results);
    }

    /** Two programs whose pyjit checking runs reported baseline compile times. */
    static BenchReport withCompileTimes() {
        List<BenchmarkResult> results = List.of(
                new BenchmarkResult(benchmark("fast", BenchmarkGroup.PROGRAMS), List.of(
                        compiled(timed(PYJIT, 1.0, 1.0, 1.0), new CompileTimes(10, 20.0, 1000, 8000)),
                        timed(PYTHON3, 2.0, 2.0, 2.0), timed(PYPY3, 0.5, 0.5, 0.5))),
                new BenchmarkResult(benchmark("slow", BenchmarkGroup.PROGRAMS), List.of(
                        compiled(timed(PYJIT, 4.0, 4.0, 4.0), new CompileTimes(4, 12.0, 3000, 5000)),
                        timed(PYTHON3, 2.0, 2.0, 2.0), timed(PYPY3, 1.0, 1.0, 1.0))));
        return report(results);
    }

    private static ImplementationResult compiled(ImplementationResult r, CompileTimes times) {
        return new ImplementationResult(r.implementation(), r.outcome(), r.detail(), r.runs(), times);
    }

    /** pyjit wrong on the only program. */
    static BenchReport nothingTimed() {
        return report(List.of(new BenchmarkResult(benchmark("only", BenchmarkGroup.PROGRAMS), List.of(
                new ImplementationResult(PYJIT, Outcome.FAILED, "exit status 1: NotImplementedError", List.of(run(false, 1, 0.3))),
                new ImplementationResult(PYTHON3, Outcome.SKIPPED, "pyjit was failed", List.of(run(false, 1, 0.1))),
                new ImplementationResult(PYPY3, Outcome.SKIPPED, "pyjit was failed", List.of())))));
    }

    private static BenchReport report(List<BenchmarkResult> results) {
        MachineInfo machine = new MachineInfo("Linux", "6.1", "amd64", "Test CPU", 2, 8_000_000, "Java 25", "0.10 0.20 0.30");
        return new BenchReport(Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2025-01-01T10:05:00Z"), machine,
                new BenchSettings(3, 1, Duration.ofSeconds(60)), "test meter", List.of(PYJIT, PYTHON3, PYPY3),
                List.of("a note"), results);
    }

    private static Benchmark benchmark(String name, BenchmarkGroup group) {
        return new Benchmark(name, group, List.of("/bench/" + name + ".py"), Path.of("/bench"), Map.of());
    }

    private static ImplementationResult timed(Implementation impl, double... seconds) {
        List<RunRecord> runs = new ArrayList<>();
        runs.add(run(false, 1, seconds[0] * 1.5));
        for (int i = 0; i < seconds.length; i++) {
            runs.add(run(true, i + 1, seconds[i]));
        }
        return new ImplementationResult(impl, Outcome.OK, null, runs);
    }

    private static RunRecord run(boolean timed, int round, double seconds) {
        return new RunRecord(timed, round, seconds, OptionalLong.of(10_240 + round), 0);
    }
}
