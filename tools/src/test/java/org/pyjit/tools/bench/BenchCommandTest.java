package org.pyjit.tools.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bench(String... args) {
        BenchCommand command = new BenchCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        var line = BenchCommand.commandLine(command);
        line.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        return line.execute(args);
    }

    private Path programs() throws IOException {
        Path programs = Files.createDirectories(dir.resolve("programs"));
        Files.writeString(programs.resolve("loop.py"), "t = 0\nfor i in range(20000):\n    t += i * i\nprint(t)\n");
        Files.writeString(programs.resolve("text.py"), "print('-'.join(str(i) for i in range(50)))\n");
        return programs;
    }

    @Test
    void python3AsPyjitRunsTheWholePipeline() throws IOException {
        Path results = dir.resolve("results");
        int exit = bench(programs().toString(), "--pyjit-command", "python3", "--runs", "2", "--out", results.toString(), "--quiet");

        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, table + err);
        assertTrue(table.contains("geometric mean of ratios, 2 of 2 programs timed: python3"), table);
        JsonObject json = JsonParser.parseString(Files.readString(results.resolve(BenchCommand.RESULTS_JSON))).getAsJsonObject();
        assertEquals(2, json.getAsJsonArray("benchmarks").size());
        assertTrue(json.getAsJsonObject("geometricMeans").getAsJsonObject("programs").has("python3"));
        assertEquals(table.substring(0, table.indexOf("\n\nresults:") + 1), Files.readString(results.resolve(BenchCommand.TABLE_TEXT)));
        for (String chart : new String[] {ChartWriter.SPEEDUP, ChartWriter.STARTUP, ChartWriter.MAX_RSS}) {
            assertTrue(Files.size(results.resolve(chart)) > 1000, chart);
        }
    }

    @Test
    void nativeOffAddsTheUnderTestCommandWithTheTierOffAsAReference() throws IOException {
        Path results = dir.resolve("results");
        // python3 ignores -X options it does not know, as pyjit does
        int exit = bench(programs().resolve("loop.py").toString(), "--pyjit-command", "python3", "--native-off", "--runs", "1",
                "--out", results.toString(), "--quiet");

        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, table + err);
        assertTrue(table.contains(BenchCommand.NATIVE_OFF), table);
        JsonObject json = JsonParser.parseString(Files.readString(results.resolve(BenchCommand.RESULTS_JSON))).getAsJsonObject();
        assertTrue(json.getAsJsonObject("geometricMeans").getAsJsonObject("programs").has(BenchCommand.NATIVE_OFF), json.toString());
    }

    @Test
    void aDeliberatelyWrongPyjitIsReportedWrongAndTheRunStillSucceeds() throws IOException {
        Path fake = dir.resolve("fake-pyjit");
        Files.writeString(fake, "#!/bin/sh\necho 'not python'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path results = dir.resolve("results");

        int exit = bench(programs().resolve("text.py").toString(), "--pyjit-command", fake.toString(),
                "--out", results.toString(), "--quiet");

        String table = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, table + err);
        assertTrue(table.contains("WRONG, not timed: output differs: line 1: expected \"0-1-2-3"), table);
        assertTrue(table.contains("nothing timed in programs"), table);
        assertTrue(Files.exists(results.resolve(ChartWriter.SPEEDUP)));
    }

    @Test
    void problemsAreReportedInOneLineWithoutAStackTrace() throws IOException {
        assertEquals(1, bench(programs().toString(), "--group", "warm", "--pyjit-command", "python3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("pyjit bench: unknown --group 'warm'"));
        assertEquals(1, bench(dir.resolve("missing.py").toString(), "--pyjit-command", "python3"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.py does not exist"));
        assertEquals(2, bench("--runs", "many"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("\tat "), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aVariantIsPyjitWithLeadingArguments() {
        Implementation pyjit = new Implementation("pyjit", List.of("bin/pyjit"), "pyjit 0.1", List.of("-s"));
        Implementation off = BenchCommand.parseVariant(pyjit, "baseline-off=-X baseline=off");
        assertEquals("baseline-off", off.name());
        assertEquals(List.of("bin/pyjit", "-X", "baseline=off"), off.command());
        assertEquals(List.of("bin/pyjit", "-X", "baseline=off", "-s", "p.py"), off.checkingCommandFor(List.of("p.py")));
        assertEquals(List.of("bin/pyjit", "-X", "baseline=off", "p.py"), off.commandFor(List.of("p.py")));
        assertThrows(BenchException.class, () -> BenchCommand.parseVariant(pyjit, "pyjit=-X baseline=off"));
        assertThrows(BenchException.class, () -> BenchCommand.parseVariant(pyjit, "off="));
    }
}
