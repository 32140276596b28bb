package org.pyjit.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs benchmarks under several implementations and keeps every run. For each benchmark:
 * <ol>
 *   <li>an untimed checking round: the reference that defines the right output runs first,
 *       then every other implementation, and each one's standard output is compared with it;
 *       if the implementation under test fails or prints something else, the benchmark is
 *       reported and not timed;</li>
 *   <li>further warm-up rounds, if asked for;</li>
 *   <li>{@code runs} timed rounds, each running every implementation once in a fixed order
 *       (A B C A B C …), so slow drifts in machine load hit all implementations alike.</li>
 * </ol>
 * Every later run's output is checked too; a run that fails or changes its output drops that
 * implementation from the benchmark.
 */
public final class BenchmarkHarness {
    private final ProcessRunner runner;
    private final BenchSettings settings;
    private final ProgressLine progress;

    /** A harness that runs processes with {@code runner}. */
    public BenchmarkHarness(ProcessRunner runner, BenchSettings settings, ProgressLine progress) {
        this.runner = runner;
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs every benchmark under the implementation under test and the references.
     *
     * @param underTest  the implementation being judged (pyjit)
     * @param references at least one; the first one's output is the right output
     * @param benchmarks what to run
     */
    public List<BenchmarkResult> run(Implementation underTest, List<Implementation> references, List<Benchmark> benchmarks) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference implementation is needed to check outputs");
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (int i = 0; i < benchmarks.size(); i++) {
            results.add(runOne(i + 1, benchmarks.size(), benchmarks.get(i), underTest, references));
        }
        progress.clear();
        return results;
    }

    private BenchmarkResult runOne(int index, int total, Benchmark benchmark, Implementation underTest,
                                   List<Implementation> references) {
        List<Tracker> trackers = new ArrayList<>();
        trackers.add(new Tracker(underTest));
        references.forEach(reference -> trackers.add(new Tracker(reference)));
        Tracker oracle = trackers.get(1);
        Step step = (tracker, label) -> progress.show(index, total, benchmark.name(), tracker.implementation.name(), label);

        step.show(oracle, "checking output");
        ProcessOutcome expected = runner.run(oracle.implementation.checkingCommandFor(benchmark.arguments()),
                benchmark.workingDirectory(), benchmark.environment());
        oracle.record(false, 1, expected, null);
        oracle.noteStatistics(expected);
        if (!expected.succeeded()) {
            trackers.stream().filter(t -> t != oracle).forEach(t -> t.skip(oracle.implementation.name() + " could not run it"));
            return finish(benchmark, trackers);
        }
        Tracker tested = trackers.getFirst();
        step.show(tested, "checking output");
        check(tested, benchmark, expected.stdout());
        if (tested.outcome != Outcome.OK) {
            // the reference's checking run is kept in the results but says nothing without pyjit's
            trackers.stream().skip(1).forEach(t -> t.skip(underTest.name() + " was " + tested.outcome.label()));
            return finish(benchmark, trackers);
        }
        for (Tracker tracker : trackers.subList(2, trackers.size())) {
            step.show(tracker, "checking output");
            check(tracker, benchmark, expected.stdout());
        }
        for (int round = 2; round <= settings.warmupRounds(); round++) {
            runRound(trackers, benchmark, expected.stdout(), false, round, "warm-up " + round + "/" + settings.warmupRounds(), step);
        }
        for (int round = 1; round <= settings.runs() && tested.outcome == Outcome.OK; round++) {
            runRound(trackers, benchmark, expected.stdout(), true, round, "timed run " + round + "/" + settings.runs(), step);
        }
        if (tested.outcome != Outcome.OK) {
            trackers.stream().skip(1).filter(t -> t.outcome == Outcome.OK)
                    .forEach(t -> t.skip(underTest.name() + " was " + tested.outcome.label()));
        }
        return finish(benchmark, trackers);
    }

    private void runRound(List<Tracker> trackers, Benchmark benchmark, String expected, boolean timed, int round,
                          String label, Step step) {
        for (Tracker tracker : trackers) {
            if (tracker.outcome == Outcome.OK) {
                step.show(tracker, label);
                runAndCheck(tracker, benchmark, expected, timed, round);
            }
        }
    }

    /** The untimed checking run: with the statistics arguments, whose compile times are kept. */
    private void check(Tracker tracker, Benchmark benchmark, String expected) {
        ProcessOutcome outcome = runner.run(tracker.implementation.checkingCommandFor(benchmark.arguments()),
                benchmark.workingDirectory(), benchmark.environment());
        tracker.record(false, 1, outcome, expected);
        tracker.noteStatistics(outcome);
    }

    private void runAndCheck(Tracker tracker, Benchmark benchmark, String expected, boolean timed, int round) {
        ProcessOutcome outcome = runner.run(tracker.implementation.commandFor(benchmark.arguments()),
                benchmark.workingDirectory(), benchmark.environment());
        tracker.record(timed, round, outcome, expected);
    }

    private static BenchmarkResult finish(Benchmark benchmark, List<Tracker> trackers) {
        return new BenchmarkResult(benchmark, trackers.stream().map(Tracker::result).toList());
    }

    @FunctionalInterface
    private interface Step {
        void show(Tracker tracker, String label);
    }

    /** Collects one implementation's runs on one benchmark while they happen. */
    private static final class Tracker {
        final Implementation implementation;
        final List<RunRecord> runs = new ArrayList<>();
        Outcome outcome = Outcome.OK;
        String detail;
        CompileTimes compileTimes;

        Tracker(Implementation implementation) {
            this.implementation = implementation;
        }

        /** Keeps the run; marks the implementation failed or wrong when the run says so. */
        void record(boolean timed, int round, ProcessOutcome run, String expectedOutput) {
            runs.add(new RunRecord(timed, round, run.wallSeconds(), run.maxRssKb(), run.exitCode()));
            if (!run.succeeded()) {
                outcome = Outcome.FAILED;
                detail = run.problem();
                return;
            }
            Optional<String> difference = expectedOutput == null ? Optional.empty()
                    : OutputComparison.difference(expectedOutput, run.stdout());
            if (difference.isPresent()) {
                outcome = Outcome.WRONG;
                detail = "output differs: " + difference.get();
            }
        }

        void noteStatistics(ProcessOutcome run) {
            if (!implementation.statisticsArguments().isEmpty()) {
                compileTimes = CompileTimes.parse(run.stderr()).orElse(null);
            }
        }

        void skip(String why) {
            outcome = Outcome.SKIPPED;
            detail = why;
        }

        ImplementationResult result() {
            return new ImplementationResult(implementation, outcome, detail, runs, compileTimes);
        }
    }
}
