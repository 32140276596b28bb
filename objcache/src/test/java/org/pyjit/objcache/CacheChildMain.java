package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The program the multi-process tests start in separate JVMs. It prints one line per fact the
 * parent checks ({@code KEY value}) and exits 0 unless something the test relies on failed.
 */
public final class CacheChildMain {
    private CacheChildMain() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "worker" -> worker(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Path.of(args[5]));
            case "burst" -> burst(Path.of(args[1]));
            case "fill" -> fill(Path.of(args[1]));
            case "lazy" -> lazy(Path.of(args[1]));
            case "use" -> use(Path.of(args[1]), args.length > 2 ? args[2] : "");
            case "share" -> share(Path.of(args[1]), args[2], Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static ObjectCacheKey workerKey(int worker, int i) {
        return TestObjects.nativeKey("worker" + worker + "-" + i);
    }

    static ObjectCacheKey sharedKey(int i) {
        return TestObjects.nativeKey("shared-" + i);
    }

    static byte[] workerObject(int worker, int i) {
        return TestObjects.objectBytes("worker" + worker + "-" + i, 2000 + i);
    }

    static byte[] sharedObject(int i) {
        return TestObjects.objectBytes("shared-" + i, 1000);
    }

    /**
     * Opens the cache, stores its own and some shared objects, waits until every worker has, then
     * reads every worker's objects and waits until every worker has read before closing.
     */
    private static void worker(Path dir, int id, int workers, int count, Path barrier) throws Exception {
        long start = System.nanoTime();
        ObjectCache cache = ObjectCache.open(TestObjects.config(dir, message -> System.out.println("WARNING " + message)));
        long openMicros = (System.nanoTime() - start) / 1000;
        System.out.println("MODE " + cache.mode());
        System.out.println("OPEN_MICROS " + openMicros);
        touch(barrier.resolve("open-" + id));
        await(barrier, "open-", workers); // everyone holds the cache open at once from here
        for (int i = 0; i < count; i++) {
            if (!cache.put(workerKey(id, i), workerObject(id, i), TestObjects.metadata("w" + id + "." + i))) {
                System.out.println("PUT_FAILED " + i);
            }
            if (i < 5 && cache.get(sharedKey(i)).isEmpty()) {
                cache.put(sharedKey(i), sharedObject(i), TestObjects.metadata("shared" + i));
            }
        }
        touch(barrier.resolve("stored-" + id));
        await(barrier, "stored-", workers);
        int read = 0;
        int wrong = 0;
        for (int w = 0; w < workers; w++) {
            for (int i = 0; i < count; i++) {
                var hit = readWithRetry(cache, workerKey(w, i));
                if (hit != null) {
                    read++;
                    if (!Arrays.equals(hit, workerObject(w, i))) {
                        wrong++;
                    }
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            byte[] hit = readWithRetry(cache, sharedKey(i));
            if (hit != null && Arrays.equals(hit, sharedObject(i))) {
                read++;
            }
        }
        System.out.println("READ " + read + " OF " + (workers * count + 5) + " WRONG " + wrong);
        if (read != workers * count + 5) { // diagnostics for a failing test
            for (int w = 0; w < workers; w++) {
                var miss = cache.lookup(workerKey(w, 0));
                System.out.println("MISSED worker " + w + ": " + miss);
            }
            try (var files = Files.list(dir.resolve("spool"))) {
                System.out.println("SPOOL " + files.map(f -> f.getFileName().toString().substring(0, 6)).toList());
            }
        }
        touch(barrier.resolve("read-" + id));
        await(barrier, "read-", workers);
        cache.close();
        System.out.println("CLOSED");
    }

    /** A secondary sees the primary's writes after its next catch-up, at most 100 ms later. */
    private static byte[] readWithRetry(ObjectCache cache, ObjectCacheKey key) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            var hit = cache.get(key);
            if (hit.isPresent()) {
                return hit.get().bytes();
            }
            Thread.sleep(25);
        }
        return null;
    }

    /** Stores objects as fast as it can, printing each acknowledged store, until killed. */
    private static void burst(Path dir) {
        ObjectCache cache = ObjectCache.open(TestObjects.config(dir, message -> System.out.println("WARNING " + message)));
        System.out.println("MODE " + cache.mode());
        for (int i = 0; ; i++) {
            if (cache.put(workerKey(0, i), workerObject(0, i), TestObjects.metadata("b" + i))) {
                System.out.println("PUT " + i);
            }
            if (i % 7 == 0) {
                cache.get(workerKey(0, i / 2)); // hits too, so counters change
            }
        }
    }

    /** Stores until the file-size limit set by the parent makes writes fail; must not crash. */
    private static void fill(Path dir) {
        ObjectCache cache = ObjectCache.open(TestObjects.config(dir, message -> {
            System.err.println("pyjit: warning: " + message);
        }));
        System.out.println("MODE " + cache.mode());
        int stored = 0;
        for (int i = 0; i < 300; i++) {
            if (cache.put(workerKey(1, i), TestObjects.objectBytes("fill" + i, 16_000), TestObjects.metadata("f" + i))) {
                stored++;
            }
        }
        int readable = 0;
        for (int i = 0; i < 300; i++) {
            if (cache.get(workerKey(1, i)).isPresent()) {
                readable++;
            }
        }
        cache.close();
        System.out.println("STORED " + stored + " READABLE " + readable);
        System.out.println("DONE");
    }

    /** Reports whether native code is loaded before and after the public types are used. */
    private static void lazy(Path dir) throws IOException {
        CacheConfig config = TestObjects.config(dir, message -> System.out.println("WARNING " + message));
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, new byte[] {1}, TestObjects.NATIVE_ENV);
        ObjectMetadata metadata = new ObjectMetadata("x", 1, List.of(), List.of());
        CacheStatistics empty = CacheStatistics.empty(1);
        FunctionProfile profile = new FunctionProfile(new FunctionIdentity("m", "f", new byte[0]), List.of());
        System.out.println("TOUCHED " + key.hex().length() + metadata.label() + empty.lookups()
                + profile.signatures().size() + config.maxBytes() + MissReason.CORRUPT + CacheMode.PRIMARY
                + ArtifactKind.TIER1_CLASS);
        System.out.println("BEFORE_OPEN " + loadedNativeLibraries());
        try (ObjectCache cache = ObjectCache.open(config)) {
            System.out.println("MODE " + cache.mode());
            System.out.println("AFTER_OPEN " + loadedNativeLibraries());
        }
    }

