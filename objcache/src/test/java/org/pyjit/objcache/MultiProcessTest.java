package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several real JVMs on one cache directory, and processes killed with SIGKILL. */
class MultiProcessTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @Test
    void threeProcessesAtOnceAllOpenReadAndKeepEveryObject() throws Exception {
        int workers = 3;
        int count = 20;
        Path barrier = Files.createDirectories(dir.resolve("barrier"));
        Path cacheDir = dir.resolve("cache");
        // the native libraries are extracted before, as after any first run
        ObjectCache.open(TestObjects.config(cacheDir, warnings::add)).close();
        List<ChildJvm> children = new ArrayList<>();
        for (int id = 0; id < workers; id++) {
            children.add(ChildJvm.start(null, "worker", cacheDir.toString(), Integer.toString(id),
                    Integer.toString(workers), Integer.toString(count), barrier.toString()));
        }
        List<String> modes = new ArrayList<>();
        for (ChildJvm child : children) {
            child.waitFor(120);
        }
        for (ChildJvm child : children) {
            assertEquals(0, child.process.exitValue(), children.toString());
            assertEquals(List.of(), child.err, child.toString());          // no warning, no stack trace
            assertEquals(0, child.count("WARNING"), child.toString());
            assertEquals(0, child.count("PUT_FAILED"), child.toString());
            assertEquals((workers * count + 5) + " OF " + (workers * count + 5) + " WRONG 0", child.value("READ"),
                    children.toString());
            assertEquals(1, child.count("CLOSED"));
            modes.add(child.value("MODE"));
            System.out.println("child open took " + child.value("OPEN_MICROS") + " us as " + child.value("MODE"));
        }
        // all were open together, so exactly one was the primary
        assertEquals(1, modes.stream().filter("PRIMARY"::equals).count(), modes.toString());
        assertEquals(workers - 1, modes.stream().filter("SECONDARY"::equals).count(), modes.toString());

        try (ObjectCache cache = ObjectCache.open(TestObjects.config(cacheDir, warnings::add))) {
            assertEquals(CacheMode.PRIMARY, cache.mode());
            CacheStatistics stats = cache.statistics();
            assertEquals(workers * count + 5, stats.entries(), stats.toString());
            assertEquals(0, stats.pendingEntries(), "the spool was merged when the last process exited");
            for (int w = 0; w < workers; w++) {
                for (int i = 0; i < count; i++) {
                    assertArrayEquals(CacheChildMain.workerObject(w, i),
                            cache.get(CacheChildMain.workerKey(w, i)).orElseThrow().bytes());
                }
            }
            // every worker's counters arrived: each looked up all objects at least once
            assertTrue(stats.hits() >= workers * (workers * count + 5), stats.toString());
            assertTrue(stats.stores() >= workers * count + 5, stats.toString());
            assertEquals(0, cache.maintenance().verify().removed().size());
        }
        // RocksDB's LOG rotation ran before its lock and made concurrent opens fail; no LOG is written
        try (var files = Files.list(cacheDir.resolve("db"))) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("LOG")).toList());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void sigkillDuringABurstOfPutsLeavesACacheThatOpensAndServesNoDamage() throws Exception {
        Path cacheDir = dir.resolve("cache");
        ObjectCache.open(TestObjects.config(cacheDir, warnings::add)).close();
        int acknowledged = 0;
        for (int round = 0; round < 2; round++) {
            ChildJvm child = ChildJvm.start(null, "burst", cacheDir.toString());
            long deadline = System.nanoTime() + 60_000_000_000L;
            int target = 150 * (round + 1);
            while (child.count("PUT ") < target && System.nanoTime() < deadline && child.process.isAlive()) {
                Thread.sleep(5);
            }
            child.process.destroyForcibly(); // SIGKILL, in the middle of the burst
            child.waitFor(30);
            assertEquals("PRIMARY", child.value("MODE"), child.toString());
            assertEquals(0, child.count("WARNING"), child.toString());
            acknowledged = (int) Math.max(acknowledged, child.count("PUT "));
            assertTrue(acknowledged >= target, child.toString());
        }
        try (ObjectCache cache = ObjectCache.open(TestObjects.config(cacheDir, warnings::add))) {
            assertEquals(CacheMode.PRIMARY, cache.mode());
            // every acknowledged store survived the kill, intact
            for (int i = 0; i < acknowledged; i++) {
                assertArrayEquals(CacheChildMain.workerObject(0, i),
                        cache.get(CacheChildMain.workerKey(0, i)).orElseThrow(() -> new AssertionError("lost")).bytes());
            }
            VerifyReport report = cache.maintenance().verify();
            assertEquals(List.of(), report.removed());
            CacheStatistics stats = cache.statistics();
            assertEquals(report.checked(), stats.entries(), "the gauges match the entries exactly");
            assertTrue(stats.stores() > 0);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aKilledSecondaryLeavesNothingBehindThatBreaksTheCache() throws Exception {
        Path cacheDir = dir.resolve("cache");
        try (ObjectCache primary = ObjectCache.open(TestObjects.config(cacheDir, warnings::add))) {
            ChildJvm child = ChildJvm.start(null, "burst", cacheDir.toString());
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (child.count("PUT ") < 100 && System.nanoTime() < deadline && child.process.isAlive()) {
                Thread.sleep(5);
            }
            child.process.destroyForcibly();
            child.waitFor(30);
            assertEquals("SECONDARY", child.value("MODE"), child.toString());
            long acknowledged = child.count("PUT ");
            assertTrue(acknowledged >= 100, child.toString());
            for (int i = 0; i < acknowledged; i++) {
                assertArrayEquals(CacheChildMain.workerObject(0, i), primary.get(CacheChildMain.workerKey(0, i)).orElseThrow().bytes());
            }
            GcReport gc = primary.maintenance().gc();
            assertTrue(gc.bytesAfter() > 0);
            try (var leftovers = Files.list(cacheDir.resolve("secondary"))) {
                assertEquals(0, leftovers.count(), "the killed secondary's directory was removed");
            }
            try (var spool = Files.list(cacheDir.resolve("spool"))) {
                assertEquals(List.of(), spool.toList(), "temporary files of the dead process were removed");
            }
        }
        assertEquals(List.of(), warnings);
    }
}
