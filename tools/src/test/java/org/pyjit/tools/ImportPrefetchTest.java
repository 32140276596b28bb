package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.tools.TestCommands.pyjit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run loads ahead, on a background thread, the modules the previous run of the same program
 * imported (ImportPrefetch): they count as loaded from the cache, and an edited module is compiled
 * again with its new source, never taken from what was loaded ahead.
 */
class ImportPrefetchTest {
    @TempDir
    Path dir;

    private record Run(String stdout, String stderr) {}

    private Run run(Path script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(pyjit("-s", script.toString())).directory(dir.toFile());
        pb.environment().put("PYJIT_CACHE_DIR", dir.resolve("cache").toString());
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return new Run(out, Files.readString(err));
    }

    private static int statistic(String stderr, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(stderr);
        assertTrue(m.find(), pattern + " missing from:\n" + stderr);
        return Integer.parseInt(m.group(1));
    }

    private static int compiled(Run r) {
        return statistic(r.stderr(), "modules compiled\\s+(\\d+)");
    }

    private static int loadedAhead(Run r) {
        return statistic(r.stderr(), "modules from cache\\s+\\d+\\s+\\([\\d.]+ ms load, (\\d+) loaded ahead");
    }

    @Test
    void modulesThePreviousRunImportedAreLoadedAheadAndAnEditIsCompiledAgain() throws Exception {
        Files.writeString(dir.resolve("prefetch_a.py"), "import prefetch_b\nA = prefetch_b.B + 1\n");
        Files.writeString(dir.resolve("prefetch_b.py"), "B = 40\n");
        Path script = Files.writeString(dir.resolve("main.py"), "import prefetch_a\nprint(prefetch_a.A + 1)\n");
        Thread.sleep(2_100); // older than the status memo's racy window, so the files' statuses are memoized

        Run cold = run(script);
        assertEquals("42\n", cold.stdout());
        assertEquals(3, compiled(cold));
        Run warm = run(script);
        assertEquals("42\n", warm.stdout());
        assertEquals(0, compiled(warm));
        assertEquals(2, loadedAhead(warm), warm.stderr());

        Files.writeString(dir.resolve("prefetch_b.py"), "B = 50\n"); // same size: only the status tells
        Run edited = run(script);
        assertEquals("52\n", edited.stdout());
        assertEquals(1, compiled(edited));
        assertEquals(1, loadedAhead(edited), edited.stderr());
    }
}
