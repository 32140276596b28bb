package org.pyjit.tools.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Formats a {@link BenchReport} as the plain-text table the harness prints. */
public final class ResultTable {
    private ResultTable() {}

    /** The whole table, ending with a newline. */
    public static String format(BenchReport report) {
        StringBuilder out = new StringBuilder();
        String tested = report.underTest().name();
        BenchSettings s = report.settings();
        out.append("pyjit bench: ").append(s.runs()).append(" timed runs per implementation after ")
                .append(s.warmupRounds()).append(" untimed round(s); wall seconds of the whole process\n");
        out.append("ratio = reference time / ").append(tested)
                .append(" time, median of the run-by-run ratios (above 1: ").append(tested).append(" is faster)\n\n");
        implementations(out, report);
        int nameWidth = Math.max(14, report.results().stream().mapToInt(r -> r.benchmark().name().length()).max().orElse(0) + 2);
        int implWidth = Math.max(16, report.implementations().stream().mapToInt(i -> i.name().length()).max().orElse(0) + 2);
        for (BenchmarkGroup group : BenchmarkGroup.values()) {
            List<BenchmarkResult> results = report.resultsOf(group);
            if (!results.isEmpty()) {
                out.append('\n').append(group.label()).append('\n');
                out.append(pad("benchmark", nameWidth)).append(pad("implementation", implWidth))
                        .append(String.format(Locale.ROOT, "%8s   %-17s %10s   %s%n", "median", "min - max", "max RSS", "ratio"));
                results.forEach(result -> rows(out, result, nameWidth, implWidth));
                means(out, report, group, results.size());
            }
        }
        compileTimes(out, report, nameWidth, implWidth);
        return out.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private static void implementations(StringBuilder out, BenchReport report) {
        int width = report.implementations().stream().mapToInt(i -> i.name().length()).max().orElse(0) + 2;
        out.append("implementations\n");
        for (Implementation impl : report.implementations()) {
            String role = impl == report.underTest() ? "   (under test)"
                    : impl == report.references().getFirst() ? "   (its output is the right output)" : "";
            out.append("  ").append(pad(impl.name(), width)).append(pad(impl.version(), 18))
                    .append(String.join(" ", impl.command())).append(role).append('\n');
        }
        for (String note : report.notes()) {
            out.append("  note: ").append(note).append('\n');
        }
        out.append("  max RSS: ").append(report.rssMethod()).append('\n');
        MachineInfo m = report.machine();
        out.append("  machine: ").append(m.cpuModel()).append(", ").append(m.logicalCpus()).append(" CPUs, ")
                .append(m.os()).append(' ').append(m.kernel()).append(", load average at start ").append(m.loadAverage())
                .append('\n');
    }

    private static void rows(StringBuilder out, BenchmarkResult result, int nameWidth, int implWidth) {
        String name = result.benchmark().name();
        boolean first = true;
        for (ImplementationResult r : result.results()) {
            boolean tested = r == result.underTest();
            if (r.outcome() == Outcome.SKIPPED && !tested) {
                continue;
            }
            out.append(pad(first ? name : "", nameWidth)).append(pad(r.implementation().name(), implWidth));
            first = false;
            if (r.timed()) {
                out.append(String.format(Locale.ROOT, "%8.3f   %-17s %10s   %s%n", r.medianSeconds(),
                        String.format(Locale.ROOT, "%.3f - %.3f", r.minSeconds(), r.maxSeconds()), megabytes(r.maxRssKb()),
                        tested ? "" : ratio(result, r.implementation().name())));
            } else if (r.outcome() == Outcome.SKIPPED) {
                out.append("not timed: ").append(r.detail()).append('\n');
            } else {
                out.append(r.outcome().label().toUpperCase()).append(tested ? ", not timed: " : ": ")
                        .append(r.detail()).append('\n');
            }
        }
    }

    private static String ratio(BenchmarkResult result, String reference) {
        Optional<List<Double>> pairs = result.pairwiseRatios(reference, result.underTest().implementation().name());
        return pairs.map(p -> String.format(Locale.ROOT, "%.2f (%.2f - %.2f)", Statistics.median(p), Statistics.min(p), Statistics.max(p)))
                .orElse("");
    }

    private static void means(StringBuilder out, BenchReport report, BenchmarkGroup group, int total) {
        long timed = report.resultsOf(group).stream().filter(BenchmarkResult::timed).count();
        if (timed == 0) {
            out.append("nothing timed in ").append(group.label()).append(": ").append(report.underTest().name())
                    .append(" failed or printed wrong output on every benchmark, so there is no ratio to report\n");
            return;
        }
        StringBuilder means = new StringBuilder();
        for (Implementation reference : report.references()) {
            report.geometricMean(group, reference.name()).ifPresent(mean -> means.append(means.isEmpty() ? "" : ", ")
                    .append(reference.name()).append(' ').append(String.format(Locale.ROOT, "%.2f", mean.value()))
                    .append(mean.benchmarks() == timed ? "" : " (over " + mean.benchmarks() + ")"));
        }
        out.append("geometric mean of ratios, ").append(timed).append(" of ").append(total).append(' ')
                .append(group.label()).append(" timed: ").append(means.isEmpty() ? "none" : means).append('\n');
    }

    /** Baseline compile time per code object, from the checking runs' {@code -s} statistics. */
    private static void compileTimes(StringBuilder out, BenchReport report, int nameWidth, int implWidth) {
        List<String> rows = new java.util.ArrayList<>();
        List<Double> medians = new java.util.ArrayList<>();
        double worst = 0;
        for (BenchmarkResult result : report.results()) {
            boolean first = true;
            for (ImplementationResult r : result.results()) {
                CompileTimes c = r.compileTimes();
                if (c == null || c.compiles() == 0) {
                    continue;
                }
                rows.add(pad(first ? result.benchmark().name() : "", nameWidth) + pad(r.implementation().name(), implWidth)
                        + String.format(Locale.ROOT, "%8d %10.1f %10.2f %10.2f", c.compiles(), c.totalMillis(),
                        c.medianMicros() / 1000, c.worstMicros() / 1000));
                first = false;
                medians.add(c.medianMicros());
                worst = Math.max(worst, c.worstMicros());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        out.append("\nbaseline compile time per code object (checking run, pyjit -s)\n");
        out.append(pad("benchmark", nameWidth)).append(pad("implementation", implWidth))
                .append(String.format(Locale.ROOT, "%8s %10s %10s %10s%n", "compiled", "total ms", "median ms", "worst ms"));
        rows.forEach(row -> out.append(row).append('\n'));
        out.append(String.format(Locale.ROOT, "over %d runs: median of the medians %.2f ms, worst %.2f ms%n",
                medians.size(), Statistics.median(medians) / 1000, worst / 1000));
    }

    private static String megabytes(OptionalLong kib) {
        return kib.isPresent() ? String.format(Locale.ROOT, "%.1f MiB", kib.getAsLong() / 1024.0) : "n/a";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
