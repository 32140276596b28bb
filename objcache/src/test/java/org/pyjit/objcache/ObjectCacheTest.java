package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.objcache.RocksStore.Column;

class ObjectCacheTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private ObjectCache open() {
        return ObjectCache.open(TestObjects.config(dir, warnings::add));
    }

    @Test
    void storedObjectsComeBackWithTheirMetadata() {
        ObjectCacheKey key = TestObjects.nativeKey("f");
        byte[] object = TestObjects.objectBytes("f", 5000);
        try (ObjectCache cache = open()) {
            assertEquals(CacheMode.PRIMARY, cache.mode());
            LookupResult.Miss miss = assertInstanceOf(LookupResult.Miss.class, cache.lookup(key));
            assertEquals(MissReason.ABSENT, miss.reason());
            assertTrue(cache.put(key, object, TestObjects.metadata("m.f(int)")));
            CachedObject hit = cache.get(key).orElseThrow();
            assertArrayEquals(object, hit.bytes());
            assertEquals(TestObjects.metadata("m.f(int)"), hit.metadata());
        }
        try (ObjectCache reopened = open()) {
            assertArrayEquals(object, reopened.get(key).orElseThrow().bytes());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void everyDamagedByteOfAStoredValueIsAMissWithItsReasonAndIsDeleted() throws Exception {
        ObjectCacheKey key = TestObjects.nativeKey("damaged");
        byte[] object = TestObjects.objectBytes("damaged", 300);
        try (ObjectCache cache = open()) {
            RocksObjectCache rocks = (RocksObjectCache) cache;
            cache.put(key, object, TestObjects.metadata("m.damaged"));
            byte[] stored = rocks.store().get(Column.OBJECTS, key.digest());
            for (int i = 0; i < stored.length; i++) {
                cache.put(key, object, TestObjects.metadata("m.damaged")); // stored as usual, then damaged
                byte[] damaged = stored.clone();
                damaged[i] ^= 0x41;
                rocks.store().put(Column.OBJECTS, key.digest(), damaged);
                LookupResult.Miss miss = assertInstanceOf(LookupResult.Miss.class, cache.lookup(key), "byte " + i);
                assertEquals(ValueCodecTest.expectedReason(i), miss.reason(), "byte " + i + ": " + miss.detail());
                assertNull(rocks.store().get(Column.OBJECTS, key.digest()), "byte " + i + " not deleted");
            }
            CacheStatistics stats = cache.statistics();
            assertEquals(6, stats.misses(MissReason.FORMAT));
            assertEquals(32, stats.misses(MissReason.KEY_MISMATCH));
            assertEquals(stored.length - 38, stats.misses(MissReason.CORRUPT));
            assertEquals(0, stats.entries()); // the gauges followed the deletions
            assertEquals(0, stats.bytesUsed());
            // a fresh store works again
            cache.put(key, object, TestObjects.metadata("m.damaged"));
            assertArrayEquals(object, cache.get(key).orElseThrow().bytes());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aChangeOfAnyEnvironmentFieldIsAnEnvironmentMissNamingTheField() {
        byte[] ir = "define void @g()".getBytes(StandardCharsets.UTF_8);
        NativeObjectEnvironment e = TestObjects.NATIVE_ENV;
        record Variant(String field, CompilationEnvironment environment) {}
        List<Variant> variants = List.of(
                new Variant("llvmVersion", new NativeObjectEnvironment("21.1.0", e.targetTriple(), e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), e.abiId())),
                new Variant("targetTriple", new NativeObjectEnvironment(e.llvmVersion(), "x86_64-pc-windows-msvc", e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), e.abiId())),
                new Variant("cpuName", new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), "skylake", e.cpuFeatures(), e.optimizationLevel(), e.abiId())),
                new Variant("cpuFeatures", new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), "+sse4.2", e.optimizationLevel(), e.abiId())),
                new Variant("optimizationLevel", new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), e.cpuFeatures(), 1, e.abiId())),
                new Variant("abiId", new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), "pyjit-abi-9")));
        try (ObjectCache cache = open()) {
            cache.put(ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, ir, e), new byte[] {1}, ObjectMetadata.of("g", 10));
            for (Variant variant : variants) {
                LookupResult result = cache.lookup(ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, ir, variant.environment()));
                LookupResult.Miss miss = assertInstanceOf(LookupResult.Miss.class, result, variant.field());
                assertEquals(MissReason.ENVIRONMENT, miss.reason(), variant.field());
                assertTrue(miss.detail().startsWith(variant.field() + ": "), miss.detail());
            }
            // the other kinds' single fields
            byte[] source = "x = 1\n".getBytes(StandardCharsets.UTF_8);
            cache.put(ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, source, new BytecodeEnvironment("1")), new byte[] {2}, ObjectMetadata.of("x", 1));
            assertEquals(MissReason.ENVIRONMENT, ((LookupResult.Miss) cache.lookup(
                    ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, source, new BytecodeEnvironment("2")))).reason());
            cache.put(ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, source, new ClassFileEnvironment("1")), new byte[] {3}, ObjectMetadata.of("x", 1));
            assertEquals(MissReason.ENVIRONMENT, ((LookupResult.Miss) cache.lookup(
                    ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, source, new ClassFileEnvironment("2")))).reason());
            // an input never seen is absent
            assertEquals(MissReason.ABSENT, ((LookupResult.Miss) cache.lookup(
                    ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, new byte[] {7}, new ClassFileEnvironment("1")))).reason());
            assertEquals(8, cache.statistics().misses(MissReason.ENVIRONMENT));
        }
    }

    @Test
    void aValueStoredUnderAnotherKeyIsAKeyMismatch() throws Exception {
        ObjectCacheKey a = TestObjects.nativeKey("a");
        ObjectCacheKey b = TestObjects.nativeKey("b");
        try (ObjectCache cache = open()) {
            RocksObjectCache rocks = (RocksObjectCache) cache;
            cache.put(a, new byte[] {1, 2}, ObjectMetadata.of("a", 0));
            rocks.store().put(Column.OBJECTS, b.digest(), rocks.store().get(Column.OBJECTS, a.digest()));
            assertEquals(MissReason.KEY_MISMATCH, ((LookupResult.Miss) cache.lookup(b)).reason());
            assertEquals(MissReason.ABSENT, ((LookupResult.Miss) cache.lookup(b)).reason());
            assertTrue(cache.get(a).isPresent());
        }
    }

    @Test
    void statisticsArePersistedAcrossReopenAndCanBeZeroed() throws Exception {
        ObjectCacheKey key = TestObjects.nativeKey("s");
        try (ObjectCache cache = open()) {
            cache.lookup(key);                                          // absent
            cache.put(key, new byte[100], ObjectMetadata.of("s", 2500));
            cache.lookup(key);                                          // hit
            cache.lookup(key);                                          // hit
        }
        try (ObjectCache cache = open()) {
            CacheStatistics stats = cache.statistics();
            assertEquals(3, stats.lookups());
            assertEquals(2, stats.hits());
            assertEquals(1, stats.misses(MissReason.ABSENT));
            assertEquals(1, stats.stores());
            assertEquals(1, stats.entries());
            assertEquals(5000, stats.compileMicrosSaved());
            assertTrue(stats.bytesUsed() > 0);
            assertEquals(CacheConfig.DEFAULT_MAX_BYTES, stats.maxBytes());
            assertEquals(0, cache.sessionStatistics().lookups());
            cache.lookup(key);
            assertEquals(1, cache.sessionStatistics().hits());
            assertEquals(4, cache.statistics().lookups());
            List<CacheEntryInfo> entries = cache.maintenance().entries();
            assertEquals(1, entries.size());
            assertEquals(3, entries.get(0).hits());
            assertEquals("s", entries.get(0).label());
            cache.maintenance().zeroStatistics();
            CacheStatistics zeroed = cache.statistics();
            assertEquals(0, zeroed.lookups());
            assertEquals(0, zeroed.hits());
            assertEquals(1, zeroed.entries()); // entries are not statistics
        }
        try (ObjectCache cache = open()) {
            assertEquals(0, cache.statistics().lookups());
        }
    }

    @Test
    void leastRecentlyUsedEntriesAreEvictedInTheBackground() throws Exception {
        // the limit holds 8.5 entries, so the 9th store overflows it and eviction keeps 6 (80 %)
        long entrySize = ValueCodec.encode(TestObjects.nativeKey("e0"), TestObjects.objectBytes("e0", 8000),
                ObjectMetadata.of("e0", 1), 0).length;
        long limit = entrySize * 17 / 2;
        try (ObjectCache cache = ObjectCache.open(TestObjects.config(dir, warnings::add).withMaxBytes(limit))) {
            for (int i = 0; i < 6; i++) {
                cache.put(TestObjects.nativeKey("e" + i), TestObjects.objectBytes("e" + i, 8000), ObjectMetadata.of("e" + i, 1));
                Thread.sleep(5); // distinct store times
            }
            // use the two oldest: they become more recent than e2..e5
            assertTrue(cache.get(TestObjects.nativeKey("e0")).isPresent());
            assertTrue(cache.get(TestObjects.nativeKey("e1")).isPresent());
            for (int i = 6; i < 9; i++) {
                Thread.sleep(5);
                cache.put(TestObjects.nativeKey("e" + i), TestObjects.objectBytes("e" + i, 8000), ObjectMetadata.of("e" + i, 1));
            }
            assertTrue(waitFor(() -> cache.statistics().bytesUsed() <= limit), "no eviction happened");
            CacheStatistics stats = cache.statistics();
            // down to 80 % of the limit: 6 entries remain
            assertTrue(stats.bytesUsed() <= limit * 8 / 10, "bytes used " + stats.bytesUsed());
            assertEquals(3, stats.evictions());
            assertTrue(stats.evictedBytes() >= 3 * 8000);
            assertEquals(6, stats.entries());
            // the least recently used (e2, e3, e4) went; the ones used (e0, e1) and the newest stayed
            for (String kept : List.of("e0", "e1", "e5", "e6", "e7", "e8")) {
                assertTrue(cache.get(TestObjects.nativeKey(kept)).isPresent(), kept);
            }
            for (String evicted : List.of("e2", "e3", "e4")) {
                assertEquals(MissReason.ABSENT, ((LookupResult.Miss) cache.lookup(TestObjects.nativeKey(evicted))).reason(), evicted);
            }
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void profilesMergeAndPersist() {
        FunctionIdentity id = new FunctionIdentity("mod", "C.f", new byte[] {1, 2});
        ObjectCacheKey compiled = TestObjects.nativeKey("C.f(int)");
        try (ObjectCache cache = open()) {
            assertTrue(cache.profile(id).isEmpty());
            cache.recordProfile(new FunctionProfile(id, List.of(new ProfiledSignature(List.of("int"), 100, null))));
            cache.recordProfile(new FunctionProfile(id, List.of(new ProfiledSignature(List.of("int"), 50, compiled))));
        }
        try (ObjectCache cache = open()) {
            FunctionProfile profile = cache.profile(id).orElseThrow();
            assertEquals(List.of(new ProfiledSignature(List.of("int"), 150, compiled)), profile.signatures());
            assertEquals(List.of(profile), cache.profiles());
            assertEquals(1, cache.statistics().profiles());
        }
    }

    @Test
    void aModuleHasProfilesOnlyWhenOneOfItsOwnFunctionsHasOne() {
        FunctionIdentity id = new FunctionIdentity("json.decoder", "JSONDecoder.decode", new byte[] {7});
        try (ObjectCache cache = open(); ObjectCache secondary = open()) {
            assertFalse(cache.hasProfiles("json.decoder"));
            cache.recordProfile(new FunctionProfile(id, List.of(new ProfiledSignature(List.of("str"), 1, null))));
            assertTrue(cache.hasProfiles("json.decoder"));
            // a name that is a prefix of the module's, or has it as a prefix, is another module
            assertFalse(cache.hasProfiles("json"));
            assertFalse(cache.hasProfiles("json.decoder2"));
            assertFalse(cache.hasProfiles("json.decode"));
            FunctionIdentity other = new FunctionIdentity("re", "compile", new byte[0]);
            assertFalse(secondary.hasProfiles("re"));
            secondary.recordProfile(new FunctionProfile(other, List.of(new ProfiledSignature(List.of("str"), 1, null))));
            assertTrue(secondary.hasProfiles("re")); // its own unspooled update counts
        }
        try (ObjectCache cache = open()) {
            assertTrue(cache.hasProfiles("json.decoder"));
            assertTrue(cache.hasProfiles("re"));
        }
    }

    @Test
    void aSecondInstanceIsASecondaryThatReadsAndSpools() throws Exception {
        ObjectCacheKey first = TestObjects.nativeKey("first");
        ObjectCacheKey second = TestObjects.nativeKey("second");
        FunctionIdentity id = new FunctionIdentity("m", "f", new byte[0]);
        try (ObjectCache primary = open(); ObjectCache secondary = open()) {
            assertEquals(CacheMode.PRIMARY, primary.mode());
            assertEquals(CacheMode.SECONDARY, secondary.mode());
            primary.put(first, new byte[] {1}, ObjectMetadata.of("first", 0));
            assertTrue(secondary.get(first).isPresent() || waitFor(() -> secondary.get(first).isPresent()));
            assertTrue(secondary.put(second, new byte[] {2}, ObjectMetadata.of("second", 0)));
            assertTrue(primary.get(second).isPresent());   // read from the spool, merged at once
            assertTrue(secondary.get(second).isPresent());
            secondary.recordProfile(new FunctionProfile(id, List.of(new ProfiledSignature(List.of("int"), 3, null))));
            assertEquals(3, secondary.profile(id).orElseThrow().signatures().get(0).observations());
            assertThrows(CacheUnavailableException.class, () -> secondary.maintenance().clear());
        }
        try (ObjectCache cache = open()) {
            assertTrue(cache.get(first).isPresent());
            assertTrue(cache.get(second).isPresent());
            assertEquals(3, cache.profile(id).orElseThrow().signatures().get(0).observations());
            CacheStatistics stats = cache.statistics();
            assertEquals(2, stats.stores());
            assertEquals(2, stats.entries());
            assertEquals(0, stats.pendingEntries());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void verifyRemovesDamagedEntriesAndReportsThem() throws Exception {
        ObjectCacheKey good = TestObjects.nativeKey("good");
        ObjectCacheKey bad = TestObjects.nativeKey("bad");
        try (ObjectCache cache = open()) {
            RocksObjectCache rocks = (RocksObjectCache) cache;
            cache.put(good, new byte[] {1}, ObjectMetadata.of("good", 0));
            cache.put(bad, TestObjects.objectBytes("bad", 100), ObjectMetadata.of("bad", 0));
            byte[] value = rocks.store().get(Column.OBJECTS, bad.digest());
            value[value.length - 1] ^= 1;
            rocks.store().put(Column.OBJECTS, bad.digest(), value);
            VerifyReport report = cache.maintenance().verify();
            assertEquals(2, report.checked());
            assertEquals(1, report.removed().size());
            assertEquals(bad.hex(), report.removed().get(0).keyHex());
            assertEquals("bad", report.removed().get(0).label());
            assertEquals(MissReason.CORRUPT, report.removed().get(0).reason());
            assertEquals(1, cache.statistics().entries());
            assertEquals(0, cache.maintenance().verify().removed().size());
        }
    }

    @Test
    void clearEmptiesAndGcKeepsWithinTheLimit() throws Exception {
        try (ObjectCache cache = open()) {
            for (int i = 0; i < 5; i++) {
                cache.put(TestObjects.nativeKey("c" + i), TestObjects.objectBytes("c" + i, 1000), ObjectMetadata.of("c" + i, 1));
            }
            GcReport report = cache.maintenance().gc();
            assertEquals(0, report.evictedEntries()); // far below 1 GiB
            assertEquals(report.bytesBefore(), report.bytesAfter());
            cache.maintenance().clear();
            assertEquals(0, cache.statistics().entries());
            assertEquals(0, cache.statistics().bytesUsed());
            assertEquals(5, cache.statistics().stores());
            assertEquals(MissReason.ABSENT, ((LookupResult.Miss) cache.lookup(TestObjects.nativeKey("c0"))).reason());
        }
        try (ObjectCache cache = ObjectCache.open(TestObjects.config(dir, warnings::add).withMaxBytes(4000))) {
            for (int i = 0; i < 5; i++) {
                cache.put(TestObjects.nativeKey("c" + i), TestObjects.objectBytes("c" + i, 1000), ObjectMetadata.of("c" + i, 1));
            }
            waitFor(() -> cache.statistics().bytesUsed() <= 4000);
            GcReport report = cache.maintenance().gc();
            assertTrue(report.bytesAfter() <= 4000, report.toString());
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