    /** Opens the cache (with the remote tier at {@code url}, if not empty), looks up, stores, closes. */
    private static void use(Path dir, String url) {
        CacheConfig config = TestObjects.config(dir, message -> System.out.println("WARNING " + message))
                .withRemote(RemoteCacheSettings.OFF.withUrl(url));
        try (ObjectCache cache = ObjectCache.open(config)) {
            ObjectCacheKey key = TestObjects.nativeKey("use");
            System.out.println("FOUND " + cache.get(key).isPresent());
            System.out.println("STORED " + cache.put(key, new byte[100], TestObjects.metadata("use")));
            System.out.println("STATS " + cache.statistics().remote().lookups());
        }
    }

    /** Stores an object through one local cache and the remote at {@code url}, reads it through another. */
    private static void share(Path dir, String url, Path keyFile) throws Exception {
        // generous budgets: a TLS handshake in a fresh JVM on a loaded machine takes a second or more
        RemoteCacheSettings remote = new RemoteCacheSettings(url, keyFile, null, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(20), RemoteCacheSettings.DEFAULT_MAX_VALUE_BYTES, java.time.Duration.ZERO, 3);
        ObjectCacheKey key = TestObjects.nativeKey("shared over the network");
        byte[] object = TestObjects.objectBytes("shared", 3000);
        try (ObjectCache first = ObjectCache.open(TestObjects.config(dir.resolve("first"), m -> System.out.println("WARNING " + m))
                .withRemote(remote))) {
            System.out.println("FIRST_FOUND " + first.get(key).isPresent()); // waits for the connection
            first.put(key, object, TestObjects.metadata("shared"));
        }
        try (ObjectCache second = ObjectCache.open(TestObjects.config(dir.resolve("second"), m -> System.out.println("WARNING " + m))
                .withRemote(remote))) {
            System.out.println("FOUND " + second.get(key).map(c -> Arrays.equals(c.bytes(), object)).orElse(false));
            RemoteStatistics s = second.sessionStatistics().remote();
            System.out.println("REMOTE " + s.hits() + " " + s.misses());
        }
    }

    private static String loadedNativeLibraries() throws IOException {
        String maps = Files.readString(Path.of("/proc/self/maps"));
        return (maps.contains("rocksdbjni") ? "rocksdb " : "") + (maps.contains("zstd-jni") ? "zstd" : "");
    }

    private static void touch(Path file) throws IOException {
        Files.writeString(file, "");
    }

    private static void await(Path barrier, String prefix, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (var files = Files.list(barrier)) {
                if (files.filter(f -> f.getFileName().toString().startsWith(prefix)).count() >= count) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("barrier " + prefix + " timed out");
            }
            Thread.sleep(10);
        }
    }
}
