package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.objcache.remote.RedisServer;
import org.pyjit.objcache.remote.SilentServer;

/** The two-level cache against a real redis-server started for each test. */
class TieredObjectCacheTest {
    @TempDir
    Path dir;

    private RedisServer redis;
    private Path key;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisServer.start(dir.resolve("redis"));
        key = keyFile("key", "0123456789abcdef0123456789abcdef");
    }

    @AfterEach
    void stopRedis() throws Exception {
        redis.close();
    }

    private Path keyFile(String name, String secret) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, secret + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private ObjectCache open(String local, RemoteCacheSettings remote) {
        return ObjectCache.open(TestObjects.config(dir.resolve(local), warnings::add).withRemote(remote));
    }

    private RemoteCacheSettings remote() {
        return RemoteCacheSettings.OFF.withUrl(redis.url(0)).withKeyFile(key).withTimeout(Duration.ofMillis(500));
    }

    /** Waits until the background stores reached Redis. */
    private void awaitRemoteEntries(int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (redis.objectKeys(0).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + redis.objectKeys(0).size() + " of " + count + " entries reached Redis");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aSecondMachineFindsTheFirstOnesObjectsAndKeepsThemLocally() throws Exception {
        byte[] object = TestObjects.objectBytes("shared", 5000);
        ObjectCacheKey k = TestObjects.nativeKey("define i64 @f()");
        try (ObjectCache first = open("a", remote())) {
            assertInstanceOf(LookupResult.Miss.class, first.lookup(k));
            assertTrue(first.put(k, object, TestObjects.metadata("m.f")));
            awaitRemoteEntries(1);
            assertEquals(1, first.sessionStatistics().remote().misses(RemoteMissReason.ABSENT));
        }
        assertEquals(List.of("pyjit:obj:" + k.hex()), redis.objectKeys(0));
        try (ObjectCache second = open("b", remote())) {
            LookupResult.Hit hit = assertInstanceOf(LookupResult.Hit.class, second.lookup(k));
            assertArrayEquals(object, hit.cached().bytes());
            assertEquals("m.f", hit.cached().metadata().label());
            RemoteStatistics s = second.sessionStatistics().remote();
            assertEquals(1, s.lookups());
            assertEquals(1, s.hits());
            assertTrue(s.bytesFetched() > 100, "bytes fetched: " + s.bytesFetched());
        }
        redis.close();
        // the remote hit was written to the local cache: found there with Redis gone and the remote tier off
        try (ObjectCache local = ObjectCache.open(TestObjects.config(dir.resolve("b"), warnings::add))) {
            assertArrayEquals(object, local.get(k).orElseThrow().bytes());
            RemoteStatistics saved = local.statistics().remote();
            assertEquals(1, saved.hits(), "remote counters are kept with the local ones");
            assertEquals(1, saved.lookups());
        }
        assertEquals(List.of(), warnings);
        redis = RedisServer.start(dir.resolve("redis2")); // for @AfterEach
    }

    @Test
    void aTamperedValueOrAnotherKeyIsUnauthenticatedAndNeverLoaded() throws Exception {
        ObjectCacheKey k = TestObjects.nativeKey("define i64 @g()");
        try (ObjectCache first = open("a", remote())) {
            first.put(k, TestObjects.objectBytes("g", 3000), TestObjects.metadata("m.g"));
            awaitRemoteEntries(1);
        }
        byte[] redisKey = ("pyjit:obj:" + k.hex()).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = (byte[]) redis.command(0, "GET".getBytes(StandardCharsets.US_ASCII), redisKey);

        // another key file: the entry does not verify
        RemoteCacheSettings otherKey = remote().withKeyFile(keyFile("other", "another secret of the fleet, 32b"));
        try (ObjectCache other = open("b", otherKey)) {
            assertInstanceOf(LookupResult.Miss.class, other.lookup(k));
            assertEquals(1, other.sessionStatistics().remote().misses(RemoteMissReason.UNAUTHENTICATED));
            assertEquals(0, other.sessionStatistics().remote().hits());
        }
        // one byte of the object changed on the server (the value's own checksum is still right)
        byte[] tampered = stored.clone();
        tampered[tampered.length - 1] ^= 0x40;
        redis.command(0, "SET".getBytes(StandardCharsets.US_ASCII), redisKey, tampered);
        try (ObjectCache third = open("c", remote())) {
            assertInstanceOf(LookupResult.Miss.class, third.lookup(k));
            assertEquals(1, third.sessionStatistics().remote().misses(RemoteMissReason.UNAUTHENTICATED));
        }
        try (ObjectCache local = ObjectCache.open(TestObjects.config(dir.resolve("c"), warnings::add))) {
            assertTrue(local.get(k).isEmpty(), "an unauthenticated entry is never written to the local cache");
            assertEquals(1, local.statistics().remote().misses(RemoteMissReason.UNAUTHENTICATED));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void withoutAKeyFileTheRemoteTierStaysOffWithOneWarning() throws Exception {
        ObjectCacheKey k = TestObjects.nativeKey("define i64 @h()");
        try (ObjectCache cache = open("a", RemoteCacheSettings.OFF.withUrl(redis.url(0)))) {
            assertTrue(cache.put(k, TestObjects.objectBytes("h", 100), TestObjects.metadata("h")));
            assertTrue(cache.get(k).isPresent(), "the local cache works");
            assertEquals(0, cache.sessionStatistics().remote().lookups());
        }
        assertEquals(List.of(), redis.objectKeys(0), "nothing unsigned is stored");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("PYJIT_REMOTE_CACHE_KEY_FILE is not set")
                && warnings.get(0).contains("never trusts unsigned code"), warnings.get(0));
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        try (ObjectCache cache = open("a", remote())) {
            cache.put(TestObjects.nativeKey("x"), new byte[10], TestObjects.metadata("x"));
        }
        assertEquals(List.of(), redis.objectKeys(0));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("readable or writable by other users (mode 644)")
                && warnings.get(0).contains("chmod 600"), warnings.get(0));
    }

    @Test
    void largeValuesAreNeitherStoredNorRead() throws Exception {
        RemoteCacheSettings small = remote().withMaxValueBytes(4096);
        ObjectCacheKey big = TestObjects.nativeKey("big");
        ObjectCacheKey fits = TestObjects.nativeKey("fits");
        try (ObjectCache cache = open("a", small)) {
            cache.put(big, TestObjects.objectBytes("big", 64 * 1024), TestObjects.metadata("big")); // incompressible
            cache.put(fits, TestObjects.objectBytes("fits", 500), TestObjects.metadata("fits"));
            awaitRemoteEntries(1);
            assertEquals(1, cache.sessionStatistics().remote().storesTooLarge());
        }
        assertEquals(List.of("pyjit:obj:" + fits.hex()), redis.objectKeys(0));
        // a large entry some other writer put there is not read either
        try (ObjectCache writer = open("w", remote())) {
            writer.put(big, TestObjects.objectBytes("big", 64 * 1024), TestObjects.metadata("big"));
            awaitRemoteEntries(2);
        }
        try (ObjectCache reader = open("b", small)) {
            assertTrue(reader.get(big).isEmpty());
            assertTrue(reader.get(fits).isPresent(), "the connection is usable after a refused value");
            RemoteStatistics s = reader.sessionStatistics().remote();
            assertEquals(1, s.misses(RemoteMissReason.TOO_LARGE));
            assertEquals(1, s.hits());
        }
    }

    @Test
    void entriesGetTheConfiguredTimeToLive() throws Exception {
        ObjectCacheKey k = TestObjects.nativeKey("ttl");
        try (ObjectCache cache = open("a", remote().withTtl(Duration.ofHours(1)))) {
            cache.put(k, new byte[100], TestObjects.metadata("ttl"));
            awaitRemoteEntries(1);
        }
        long ttl = (Long) redis.command(0, "PTTL", "pyjit:obj:" + k.hex());
        assertTrue(ttl > 3_000_000 && ttl <= 3_600_000, "PTTL " + ttl);
    }

    @Test
    void theDatabaseNumberOfTheUrlIsUsed() throws Exception {
        ObjectCacheKey k = TestObjects.nativeKey("db3");
        try (ObjectCache cache = open("a", remote().withUrl(redis.url(3)))) {
            cache.put(k, new byte[100], TestObjects.metadata("db3"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (redis.objectKeys(3).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertEquals(List.of("pyjit:obj:" + k.hex()), redis.objectKeys(3));
        assertEquals(List.of(), redis.objectKeys(0));
    }

    @Test
    void aRedisThatNeverAnswersCostsAtMostTheBreakersTimeouts() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            RemoteCacheSettings settings = RemoteCacheSettings.OFF.withUrl("redis://127.0.0.1:" + silent.port() + "/0")
                    .withKeyFile(key); // default 50 ms timeout, 3 failures
            try (ObjectCache cache = open("a", settings)) {
                long t0 = System.nanoTime();
                for (int i = 0; i < 50; i++) {
                    ObjectCacheKey k = TestObjects.nativeKey("silent" + i);
                    assertTrue(cache.get(k).isEmpty());
                    cache.put(k, new byte[100], TestObjects.metadata("s" + i));
                    assertTrue(cache.get(k).isPresent(), "the local cache keeps working");
                }
                long millis = (System.nanoTime() - t0) / 1_000_000;
                RemoteStatistics s = cache.sessionStatistics().remote();
                assertEquals(1, s.circuitOpenings());
                assertTrue(s.misses(RemoteMissReason.TIMEOUT) <= 3, s.toString());
                // 3 timeouts of 50 ms (and what the local cache does): well below one second
                assertTrue(s.fetchMicros() < 3 * 50_000 + 150_000, "remote time " + s.fetchMicros() + " us");
                assertTrue(millis < 3_000, "50 lookups and stores took " + millis + " ms");
            }
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("turned off for this run after 3 failed calls"), warnings.get(0));
    }

    @Test
    void redisStoppedMidRunTurnsTheTierOffAndTheLocalCacheGoesOn() throws Exception {
        try (ObjectCache cache = open("a", remote().withTimeout(Duration.ofMillis(50)))) {
            ObjectCacheKey before = TestObjects.nativeKey("before");
            cache.put(before, new byte[100], TestObjects.metadata("before"));
            awaitRemoteEntries(1);
            redis.kill();
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                ObjectCacheKey k = TestObjects.nativeKey("after" + i);
                assertTrue(cache.get(k).isEmpty());
                cache.put(k, new byte[100], TestObjects.metadata("a" + i));
                assertTrue(cache.get(k).isPresent());
            }
            assertTrue(cache.get(before).isPresent());
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 3_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cache.sessionStatistics().remote().circuitOpenings() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            RemoteStatistics s = cache.sessionStatistics().remote();
            assertEquals(1, s.circuitOpenings(), s.toString());
            assertTrue(s.misses(RemoteMissReason.ERROR) + s.misses(RemoteMissReason.TIMEOUT) <= 3, s.toString());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("turned off for this run"), warnings.get(0));
        redis = RedisServer.start(dir.resolve("redis2")); // for @AfterEach
    }

    @Test
    void aPasswordFromThePasswordFileIsSent() throws Exception {
        redis.close();
        redis = RedisServer.start(dir.resolve("redis-auth"), "--requirepass", "hunter2-but-longer");
        Path password = keyFile("password", "hunter2-but-longer");
        RemoteCacheSettings settings = new RemoteCacheSettings(redis.url(0), key, password, Duration.ofMillis(500),
                RemoteCacheSettings.DEFAULT_CONNECT_TIMEOUT, RemoteCacheSettings.DEFAULT_MAX_VALUE_BYTES, Duration.ZERO, 3);
        ObjectCacheKey k = TestObjects.nativeKey("auth");
        try (ObjectCache cache = open("a", settings)) {
            cache.put(k, new byte[100], TestObjects.metadata("auth"));
        }
        try (ObjectCache cache = open("b", settings)) {
            assertTrue(cache.get(k).isPresent());
        }
        try (ObjectCache cache = open("c", settings.withUrl(redis.url(0).replace("redis://", "redis://:wrong@")))) {
            assertFalse(cache.get(k).isPresent());
            assertEquals(1, cache.sessionStatistics().remote().misses(RemoteMissReason.ERROR));
        }
        assertEquals(List.of(), warnings);
    }
}
