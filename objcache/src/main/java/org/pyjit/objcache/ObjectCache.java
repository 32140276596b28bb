package org.pyjit.objcache;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The persistent, checked, multi-process store of compiled objects and function profiles.
 *
 * <p>Typical use:
 * <pre>{@code
 * ObjectCache cache = ObjectCache.open(CacheConfig.defaults());   // never throws
 * ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, irBytes, environment);
 * byte[] object = cache.get(key).map(CachedObject::bytes).orElseGet(() -> {
 *     byte[] compiled = compile(irBytes);
 *     cache.put(key, compiled, new ObjectMetadata("m.f(int)", micros, defined, needed));
 *     return compiled;
 * });
 * }</pre>
 *
 * <p>Every method is thread-safe and none throws because of the cache: a damaged entry is a miss
 * (counted, deleted), and a cache that cannot be used warns once and behaves as an empty one.
 * Loading this interface loads no native code; RocksDB is loaded by {@link #open} only.
 * Several processes may open the same directory at once; see the module README. With
 * {@link CacheConfig#remote()} enabled, a miss is looked up in a shared Redis as well, and stores
 * go there too (in the background).
 */
public interface ObjectCache extends AutoCloseable {

    /**
     * Opens the cache {@code config} describes: as the primary if no other process is, else as a
     * secondary. Never throws and never waits for another process (beyond
     * {@link CacheConfig#primaryWait()}): on any failure it warns once and returns a cache in
     * mode {@link CacheMode#DISABLED}.
     */
    static ObjectCache open(CacheConfig config) {
        ObjectCache local;
        try {
            local = CacheOpener.open(config);
        } catch (LinkageError e) { // e.g. rocksdbjni missing from the class path: CacheOpener cannot link
            String why = "RocksDB is not on the class path (" + e.getMessage() + ")";
            new OnceWarning(config.warnings()).warn("object cache disabled (" + config.directory() + "): " + why
                    + "; running without it");
            local = new DisabledObjectCache(config, why);
        }
        // the remote tier's classes (Redis client, HMAC) are loaded only here, when it is asked for
        return config.remote().enabled() ? TieredObjectCache.open(local, config) : local;
    }

    /** Looks {@code key} up: a checked object, or the reason there is none. */
    LookupResult lookup(ObjectCacheKey key);

    /** The object stored under {@code key}, if there is a valid one. */
    default Optional<CachedObject> get(ObjectCacheKey key) {
        return lookup(key).object();
    }

    /**
     * Stores {@code object} under {@code key}; the primary writes it to the database, a
     * secondary to the spool (readable by every process at once, merged later).
     *
     * @return true if stored, false if the cache is disabled, closed or cannot write
     * @throws IllegalArgumentException if the object exceeds 512 MiB or the metadata has more than
     *                                  65535 symbols (caller errors, not cache faults)
     */
    boolean put(ObjectCacheKey key, byte[] object, ObjectMetadata metadata);

    /** The stored profile of {@code function}, with this process's unmerged updates folded in. */
    Optional<FunctionProfile> profile(FunctionIdentity function);

    /**
     * Folds {@code update} into the stored profile of its function: observation counts of equal
     * signatures add up, a compiled key replaces the old one.
     */
    void recordProfile(FunctionProfile update);

    /**
     * Whether any function of {@code module} has a stored profile (this process's unmerged updates
     * included): one look-up per module, so a run can skip hashing the bytecode of every function
     * of a module no earlier run profiled. May answer true when in doubt, never false when
     * {@link #profile} would find one.
     */
    boolean hasProfiles(String module);

    /** Every stored profile (for an AOT step). */
    List<FunctionProfile> profiles();

    /** Statistics summed over all runs and processes, this process's unsaved counts included. */
    CacheStatistics statistics();

    /** Statistics of this process since it opened the cache (gauges as in {@link #statistics()}). */
    CacheStatistics sessionStatistics();

    /** How this process uses the directory. */
    CacheMode mode();

    /** The cache directory. */
    Path directory();

    /** The maintenance operations of {@code pyjit cache}. */
    CacheMaintenance maintenance();

    /**
     * Saves counters, merges the spool (primary) or hands this process's counters to the spool
     * (secondary), and releases the database. Idempotent; also run by a shutdown hook.
     */
    @Override
    void close();
}
