package org.pyjit.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.tools.TestCommands.pyjit;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private static int statistic(String stderr, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(stderr);
        assertTrue(m.find(), pattern + " missing from:\n" + stderr);
        return Integer.parseInt(m.group(1));
    }

    private static int compiled(TestCommands.Output r) {
        return statistic(r.stderr(), "modules compiled\\s+(\\d+)");
    }

    private static int loadedAhead(TestCommands.Output r) {
        return statistic(r.stderr(), "modules from cache\\s+\\d+\\s+\\([\\d.]+ ms load, (\\d+) loaded ahead");
    }

    @Test
    void modulesThePreviousRunImportedAreLoadedAheadAndAnEditIsCompiledAgain() throws Exception {
        Files.writeString(dir.resolve("prefetch_a.py"), "import prefetch_b\nA = prefetch_b.B + 1\n");
        Files.writeString(dir.resolve("prefetch_b.py"), "B = 40\n");
        Path script = Files.writeString(dir.resolve("main.py"), "import prefetch_a\nprint(prefetch_a.A + 1)\n");
        Thread.sleep(2_100); // older than the status memo's racy window, so the files' statuses are memoized

        TestCommands.Output cold = TestCommands.runWithCache(dir, pyjit("-s", script.toString()));
        assertEquals("42\n", cold.stdout());
        assertEquals(3, compiled(cold));
        TestCommands.Output warm = TestCommands.runWithCache(dir, pyjit("-s", script.toString()));
        assertEquals("42\n", warm.stdout());
        assertEquals(0, compiled(warm));
        assertEquals(2, loadedAhead(warm), warm.stderr());

        Files.writeString(dir.resolve("prefetch_b.py"), "B = 50\n"); // same size: only the status tells
        TestCommands.Output edited = TestCommands.runWithCache(dir, pyjit("-s", script.toString()));
        assertEquals("52\n", edited.stdout());
        assertEquals(1, compiled(edited));
        assertEquals(1, loadedAhead(edited), edited.stderr());
    }
}
