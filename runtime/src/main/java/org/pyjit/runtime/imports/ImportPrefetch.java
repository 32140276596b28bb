package org.pyjit.runtime.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.CodeObjectSerializer;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.CacheEnvironments;

/**
 * Loads, on a background thread, the bytecode of the modules the previous run of the same program
 * imported, while the program starts: a run records the source files it loaded through the cache
 * (its manifest, keyed by the first module's content key: the script's, or {@code -m}'s first), and
 * the next run of that program, once its first module is known, reads each listed file's status,
 * its memo, its bytecode, and deserializes it, ahead of the import. An import then uses what was
 * prefetched only when the file's status is still the one the prefetch saw; else (an edit, a touch)
 * it loads as without a manifest. A file the program no longer imports costs only background work.
 */
final class ImportPrefetch {
    private ImportPrefetch() {}

    /** A module loaded ahead: the file status it was loaded for (as text), its content key and its code. */
    record Loaded(String status, ObjectCacheKey key, CodeObject code) {}

    private static final Map<String, CompletableFuture<Loaded>> PENDING = new ConcurrentHashMap<>();
    private static final Object LOCK = new Object();
    private static ObjectCacheKey manifestKey;     // null until the run's first module
    private static List<String> previous = List.of();
    private static final List<String> loadedThisRun = new ArrayList<>();

    /**
     * A module was loaded through the cache under content key {@code key}: the first one of a run fetches
     * the manifest and starts the prefetch; the others are recorded for this run's manifest.
     */
    static void moduleLoaded(ObjectCache cache, String filename, ObjectCacheKey key) {
        synchronized (LOCK) {
            if (manifestKey != null) {
                loadedThisRun.add(filename);
                return;
            }
            manifestKey = manifestKeyOf(key);
            previous = read(cache, manifestKey);
            if (previous.isEmpty()) return;
            List<CompletableFuture<Loaded>> futures = new ArrayList<>();
            for (String f : previous) {
                CompletableFuture<Loaded> future = new CompletableFuture<>();
                PENDING.putIfAbsent(f, future);
                futures.add(future);
            }
            List<String> files = List.copyOf(previous);
            Thread worker = new Thread(() -> {
                for (int i = 0; i < files.size(); i++) futures.get(i).complete(load(cache, files.get(i)));
            }, "pyjit-import-prefetch");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** What was loaded ahead for {@code filename}, waited for, or null; handed out once. */
    static Loaded take(String filename) {
        if (PENDING.isEmpty()) return null;
        CompletableFuture<Loaded> future = PENDING.remove(filename);
        return future == null ? null : future.join();
    }

    /** At the end of a program: stores its manifest when it differs from the one read, and forgets the run. */
    static void save(ObjectCache cache) {
        synchronized (LOCK) {
            try {
                if (cache != null && manifestKey != null && !loadedThisRun.equals(previous)) {
                    byte[] text = String.join("\n", loadedThisRun).getBytes(StandardCharsets.UTF_8);
                    cache.put(manifestKey, text, ObjectMetadata.of("import manifest", 0));
                }
            } catch (RuntimeException e) {
                // the manifest is an optimization
            } finally {
                manifestKey = null;
                previous = List.of();
                loadedThisRun.clear();
                PENDING.clear();
            }
        }
    }

    private static ObjectCacheKey manifestKeyOf(ObjectCacheKey firstModule) {
        byte[] tag = "import manifest\0".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[tag.length + ObjectCacheKey.LENGTH];
        System.arraycopy(tag, 0, input, 0, tag.length);
        System.arraycopy(firstModule.digest(), 0, input, tag.length, ObjectCacheKey.LENGTH);
        return ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, input, CacheEnvironments.bytecode());
    }

    private static List<String> read(ObjectCache cache, ObjectCacheKey key) {
        try {
            CachedObject hit = cache.get(key).orElse(null);
            if (hit == null || hit.bytes().length == 0) return List.of();
            return List.of(new String(hit.bytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** A listed file's code through its status memo, or null (no memo, no entry, an unreadable one). */
    private static Loaded load(ObjectCache cache, String filename) {
        try {
            SourceStatMemo.Observed seen = SourceStatMemo.observe(filename);
            if (seen == null) return null;
            ObjectCacheKey key = SourceStatMemo.lookup(cache, SourceStatMemo.statusOf(seen));
            if (key == null) return null;
            CachedObject hit = cache.get(key).orElse(null);
            if (hit == null) return null;
            return new Loaded(seen.text(), key, CodeObjectSerializer.deserialize(hit.bytes()));
        } catch (RuntimeException e) {
            return null; // the import loads it itself
        }
    }
}
