package org.pyjit.tools.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.BytecodeEnvironment;
import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.CacheMode;
import org.pyjit.objcache.NativeObjectEnvironment;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import picocli.CommandLine;

class CacheCommandTest {
    private static final NativeObjectEnvironment ENV =
            new NativeObjectEnvironment("20.1.7", "x86_64-unknown-linux-gnu", "znver3", "+avx2", 2, "abi-1");

    @TempDir
    Path dir;

    /** What one run of the command printed. */
    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CacheCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--cache-dir=" + dir.resolve("cache"));
        int code = command.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private ObjectCache openCache() {
        return ObjectCache.open(CacheConfig.at(dir.resolve("cache")));
    }

    private static ObjectCacheKey key(String ir) {
        return ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, ir.getBytes(StandardCharsets.UTF_8), ENV);
    }

    /** Stores f, g and a module's bytecode, then hits f twice: least recently used are g, then the bytecode. */
    private void populate() throws InterruptedException {
        try (ObjectCache cache = openCache()) {
            cache.put(key("f"), randomBytes(1000), new ObjectMetadata("m.f(int, float)", 12_000, List.of("pyjit_fn_f"), List.of()));
            Thread.sleep(3); // last-use times have millisecond resolution: keep the LRU order unambiguous
            cache.put(key("g"), randomBytes(3000), ObjectMetadata.of("m.g()", 500));
            Thread.sleep(3);
            cache.put(ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, new byte[] {1}, new BytecodeEnvironment("1")),
                    new byte[10], ObjectMetadata.of("m", 100));
            Thread.sleep(3);
            cache.get(key("f"));
            cache.get(key("f"));
            cache.get(key("absent"));
        }
    }

    @Test
    void dirPrintsTheDirectory() {
        Run run = run("dir");
        assertEquals(0, run.exitCode());
        assertEquals(dir.resolve("cache").toString(), run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void statsPrintsTheTableOnAnEmptyCache() {
        Run run = run("stats");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Cache directory        " + dir.resolve("cache")), run.out());
        assertTrue(run.out().contains("\nLookups                0\n"), run.out());
        assertTrue(run.out().contains("\n  Hits                 0 (0.0 %)\n"), run.out());
        assertTrue(run.out().contains("\n    corrupt            0\n"), run.out());
        assertTrue(run.out().contains("\nEntries                0\n"), run.out());
        assertTrue(run.out().contains("\nCache size             0 B of 1.0 GiB (0.0 %)\n"), run.out());
    }

    @Test
    void statsPrintsTheTableOnAPopulatedCache() throws Exception {
        populate();
        Run run = run("stats");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("\nLookups                3\n"), out);
        assertTrue(out.contains("\n  Hits                 2 (66.7 %)\n"), out);
        assertTrue(out.contains("\n  Misses               1 (33.3 %)\n"), out);
        assertTrue(out.contains("\n    absent             1\n"), out);
        assertTrue(out.contains("\nStores                 3\n"), out);
        assertTrue(out.contains("\nCompile time saved     24.0 ms\n"), out);
        assertTrue(out.contains("\nEntries                3\n"), out);
    }

    @Test
    void statsJsonIsMachineReadable() throws Exception {
        populate();
        Run run = run("stats", "--json", "--max-size=2G");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(3, json.get("lookups").getAsLong());
        assertEquals(2, json.get("hits").getAsLong());
        assertEquals(1, json.getAsJsonObject("misses").get("absent").getAsLong());
        assertEquals(0, json.getAsJsonObject("misses").get("corrupt").getAsLong());
        assertEquals(3, json.get("entries").getAsLong());
        assertEquals(24_000, json.get("compile_time_saved_us").getAsLong());
        assertEquals(2L << 30, json.get("max_bytes").getAsLong());
        assertTrue(json.get("bytes_used").getAsLong() > 0);
        assertEquals("primary", json.get("mode").getAsString());
    }

    @Test
    void listShowsOneLinePerEntry() throws Exception {
        populate();
        Run run = run("list");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("LAST USE"), lines.get(0));
        // the most recently used first: f was hit twice after all stores
        assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+2\\s+\\S+ \\S+\\s+native\\s+m\\.f\\(int, float\\)"),
                lines.get(1));
        assertTrue(run.out().contains("  bytecode  m\n"), run.out());
        assertTrue(lines.get(4).startsWith("3 entries, "), lines.get(4));
    }

    @Test
    void verifyRemovesAndReportsADamagedEntry() throws Exception {
        populate();
        // damage one stored value behind the cache's back
        damageValue(key("g").digest());
        Run run = run("verify");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("removed " + key("g").hex().substring(0, 16) + " m.g(): corrupt ("), run.out());
        assertTrue(run.out().contains("checked 3 entries and 0 profiles; removed 1 damaged entries"), run.out());
        Run again = run("verify");
        assertTrue(again.out().contains("checked 2 entries and 0 profiles; removed 0 damaged entries"), again.out());
    }

    @Test
    void clearEmptiesAndGcEvictsDownToTheLimit() throws Exception {
        populate();
        Run clear = run("clear");
        assertEquals(0, clear.exitCode(), clear.err());
        assertTrue(clear.out().startsWith("removed 3 entries"), clear.out());
        assertTrue(run("stats").out().contains("\nEntries                0\n"));
        populate();
        Run gc = run("gc", "--max-size=8K");
        assertEquals(0, gc.exitCode(), gc.err());
        assertTrue(gc.out().contains("evicted 0 entries"), gc.out());
        // ~4.6 KiB in use; least recently used first: g (3 KiB) goes, and that is enough for 80 % of 4 KiB
        Run smaller = run("gc", "--max-size=4K");
        assertEquals(0, smaller.exitCode(), smaller.err());
        assertTrue(smaller.out().contains("evicted 1 entries"), smaller.out());
        assertTrue(smaller.out().contains(" of 4.0 KiB"), smaller.out());
        Run list = run("list");
        assertEquals(4, list.out().lines().count(), list.out());
        assertTrue(list.out().contains("m.f(int, float)"), list.out());
        assertTrue(!list.out().contains("m.g()"), list.out());
        Run zero = run("zero-stats");
        assertEquals("statistics zeroed", zero.out().strip());
        Run stats = run("stats", "--json");
        assertEquals(0, JsonParser.parseString(stats.out()).getAsJsonObject().get("lookups").getAsLong());
    }

    @Test
    void commandsThatChangeTheCacheReportABusyCacheClearly() {
        try (ObjectCache running = openCache()) {
            assertEquals(CacheMode.PRIMARY, running.mode());
            Run clear = run("clear");
            assertEquals(1, clear.exitCode());
            assertTrue(clear.err().contains("is in use by another pyjit process (pid " + ProcessHandle.current().pid() + ")"),
                    clear.err());
            Run stats = run("stats"); // reading works meanwhile
            assertEquals(0, stats.exitCode(), stats.err());
            assertTrue(stats.out().contains("read-only"), stats.out());
        }
    }

    @Test
    void anUnusableCacheIsOneWarningAndExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("cache"), "not a directory");
        Run run = run("stats");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("pyjit: warning: object cache disabled"), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
        assertEquals(2, run("gc", "--max-size=lots").exitCode());
    }

    /** Incompressible, so stored sizes are close to object sizes. */
    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(length).nextBytes(bytes);
        return bytes;
    }

    private void damageValue(byte[] digest) throws Exception {
        Path db = dir.resolve("cache/db");
        List<ColumnFamilyDescriptor> families = new ArrayList<>();
        for (byte[] name : RocksDB.listColumnFamilies(new org.rocksdb.Options(), db.toString())) {
            families.add(new ColumnFamilyDescriptor(name));
        }
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (DBOptions options = new DBOptions();
             RocksDB rocks = RocksDB.open(options, db.toString(), families, handles)) {
            ColumnFamilyHandle objects = handles.get(families.stream().map(f -> new String(f.getName(), StandardCharsets.US_ASCII))
                    .toList().indexOf("objects"));
            byte[] value = rocks.get(objects, digest);
            value[value.length - 1] ^= 1;
            rocks.put(objects, digest, value);
            handles.forEach(ColumnFamilyHandle::close);
        }
    }
}
