package org.pyjit.tools.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultJsonTest {
    private final JsonObject root = JsonParser.parseString(ResultJson.toJson(SampleReports.mixed())).getAsJsonObject();

    @Test
    void topLevelHasMachineSettingsImplementationsAndBenchmarks() {
        assertEquals(ResultJson.FORMAT, root.get("format").getAsString());
        assertEquals("2025-01-01T10:00:00Z", root.get("started").getAsString());
        assertEquals("Test CPU", root.getAsJsonObject("machine").get("cpuModel").getAsString());
        assertEquals(3, root.getAsJsonObject("settings").get("timedRuns").getAsInt());
        assertEquals(1, root.getAsJsonObject("settings").get("untimedRounds").getAsInt());
        JsonArray implementations = root.getAsJsonArray("implementations");
        assertEquals(3, implementations.size());
        JsonObject pyjit = implementations.get(0).getAsJsonObject();
        assertEquals("pyjit", pyjit.get("name").getAsString());
        assertEquals("under test", pyjit.get("role").getAsString());
        assertEquals("bin/pyjit", pyjit.getAsJsonArray("command").get(0).getAsString());
        assertEquals("cpython 3.11.7", implementations.get(1).getAsJsonObject().get("version").getAsString());
        assertEquals("a note", root.getAsJsonArray("notes").get(0).getAsString());
        assertEquals(4, root.getAsJsonArray("benchmarks").size());
    }

    @Test
    void everyRunIsKeptWithItsPhase() {
        JsonObject fast = root.getAsJsonArray("benchmarks").get(0).getAsJsonObject();
        assertEquals("fast", fast.get("name").getAsString());
        assertEquals("programs", fast.get("group").getAsString());
        assertTrue(fast.get("timed").getAsBoolean());
        JsonObject python3 = fast.getAsJsonArray("implementations").get(1).getAsJsonObject();
        assertEquals("ok", python3.get("outcome").getAsString());
        JsonArray runs = python3.getAsJsonArray("runs");
        assertEquals(4, runs.size());
        assertEquals("untimed", runs.get(0).getAsJsonObject().get("phase").getAsString());
        assertEquals("timed", runs.get(1).getAsJsonObject().get("phase").getAsString());
        assertEquals(2.0, runs.get(1).getAsJsonObject().get("wallSeconds").getAsDouble());
        assertEquals(10_241, runs.get(1).getAsJsonObject().get("maxRssKb").getAsLong());
        JsonObject summary = python3.getAsJsonObject("summary");
        assertEquals(2.0, summary.get("medianSeconds").getAsDouble());
        assertEquals(1.8, summary.get("minSeconds").getAsDouble());
        assertEquals(2.2, summary.get("maxSeconds").getAsDouble());
        assertEquals(10_243, summary.get("maxRssKb").getAsLong());
    }

    @Test
    void ratiosAndGeometricMeansAreIncluded() {
        JsonObject fast = root.getAsJsonArray("benchmarks").get(0).getAsJsonObject();
        JsonObject ratio = fast.getAsJsonObject("ratiosReferenceOverUnderTest").getAsJsonObject("python3");
        assertEquals(2.0, ratio.get("median").getAsDouble(), 1e-9);
        assertEquals(3, ratio.getAsJsonArray("pairs").size());
        JsonObject programs = root.getAsJsonObject("geometricMeans").getAsJsonObject("programs");
        // fast: 2.0, slow: 0.5 -> geometric mean 1.0 over the two timed programs
        assertEquals(1.0, programs.getAsJsonObject("python3").get("value").getAsDouble(), 1e-9);
        assertEquals(2, programs.getAsJsonObject("python3").get("benchmarks").getAsInt());
        assertEquals(0.1, root.getAsJsonObject("geometricMeans").getAsJsonObject("startup")
                .getAsJsonObject("python3").get("value").getAsDouble(), 1e-9);
    }

    @Test
    void aWrongBenchmarkHasNoSummaryButKeepsItsDetail() {
        JsonObject broken = root.getAsJsonArray("benchmarks").get(2).getAsJsonObject();
        assertFalse(broken.get("timed").getAsBoolean());
        JsonObject pyjit = broken.getAsJsonArray("implementations").get(0).getAsJsonObject();
        assertEquals("wrong", pyjit.get("outcome").getAsString());
        assertTrue(pyjit.get("detail").getAsString().startsWith("output differs"));
        assertTrue(pyjit.get("summary").isJsonNull());
        assertEquals(0, broken.getAsJsonObject("ratiosReferenceOverUnderTest").size());
    }
}
