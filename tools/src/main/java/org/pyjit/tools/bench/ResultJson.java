package org.pyjit.tools.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.List;
import java.util.OptionalLong;

/**
 * Writes a {@link BenchReport} as JSON: machine, settings, implementations with versions,
 * and per benchmark every run plus the derived summaries and ratios, so the numbers can be
 * recomputed or charted elsewhere. The shape is versioned by the {@code format} field.
 */
public final class ResultJson {
    /** Bumped when a field changes meaning or disappears. */
    public static final String FORMAT = "pyjit-bench/1";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create();

    private ResultJson() {}

    /** The report as pretty-printed JSON text. */
    public static String toJson(BenchReport report) {
        return GSON.toJson(toTree(report));
    }

    /** The report as a JSON tree. */
    public static JsonObject toTree(BenchReport report) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("started", report.started().toString());
        root.addProperty("finished", report.finished().toString());
        root.add("machine", GSON.toJsonTree(report.machine()));
        JsonObject settings = new JsonObject();
        settings.addProperty("timedRuns", report.settings().runs());
        settings.addProperty("untimedRounds", report.settings().warmupRounds());
        settings.addProperty("timeoutSeconds", report.settings().timeout().toSeconds());
        settings.addProperty("maxRssMethod", report.rssMethod());
        root.add("settings", settings);
        JsonArray implementations = new JsonArray();
        for (Implementation impl : report.implementations()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", impl.name());
            o.add("command", strings(impl.command()));
            o.addProperty("version", impl.version());
            o.addProperty("role", impl == report.underTest() ? "under test"
                    : impl == report.references().getFirst() ? "reference; its output is the right output" : "reference");
            implementations.add(o);
        }
        root.add("implementations", implementations);
        root.add("notes", strings(report.notes()));
        JsonArray benchmarks = new JsonArray();
        report.results().forEach(result -> benchmarks.add(benchmark(result)));
        root.add("benchmarks", benchmarks);
        root.add("geometricMeans", means(report));
        return root;
    }

    private static JsonObject benchmark(BenchmarkResult result) {
        JsonObject o = new JsonObject();
        o.addProperty("name", result.benchmark().name());
        o.addProperty("group", result.benchmark().group().label());
        o.add("arguments", strings(result.benchmark().arguments()));
        o.addProperty("timed", result.timed());
        JsonArray perImplementation = new JsonArray();
        for (ImplementationResult r : result.results()) {
            JsonObject i = new JsonObject();
            i.addProperty("name", r.implementation().name());
            i.addProperty("outcome", r.outcome().label());
            i.addProperty("detail", r.detail());
            if (r.timed()) {
                JsonObject summary = new JsonObject();
                summary.addProperty("medianSeconds", r.medianSeconds());
                summary.addProperty("minSeconds", r.minSeconds());
                summary.addProperty("maxSeconds", r.maxSeconds());
                summary.add("maxRssKb", kib(r.maxRssKb()));
                i.add("summary", summary);
            } else {
                i.add("summary", JsonNull.INSTANCE);
            }
            if (r.compileTimes() != null) {
                JsonObject compile = new JsonObject();
                compile.addProperty("codeObjects", r.compileTimes().compiles());
                compile.addProperty("totalMillis", r.compileTimes().totalMillis());
                compile.addProperty("medianMicros", r.compileTimes().medianMicros());
                compile.addProperty("worstMicros", r.compileTimes().worstMicros());
                i.add("baselineCompileTimes", compile);
            }
            JsonArray runs = new JsonArray();
            for (RunRecord run : r.runs()) {
                JsonObject runObject = new JsonObject();
                runObject.addProperty("phase", run.timed() ? "timed" : "untimed");
                runObject.addProperty("round", run.round());
                runObject.addProperty("wallSeconds", run.wallSeconds());
                runObject.add("maxRssKb", kib(run.maxRssKb()));
                runObject.addProperty("exitCode", run.exitCode());
                runs.add(runObject);
            }
            i.add("runs", runs);
            perImplementation.add(i);
        }
        o.add("implementations", perImplementation);
        JsonObject ratios = new JsonObject();
        String tested = result.underTest().implementation().name();
        for (ImplementationResult r : result.results().subList(1, result.results().size())) {
            result.pairwiseRatios(r.implementation().name(), tested).ifPresent(pairs -> {
                JsonObject ratio = new JsonObject();
                ratio.add("pairs", numbers(pairs));
                ratio.addProperty("median", Statistics.median(pairs));
                ratios.add(r.implementation().name(), ratio);
            });
        }
        o.add("ratiosReferenceOverUnderTest", ratios);
        return o;
    }

    private static JsonObject means(BenchReport report) {
        JsonObject byGroup = new JsonObject();
        for (BenchmarkGroup group : BenchmarkGroup.values()) {
            JsonObject byReference = new JsonObject();
            for (Implementation reference : report.references()) {
                report.geometricMean(group, reference.name()).ifPresent(mean -> {
                    JsonObject m = new JsonObject();
                    m.addProperty("value", mean.value());
                    m.addProperty("benchmarks", mean.benchmarks());
                    byReference.add(reference.name(), m);
                });
            }
            byGroup.add(group.label(), byReference);
        }
        return byGroup;
    }

    private static JsonElement kib(OptionalLong value) {
        return value.isPresent() ? new JsonPrimitive(value.getAsLong()) : JsonNull.INSTANCE;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static JsonArray numbers(List<Double> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
