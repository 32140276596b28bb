package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache that cannot be used warns once and the program runs on without it. */
class CacheFaultsTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    /** Uses a disabled cache the way a program would and checks that nothing fails. */
    private void assertRunsOnWithoutCache(ObjectCache cache) throws Exception {
        assertEquals(CacheMode.DISABLED, cache.mode());
        ObjectCacheKey key = TestObjects.nativeKey("k");
        assertFalse(cache.put(key, new byte[] {1}, ObjectMetadata.of("k", 1)));
        LookupResult.Miss miss = assertInstanceOf(LookupResult.Miss.class, cache.lookup(key));
        assertEquals(MissReason.UNAVAILABLE, miss.reason());
        assertTrue(cache.get(key).isEmpty());
        cache.recordProfile(new FunctionProfile(new FunctionIdentity("m", "f", new byte[0]), List.of()));
        assertEquals(List.of(), cache.profiles());
        assertEquals(0, cache.statistics().lookups());
        assertThrows(CacheUnavailableException.class, () -> cache.maintenance().gc());
        cache.close();
        cache.close();
    }

    @Test
    void aCacheDirectoryThatCannotBeCreatedDisablesTheCacheWithOneWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        ObjectCache cache = ObjectCache.open(TestObjects.config(file.resolve("cache"), warnings::add));
        assertRunsOnWithoutCache(cache);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("cannot create the cache directory"), warnings.get(0));
    }

    @Test
    void aCacheDirectoryThatIsAFileDisablesTheCache() throws Exception {
        Path file = Files.writeString(dir.resolve("cache"), "x");
        assertRunsOnWithoutCache(ObjectCache.open(TestObjects.config(file, warnings::add)));
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void aDatabaseThatCannotBeOpenedDisablesTheCache() throws Exception {
        Path cacheDir = dir.resolve("cache");
        ObjectCache.open(TestObjects.config(cacheDir, warnings::add)).close();
        Files.writeString(cacheDir.resolve("db/CURRENT"), "MANIFEST-999999\n"); // names a manifest that is not there
        ObjectCache cache = ObjectCache.open(TestObjects.config(cacheDir, warnings::add));
        assertRunsOnWithoutCache(cache);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("cannot open the database"), warnings.get(0));
    }

    @Test
    void aFullDiskWarnsOnceAndTheProgramRunsOn() throws Exception {
        Path cacheDir = dir.resolve("cache");
        ObjectCache.open(TestObjects.config(cacheDir, warnings::add)).close(); // database and libraries exist
        // files may grow to 400 KB only: the write-ahead log hits the limit after ~25 stores of 16 KB
        ChildJvm child = ChildJvm.start("ulimit -f 400", "fill", cacheDir.toString());
        assertEquals(0, child.waitFor(120), child.toString());
        assertEquals("PRIMARY", child.value("MODE"), child.toString());
        assertEquals(1, child.err.size(), child.toString());
        assertTrue(child.err.get(0).startsWith("pyjit: warning: object cache"), child.toString());
        assertTrue(child.err.get(0).contains("cannot store"), child.toString());
        String[] result = child.value("STORED").split(" ");
        int stored = Integer.parseInt(result[0]);
        assertTrue(stored > 0 && stored < 300, child.toString());
        assertEquals(stored, Integer.parseInt(result[2]), "whatever was stored can be read: " + child);
        assertEquals(1, child.count("DONE"));
        try (ObjectCache cache = ObjectCache.open(TestObjects.config(cacheDir, warnings::add))) {
            assertEquals(CacheMode.PRIMARY, cache.mode());
            assertEquals(List.of(), cache.maintenance().verify().removed());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void publicTypesLoadNoNativeCodeUntilACacheIsOpened() throws Exception {
        ChildJvm child = ChildJvm.start(null, "lazy", dir.resolve("cache").toString());
        assertEquals(0, child.waitFor(60), child.toString());
        assertEquals("", child.value("BEFORE_OPEN").trim(), child.toString());
        assertEquals("PRIMARY", child.value("MODE"), child.toString());
        assertEquals("rocksdb zstd", child.value("AFTER_OPEN"), child.toString());
        // the libraries were loaded from the extracted copies, not from fresh temporary files
        assertTrue(Files.list(TestObjects.NATIVE_DIR).anyMatch(p -> p.getFileName().toString().startsWith("rocksdbjni-")));
        assertTrue(Files.list(TestObjects.NATIVE_DIR).anyMatch(p -> p.getFileName().toString().startsWith("zstd-jni-")));
    }

    @Test
    void aCacheWithoutTheRemoteTierLoadsNoRedisCode() throws Exception {
        List<String> log = List.of("-Xlog:class+load=info:stdout");
        ChildJvm off = ChildJvm.start(null, log, "use", dir.resolve("off").toString());
        assertEquals(0, off.waitFor(60), off.toString());
        assertEquals("true", off.value("STORED"), off.toString());
        assertTrue(off.count("[") > 100, "the class-loading log is there");
        assertEquals(List.of(), off.out.stream().filter(l -> l.contains("org.pyjit.objcache.remote.")
                || l.contains("TieredObjectCache")).toList());
        // the same check sees the classes when the tier is asked for (here refused: no key file)
        ChildJvm on = ChildJvm.start(null, log, "use", dir.resolve("on").toString(), "redis://127.0.0.1:1/0");
        assertEquals(0, on.waitFor(60), on.toString());
        assertTrue(on.out.stream().anyMatch(l -> l.contains("org.pyjit.objcache.remote.RedisRemoteTier")), on.toString());
        assertEquals(1, on.count("WARNING"), on.toString());
    }
}
