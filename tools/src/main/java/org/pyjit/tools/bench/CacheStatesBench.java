package org.pyjit.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code pyjit bench --cache-states}: each program under pyjit in three states of the object
 * cache — an empty {@code PYJIT_CACHE_DIR} (cold), the same directory again (warm), and a fresh
 * directory filled by {@code pyjit aot --train PROGRAM} (aot) — with python3 beside them. Every
 * round runs the states in that order with new directories, so each cold run really is cold.
 * Wall time and max RSS; the output of every run is checked against python3's (or the cold run's).
 */
final class CacheStatesBench {
    /** The columns of the table, in the order they run. */
    static final List<String> STATES = List.of("cold", "warm", "aot", "python3");

    /** The runs of one program in one state. */
    record Measurement(String benchmark, String state, List<Double> seconds, List<Long> maxRssKb, String problem) {
        double median() {
            return seconds.isEmpty() ? Double.NaN : Statistics.median(seconds);
        }
    }

    private final ProcessRunner runner;
    private final ProgressLine progress;
    private final int runs;

    CacheStatesBench(ProcessRunner runner, ProgressLine progress, int runs) {
        this.runner = runner;
        this.progress = progress;
        this.runs = runs;
    }

    /** Measures every benchmark; {@code python3} may be null when none was found. */
    List<Measurement> run(Implementation pyjit, Implementation python3, List<Benchmark> benchmarks) throws IOException {
        List<Measurement> all = new ArrayList<>();
        int index = 0;
        for (Benchmark b : benchmarks) {
            index++;
            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            Map<String, List<Long>> rss = new HashMap<>();
            Map<String, String> problems = new HashMap<>();
            STATES.forEach(s -> {
                seconds.put(s, new ArrayList<>());
                rss.put(s, new ArrayList<>());
            });
            String expected = null;
            for (int round = 1; round <= runs; round++) {
                String step = "round " + round + "/" + runs;
                if (python3 != null) {
                    progress.show(index, benchmarks.size(), b.name(), "python3", step);
                    ProcessOutcome ref = runner.run(python3.commandFor(b.arguments()), b.workingDirectory(), Map.of());
                    record(ref, "python3", null, seconds, rss, problems);
                    if (ref.succeeded() && expected == null) expected = ref.stdout();
                }
                Path cold = Files.createTempDirectory("pyjit-cache-cold");
                Path aot = Files.createTempDirectory("pyjit-cache-aot");
                try {
                    progress.show(index, benchmarks.size(), b.name(), "pyjit", step + " cold");
                    ProcessOutcome c = runner.run(pyjit.commandFor(b.arguments()), b.workingDirectory(), env(b, cold));
                    if (expected == null && c.succeeded()) expected = c.stdout();
                    record(c, "cold", expected, seconds, rss, problems);
                    progress.show(index, benchmarks.size(), b.name(), "pyjit", step + " warm");
                    record(runner.run(pyjit.commandFor(b.arguments()), b.workingDirectory(), env(b, cold)), "warm", expected,
                            seconds, rss, problems);
                    progress.show(index, benchmarks.size(), b.name(), "pyjit", step + " aot --train");
                    ProcessOutcome training = runner.run(pyjit.commandFor(aotArguments(b.arguments())), b.workingDirectory(), env(b, aot));
                    if (!training.succeeded()) problems.putIfAbsent("aot", "pyjit aot failed: " + firstLine(training));
                    progress.show(index, benchmarks.size(), b.name(), "pyjit", step + " after aot");
                    record(runner.run(pyjit.commandFor(b.arguments()), b.workingDirectory(), env(b, aot)), "aot", expected,
                            seconds, rss, problems);
                } finally {
                    deleteTree(cold);
                    deleteTree(aot);
                }
            }
            for (String s : STATES) {
                if (s.equals("python3") && python3 == null) continue;
                all.add(new Measurement(b.name(), s, seconds.get(s), rss.get(s), problems.get(s)));
            }
        }
        progress.clear();
        return all;
    }

    private static Map<String, String> env(Benchmark b, Path cache) {
        Map<String, String> env = new HashMap<>(b.environment());
        env.put("PYJIT_CACHE_DIR", cache.toString());
        return env;
    }

    /** {@code aot -q --train SCRIPT [-- ARGS]} for a benchmark whose arguments are a script and its arguments. */
    static List<String> aotArguments(List<String> arguments) {
        List<String> a = new ArrayList<>(List.of("aot", "-q", "--train", arguments.getFirst()));
        if (arguments.size() > 1) {
            a.add("--");
            a.addAll(arguments.subList(1, arguments.size()));
        }
        return a;
    }

    private static void record(ProcessOutcome o, String state, String expected, Map<String, List<Double>> seconds,
                               Map<String, List<Long>> rss, Map<String, String> problems) {
        if (!o.succeeded()) {
            problems.putIfAbsent(state, "failed: " + firstLine(o));
            return;
        }
        if (expected != null && !expected.equals(o.stdout())) {
            problems.putIfAbsent(state, "output differs from python3's");
            return;
        }
        seconds.get(state).add(o.wallSeconds());
        o.maxRssKb().ifPresent(kb -> rss.get(state).add(kb));
    }

    private static String firstLine(ProcessOutcome o) {
        String p = o.problem() == null ? "exit status " + o.exitCode() : o.problem();
        return p.lines().findFirst().orElse(p);
    }

    /** The table: one row per program, median seconds (min-max) and max RSS per state, and the speed-ups over cold. */
    static String table(List<Measurement> measurements) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-16s %-8s %10s %17s %10s %9s%n", "program", "state", "median s", "min-max s",
                "max RSS MB", "cold/this"));
        Map<String, Double> coldMedian = new HashMap<>();
        for (Measurement m : measurements) {
            if (m.state().equals("cold")) coldMedian.put(m.benchmark(), m.median());
        }
        for (Measurement m : measurements) {
            if (m.seconds().isEmpty()) {
                b.append(String.format(Locale.ROOT, "%-16s %-8s %s%n", m.benchmark(), m.state(),
                        m.problem() == null ? "no runs" : m.problem()));
                continue;
            }
            double cold = coldMedian.getOrDefault(m.benchmark(), Double.NaN);
            String rss = m.maxRssKb().isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f",
                    m.maxRssKb().stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0);
            b.append(String.format(Locale.ROOT, "%-16s %-8s %10.2f %8.2f-%-8.2f %10s %8.2fx%s%n", m.benchmark(), m.state(),
                    m.median(), Statistics.min(m.seconds()), Statistics.max(m.seconds()), rss, cold / m.median(),
                    m.problem() == null ? "" : "  (" + m.problem() + ")"));
        }
        return b.toString();
    }

    /** The measurements as JSON (hand-written: the harness has no JSON library). */
    static String json(List<Measurement> measurements) {
        StringBuilder b = new StringBuilder("{\"cacheStates\": [\n");
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            b.append("  {\"program\": \"").append(escape(m.benchmark())).append("\", \"state\": \"").append(m.state())
                    .append("\", \"seconds\": ").append(m.seconds()).append(", \"maxRssKb\": ").append(m.maxRssKb())
                    .append(", \"problem\": ").append(m.problem() == null ? "null" : "\"" + escape(m.problem()) + "\"")
                    .append(i + 1 < measurements.size() ? "},\n" : "}\n");
        }
        return b.append("]}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
