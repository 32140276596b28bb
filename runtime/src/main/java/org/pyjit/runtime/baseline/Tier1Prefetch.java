package org.pyjit.runtime.baseline;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;

/**
 * Looks up, on a background thread, the cached tier-1 classes of the code objects a module's profile
 * names, as soon as the module is loaded: their keys (SHA-256, which the JVM still interprets at
 * start-up), the cache reads and the values' decompression and checksums then overlap the module's
 * execution, and the first call of such a function only defines its class. Whatever the lookup
 * found is used once ({@link #take}); a code object never called leaves its entry to the garbage
 * collector with the code object (the map's keys are weak).
 */
final class Tier1Prefetch {
    private Tier1Prefetch() {}

    /** A prefetched lookup: the class file's key and the cache's entry, null when it had none. */
    record Lookup(ObjectCacheKey key, CachedObject hit) {}

    private static final Map<CodeObject, CompletableFuture<Lookup>> PENDING = Collections.synchronizedMap(new WeakHashMap<>());

    private static ExecutorService executor;

    private static synchronized ExecutorService executor() {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pyjit-tier1-prefetch");
                t.setDaemon(true);
                return t;
            });
        }
        return executor;
    }

    /** Starts looking up the class of {@code code}, which sits at {@code position} of its module. */
    static void start(ObjectCache cache, CodeObject code, Tier1ClassCache.CodePosition position) {
        CompletableFuture<Lookup> lookup = CompletableFuture.supplyAsync(() -> {
            ObjectCacheKey key = Tier1ClassCache.keyOf(position);
            return new Lookup(key, cache.get(key).orElse(null));
        }, executor());
        PENDING.put(code, lookup);
    }

    /**
     * The prefetched lookup of {@code code}'s class, waited for if it is still running, or null when none
     * was started (or it failed: the caller then looks up itself). Each lookup is handed out once.
     */
    static Lookup take(CodeObject code) {
        CompletableFuture<Lookup> lookup = PENDING.remove(code);
        if (lookup == null) return null;
        try {
            return lookup.join();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
