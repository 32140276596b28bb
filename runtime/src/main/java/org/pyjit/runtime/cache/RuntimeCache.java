package org.pyjit.runtime.cache;

import org.pyjit.objcache.CacheConfig;
import org.pyjit.objcache.ObjectCache;

/**
 * The process's object cache, opened on first use (so a run that never needs it pays nothing for
 * RocksDB) and closed at exit. {@code PYJIT_CACHE=off} (or {@code -X cache=off}) turns it off.
 */
public final class RuntimeCache {
    private RuntimeCache() {}

    private static volatile ObjectCache cache;
    private static volatile boolean enabled = !"off".equalsIgnoreCase(System.getenv("PYJIT_CACHE"));

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    public static boolean isEnabled() {
        return enabled;
    }

    /** The cache, or null when caching is off. */
    public static ObjectCache get() {
        if (!enabled) return null;
        ObjectCache c = cache;
        if (c == null) {
            synchronized (RuntimeCache.class) {
                if (cache == null) {
                    long t0 = System.nanoTime();
                    cache = ObjectCache.open(CacheConfig.defaults());
                    org.pyjit.runtime.stats.RuntimeStatistics.cacheOpened(System.nanoTime() - t0);
                    Runtime.getRuntime().addShutdownHook(new Thread(RuntimeCache::close, "pyjit-cache-close"));
                }
                c = cache;
            }
        }
        return c;
    }

    /** Whether the cache was opened in this process (for statistics). */
    public static boolean isOpen() {
        return cache != null;
    }

    public static synchronized void close() {
        if (cache != null) {
            cache.close();
        }
    }
}
