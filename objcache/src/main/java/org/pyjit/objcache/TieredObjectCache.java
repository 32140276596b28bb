package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.pyjit.objcache.remote.RedisRemoteTier;

/**
 * The two-level cache: the local one first, then the shared remote tier. A remote hit is checked
 * (HMAC, then the value's own checks) and written to the local cache, so the next start finds it
 * locally; a store goes to the local cache at once and to the remote in the background. Remote
 * events are counted with the local counters ({@link RemoteStatistics}). Only loaded when the
 * remote tier is enabled.
 */
final class TieredObjectCache implements ObjectCache, RedisRemoteTier.Listener {
    /** How long closing waits for queued remote stores (the program's output is complete by then). */
    private static final Duration STORE_DRAIN = Duration.ofSeconds(1);

    private final ObjectCache local;
    private final RocksObjectCache rocks; // local, when it is a working RocksDB cache
    private final CounterSet remoteSession = new CounterSet();
    private volatile RedisRemoteTier remote;
    private volatile boolean closed;
    private final Thread shutdownHook;

    private TieredObjectCache(ObjectCache local) {
        this.local = local;
        this.rocks = local instanceof RocksObjectCache r ? r : null;
        if (rocks != null) {
            rocks.removeShutdownHook();
        }
        shutdownHook = new Thread(this::close, "pyjit-objcache-remote-shutdown");
        ShutdownHooks.addUnlessExiting(shutdownHook); // when the JVM is exiting already, the opener closes it
    }

    /**
     * {@code local} backed by the remote tier {@code config.remote()} describes, or behaving as
     * {@code local} alone (after one warning) if the remote tier cannot be used.
     */
    static ObjectCache open(ObjectCache local, CacheConfig config) {
        Consumer<String> sink = config.warnings() == StderrWarnings.INSTANCE ? StderrWarnings.REMOTE : config.warnings();
        OnceWarning warning = new OnceWarning(sink);
        TieredObjectCache tiered = new TieredObjectCache(local);
        try {
            tiered.remote = RedisRemoteTier.open(config.remote(), tiered, warning::warn);
            return tiered;
        } catch (IOException | RuntimeException | LinkageError e) {
            warning.warn("remote cache off: " + RocksObjectCache.describe(e) + "; running on the local cache");
            tiered.remote = null;
            return tiered; // behaves as the local cache alone
        }
    }

    @Override
    public LookupResult lookup(ObjectCacheKey key) {
        LookupResult first = local.lookup(key);
        RedisRemoteTier tier = remote;
        if (first instanceof LookupResult.Hit || tier == null || closed) {
            return first;
        }
        byte[] digest = key.digestView();
        RedisRemoteTier.Fetch fetch = tier.fetch(digest);
        switch (fetch) {
            case RedisRemoteTier.Off off -> {
                return first;
            }
            case RedisRemoteTier.Missed missed -> {
                count(Counter.REMOTE_LOOKUPS, 1);
                count(Counter.REMOTE_FETCH_MICROS, missed.micros());
                count(Counter.forRemoteMiss(missed.reason()), 1);
                return first;
            }
            case RedisRemoteTier.Found found -> {
                count(Counter.REMOTE_LOOKUPS, 1);
                count(Counter.REMOTE_FETCH_MICROS, found.micros());
                if (!(ValueCodec.decode(found.value(), digest) instanceof Decoded.Valid valid)) {
                    count(Counter.forRemoteMiss(RemoteMissReason.ERROR), 1); // authentic, yet not a value this pyjit reads
                    return first;
                }
                count(Counter.REMOTE_HITS, 1);
                count(Counter.REMOTE_BYTES_FETCHED, found.wireBytes());
                if (rocks != null) {
                    rocks.putEncoded(key, found.value(), System.currentTimeMillis());
                }
                return new LookupResult.Hit(new CachedObject(key, valid.object(), valid.header().metadata(),
                        Instant.ofEpochMilli(valid.header().createdMillis())));
            }
        }
    }

    @Override
    public boolean put(ObjectCacheKey key, byte[] object, ObjectMetadata metadata) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(metadata, "metadata");
        RedisRemoteTier tier = remote;
        if (tier == null || closed) {
            return local.put(key, object, metadata);
        }
        long now = System.currentTimeMillis();
        byte[] value = ValueCodec.encode(key, object, metadata, now); // once, for both levels
        boolean stored = rocks != null ? rocks.putEncoded(key, value, now) : local.put(key, object, metadata);
        tier.storeInBackground(key.digest(), value);
        return stored;
    }

    // ---- RedisRemoteTier.Listener (background thread) ----

    @Override
    public void stored(long bytes, long micros) {
        count(Counter.REMOTE_STORES, 1);
        count(Counter.REMOTE_BYTES_SENT, bytes);
        count(Counter.REMOTE_STORE_MICROS, micros);
    }

    @Override
    public void storeFailed(long micros) {
        count(Counter.REMOTE_STORE_FAILURES, 1);
        count(Counter.REMOTE_STORE_MICROS, micros);
    }

    @Override
    public void storeTooLarge() {
        count(Counter.REMOTE_STORES_TOO_LARGE, 1);
    }

    @Override
    public void circuitOpened() {
        count(Counter.REMOTE_CIRCUIT_OPENED, 1);
    }

    private void count(Counter counter, long delta) {
        remoteSession.add(counter, delta);
        if (rocks != null) {
            rocks.countRemote(counter, delta);
        }
    }

    // ---- delegated ----

    @Override
    public Optional<FunctionProfile> profile(FunctionIdentity function) {
        return local.profile(function);
    }

    @Override
    public void recordProfile(FunctionProfile update) {
        local.recordProfile(update);
    }

    @Override
    public boolean hasProfiles(String module) {
        return local.hasProfiles(module);
    }

    @Override
    public List<FunctionProfile> profiles() {
        return local.profiles();
    }

    @Override
    public CacheStatistics statistics() {
        return local.statistics();
    }

    @Override
    public CacheStatistics sessionStatistics() {
        CacheStatistics s = local.sessionStatistics();
        return new CacheStatistics(s.lookups(), s.hits(), s.misses(), s.stores(), s.evictions(), s.evictedBytes(),
                s.compileMicrosSaved(), s.entries(), s.bytesUsed(), s.maxBytes(), s.profiles(), s.pendingEntries(),
                s.pendingBytes(), s.since(), RemoteStatistics.fromCounters(remoteSession.snapshot()));
    }

    @Override
    public CacheMode mode() {
        return local.mode();
    }

    @Override
    public Path directory() {
        return local.directory();
    }

    @Override
    public CacheMaintenance maintenance() {
        return local.maintenance();
    }

    /** Whether the remote tier is in use (not refused at open, not turned off by the circuit breaker). */
    boolean remoteActive() {
        RedisRemoteTier tier = remote;
        return tier != null && !tier.isOff();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        RedisRemoteTier tier = remote;
        if (tier != null) {
            tier.close(STORE_DRAIN); // before the local cache: the stores' counters are saved with it
        }
        local.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // called from the hook itself, or the JVM is shutting down
        }
    }
}
