package org.pyjit.runtime.cache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.RemoteCacheSettings;

/**
 * The process's object cache, opened on first use (so a run that never needs it pays nothing for
 * RocksDB) or, for a program that will need it (a script or {@code -m} module, whose own bytecode
 * is cached), on a background thread from the start ({@link #openInBackground}), and closed at exit. {@code PYJIT_CACHE=off} (or {@code -X cache=off}) turns it off.
 * The shared remote tier comes from {@code $PYJIT_REMOTE_CACHE*} or the {@code -X remote-cache*}
 * options ({@link #applyRemoteOption}).
 */
public final class RuntimeCache {
    private RuntimeCache() {}

    private static volatile ObjectCache cache;
    /** The open started by {@link #openInBackground} that no caller has taken yet; null when none. */
    private static FutureTask<ObjectCache> opening;
    private static boolean closeHookAdded;
    private static volatile boolean enabled = !"off".equalsIgnoreCase(System.getenv("PYJIT_CACHE"));

    private static volatile String remoteUrl;       // -X remote-cache=URL|off; null: the environment's
    private static volatile Path remoteKeyFile;     // -X remote-cache-key-file=PATH
    private static volatile Duration remoteTimeout; // -X remote-cache-timeout=50ms

    /**
     * Applies {@code -X remote-cache=URL|off}, {@code -X remote-cache-key-file=PATH} or
     * {@code -X remote-cache-timeout=DURATION}.
     *
     * @return false if {@code name} is not one of them
     * @throws IllegalArgumentException if the value is malformed
     */
    public static boolean applyRemoteOption(String name, String value) {
        switch (name) {
            case "remote-cache" -> remoteUrl = value.equals("off") ? "" : value;
            case "remote-cache-key-file" -> remoteKeyFile = Path.of(value);
            case "remote-cache-timeout" -> {
                Duration d = RemoteCacheSettings.parseDuration(value);
                if (d == null || d.isZero()) {
                    throw new IllegalArgumentException("-X remote-cache-timeout: '" + value + "' is not a duration such as 50ms");
                }
                remoteTimeout = d;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The configuration of this process's cache: the environment's, with the -X options applied. */
    static CacheConfig config() {
        CacheConfig config = CacheConfig.defaults();
        RemoteCacheSettings remote = config.remote();
        if (remoteUrl != null) remote = remote.withUrl(remoteUrl);
        if (remoteKeyFile != null) remote = remote.withKeyFile(remoteKeyFile);
        if (remoteTimeout != null) remote = remote.withTimeout(remoteTimeout);
        return config.withRemote(remote);
    }

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /**
     * Starts opening the cache on a background thread, so that RocksDB's start (loading its native
     * library, reading the manifest, ~60 ms) overlaps the runtime's bootstrap instead of delaying the
     * first import; {@link #get} then waits for it. Does nothing when caching is off or the cache is
     * open or opening already. A failure ends as a disabled cache with its one warning, as in {@link #get}.
     */
    public static void openInBackground() {
        if (!enabled) return;
        synchronized (RuntimeCache.class) {
            if (cache != null || opening != null) return;
            CacheConfig config = config(); // the -X options are applied by now, on the caller's thread
            FutureTask<ObjectCache> task = new FutureTask<>(() -> timedOpen(config));
            Thread opener = new Thread(task, "pyjit-cache-open");
            opener.setDaemon(true);
            opening = task;
            // registered before the thread runs: an exit while it opens still waits for it and closes the database
            addCloseHook();
            opener.start();
        }
    }

    private static ObjectCache timedOpen(CacheConfig config) {
        long t0 = System.nanoTime();
        ObjectCache c = ObjectCache.open(config);
        org.pyjit.runtime.stats.RuntimeStatistics.cacheOpenedInBackground(System.nanoTime() - t0);
        return c;
    }

    /** The cache, or null when caching is off. */
    public static ObjectCache get() {
        if (!enabled) return null;
        ObjectCache c = cache;
        if (c == null) {
            synchronized (RuntimeCache.class) {
                if (cache == null) {
                    long t0 = System.nanoTime();
                    cache = opening != null ? awaitOpening() : ObjectCache.open(config());
                    opening = null;
                    org.pyjit.runtime.stats.RuntimeStatistics.cacheOpened(System.nanoTime() - t0);
                    addCloseHook();
                }
                c = cache;
            }
        }
        return c;
    }

    /** The background open's cache, waited for; an open that failed unexpectedly is retried here, where it reports itself. */
    private static ObjectCache awaitOpening() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return opening.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a signal for the program: delivered once the cache is there
                } catch (ExecutionException e) {
                    return ObjectCache.open(config());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static void addCloseHook() {
        if (closeHookAdded) return;
        closeHookAdded = true;
        Runtime.getRuntime().addShutdownHook(new Thread(RuntimeCache::close, "pyjit-cache-close"));
    }

    /**
     * The remote tier's line of the {@code -s} report: this run's remote lookups, hits, misses by
     * reason, bytes and time; empty when the remote tier is not configured or the cache never opened.
     */
    public static String remoteReport() {
        ObjectCache c = cache;
        if (c == null || !config().remote().enabled()) return "";
        org.pyjit.objcache.RemoteStatistics r = c.sessionStatistics().remote();
        StringBuilder misses = new StringBuilder();
        for (org.pyjit.objcache.RemoteMissReason reason : org.pyjit.objcache.RemoteMissReason.values()) {
            if (r.misses(reason) > 0) {
                misses.append(misses.isEmpty() ? " (" : ", ").append(reason.description()).append(": ").append(r.misses(reason));
            }
        }
        if (!misses.isEmpty()) misses.append(')');
        return String.format("""
                  remote cache lookups       %8d   (%d hits, %.1f KiB in %.1f ms)
                  remote cache misses        %8d%s
                  remote cache stores        %8d   (%d failed, %d too large%s)
                """, r.lookups(), r.hits(), r.bytesFetched() / 1024.0, r.fetchMicros() / 1e3, r.totalMisses(), misses,
                r.stores(), r.storeFailures(), r.storesTooLarge(), r.circuitOpenings() > 0 ? "; turned off after failures" : "");
    }

    /** Whether the cache was opened in this process (for statistics). */
    public static boolean isOpen() {
        return cache != null;
    }

    /** Closes the cache, first waiting for a background open nobody took (so RocksDB is never left open at exit). */
    public static synchronized void close() {
        if (cache == null && opening != null) {
            cache = awaitOpening();
            opening = null;
        }
        if (cache != null) {
            cache.close();
        }
    }
}
