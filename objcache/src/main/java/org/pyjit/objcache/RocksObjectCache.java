package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.pyjit.objcache.RocksStore.Column;
import org.rocksdb.RocksDBException;

/**
 * The RocksDB-backed cache of one process, as the primary (reads and writes the database) or a
 * secondary (reads the database through a RocksDB secondary instance, writes to the spool).
 * Counters and hits are kept in memory and saved by a background thread every few seconds and at
 * close; eviction and spool merging run on that thread too, off the callers' path.
 */
final class RocksObjectCache implements ObjectCache {
    private static final long CATCH_UP_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long PRIMARY_FLUSH_MILLIS = 2_000;
    private static final long SECONDARY_FLUSH_MILLIS = 10_000;

    private final CacheConfig config;
    private final CacheLayout layout;
    private final OnceWarning warning;
    private final SpoolDirectory spool;
    private final CacheMode mode;
    private final RocksStore store;          // null: a secondary that could not open the database
    private final PrimaryWriter writer;      // primary only
    private final SpoolImporter importer;    // primary only
    private final Path secondaryDirectory;   // secondary only
    private final CounterSet pending = new CounterSet();
    private final CounterSet session = new CounterSet();
    private final UsageTracker usage = new UsageTracker();
    private final Map<FunctionIdentity, FunctionProfile> sessionProfiles = new ConcurrentHashMap<>();
    private final Map<FunctionIdentity, FunctionProfile> unspooledProfiles = new ConcurrentHashMap<>();
    private final java.util.Set<Digest> spooledHere = ConcurrentHashMap.newKeySet(); // secondary's own stores
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final ScheduledExecutorService background;
    private final Thread shutdownHook;
    private final AtomicBoolean evictionQueued = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean broken;     // reads failed: behave as disabled
    private volatile boolean writable = true;
    private volatile boolean spooled;    // a secondary wrote objects or profiles
    private volatile long lastCatchUpNanos = System.nanoTime();
    private volatile long lastSpoolMillis = Long.MIN_VALUE;
    private volatile long lastFlushMillis = System.currentTimeMillis();
    private boolean staleSecondariesRemoved; // background thread only

    RocksObjectCache(CacheConfig config, CacheLayout layout, OnceWarning warning, CacheMode mode,
                             RocksStore store, Path secondaryDirectory) throws RocksDBException {
        this.config = config;
        this.layout = layout;
        this.warning = warning;
        this.mode = mode;
        this.store = store;
        this.secondaryDirectory = secondaryDirectory;
        this.spool = new SpoolDirectory(layout.spool());
        if (mode == CacheMode.PRIMARY) {
            this.writer = new PrimaryWriter(store, pending, usage);
            this.importer = new SpoolImporter(spool, store, writer);
            writePid();
        } else {
            this.writer = null;
            this.importer = null;
        }
        background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pyjit-objcache");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
        shutdownHook = new Thread(() -> close(true), "pyjit-objcache-shutdown");
        ShutdownHooks.addUnlessExiting(shutdownHook); // when the JVM is exiting already, the opener closes it
    }

    @Override
    public LookupResult lookup(ObjectCacheKey key) {
        Objects.requireNonNull(key, "key");
        lifecycle.readLock().lock();
        try {
            if (closed || broken) {
                return new LookupResult.Miss(MissReason.UNAVAILABLE, closed ? "the cache is closed" : "the cache failed");
            }
            return lookupOpen(key);
        } catch (RocksDBException | RuntimeException e) {
            readFailed(e);
            return new LookupResult.Miss(MissReason.UNAVAILABLE, "the cache failed");
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private LookupResult lookupOpen(ObjectCacheKey key) throws RocksDBException {
        byte[] digest = key.digestView();
        byte[] value = store == null ? null : store.get(Column.OBJECTS, digest);
        boolean fromSpool = false;
        if (value == null) {
            value = spool.readObject(digest);
            fromSpool = value != null;
        }
        if (value == null && mode == CacheMode.SECONDARY && store != null
                && (catchUpDue() || spooledHere.contains(new Digest(digest)))) {
            // the primary may have merged the spool file since the database was last read
            store.catchUp();
            value = store.get(Column.OBJECTS, digest);
        }
        count(Counter.LOOKUPS, 1);
        if (value == null) {
            LookupResult.Miss miss = classifyAbsent(key);
            count(Counter.forMiss(miss.reason()), 1);
            return miss;
        }
        Decoded decoded = ValueCodec.decode(value, digest);
        if (decoded instanceof Decoded.Invalid invalid) {
            count(Counter.forMiss(invalid.reason()), 1);
            discard(digest, value, fromSpool);
            return new LookupResult.Miss(invalid.reason(), invalid.detail());
        }
        Decoded.Valid valid = (Decoded.Valid) decoded;
        count(Counter.HITS, 1);
        count(Counter.COMPILE_MICROS_SAVED, valid.header().compileTimeMicros());
        usage.recordHit(digest, System.currentTimeMillis());
        if (fromSpool && mode == CacheMode.PRIMARY && writable) {
            mergeSpooledObject(digest, value);
        }
        return new LookupResult.Hit(new CachedObject(key, valid.object(), valid.header().metadata(),
                Instant.ofEpochMilli(valid.header().createdMillis())));
    }

    /** ABSENT, or ENVIRONMENT if the same input is stored under another environment. */
    private LookupResult.Miss classifyAbsent(ObjectCacheKey key) throws RocksDBException {
        byte[] input = key.inputDigestView();
        if (input != null && store != null) {
            byte[] other = store.get(Column.INPUTS, input);
            if (other != null && !Arrays.equals(other, key.digestView())) {
                byte[] otherValue = store.get(Column.OBJECTS, other);
                if (otherValue != null && ValueCodec.decodeHeader(otherValue, other) instanceof Decoded.Valid valid) {
                    return new LookupResult.Miss(MissReason.ENVIRONMENT,
                            EnvironmentChange.describe(valid.header().environment(),
                                    key.environment().map(CompilationEnvironment::fields).orElse(List.of())));
                }
            }
        }
        return new LookupResult.Miss(MissReason.ABSENT, "");
    }

    /** Removes a damaged value: its spool file, the database entry, or (secondary) asks the primary to. */
    private void discard(byte[] digest, byte[] value, boolean fromSpool) {
        if (fromSpool) {
            spool.deleteObject(digest);
            return;
        }
        try {
            if (mode == CacheMode.PRIMARY) {
                if (writable) {
                    writer.delete(digest, value);
                }
            } else if (writable) {
                spool.writeTombstone(digest);
            }
        } catch (RocksDBException | IOException e) {
            writeFailed(e);
        }
    }

    private void mergeSpooledObject(byte[] digest, byte[] value) {
        try {
            if (importer.importObject(digest, value) != null) {
                spool.deleteObject(digest);
            }
        } catch (RocksDBException e) {
            writeFailed(e);
        }
    }

    @Override
    public boolean put(ObjectCacheKey key, byte[] object, ObjectMetadata metadata) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(metadata, "metadata");
        if (closed || broken || !writable) {
            return false;
        }
        long now = System.currentTimeMillis();
        return putEncoded(key, ValueCodec.encode(key, object, metadata, now), now);
    }

    /** Stores a value already encoded by {@link ValueCodec#encode} (by this process or a remote one). */
    boolean putEncoded(ObjectCacheKey key, byte[] value, long now) {
        lifecycle.readLock().lock();
        try {
            if (closed || broken || !writable) {
                return false;
            }
            if (mode == CacheMode.PRIMARY) {
                writer.store(key.digestView(), value, key.inputDigestView(), now, true);
                session.add(Counter.STORES, 1);
                if (writer.bytes() > config.maxBytes() && evictionQueued.compareAndSet(false, true)) {
                    background.execute(this::evictInBackground);
                }
            } else {
                spool.writeObject(key.digestView(), value);
                spooledHere.add(new Digest(key.digestView()));
                count(Counter.STORES, 1);
                spooled = true;
            }
            return true;
        } catch (RocksDBException | IOException | RuntimeException e) {
            writeFailed(e);
            return false;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Counts events of the remote tier with this cache's counters (persisted like them). */
    void countRemote(Counter counter, long delta) {
        count(counter, delta);
    }

    /**
     * Gives up this cache's own shutdown hook: the owner (the two-level cache) closes it from its
     * hook, after the remote tier, so remote counters are saved.
     */
    void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    @Override
    public Optional<FunctionProfile> profile(FunctionIdentity function) {
        Objects.requireNonNull(function, "function");
        lifecycle.readLock().lock();
        try {
            if (closed || broken) {
                return Optional.empty();
            }
            FunctionProfile stored = null;
            if (store != null) {
                byte[] key = ProfileCodec.identityKey(function);
                byte[] bytes = store.get(Column.PROFILES, key);
                stored = bytes == null ? null : ProfileCodec.decode(bytes, key);
                if (bytes != null && stored == null && mode == CacheMode.PRIMARY && writable) {
                    writer.deleteProfile(key); // damaged
                }
            }
            FunctionProfile local = sessionProfiles.get(function);
            if (stored == null) {
                return Optional.ofNullable(local);
            }
            return Optional.of(local == null ? stored : stored.mergedWith(local));
        } catch (RocksDBException | RuntimeException e) {
            readFailed(e);
            return Optional.empty();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public void recordProfile(FunctionProfile update) {
        Objects.requireNonNull(update, "update");
        lifecycle.readLock().lock();
        try {
            if (closed || broken || !writable) {
                return;
            }
            if (mode == CacheMode.PRIMARY) {
                writer.mergeProfile(update);
            } else {
                sessionProfiles.merge(update.identity(), update, FunctionProfile::mergedWith);
                unspooledProfiles.merge(update.identity(), update, FunctionProfile::mergedWith);
                spooled = true;
            }
        } catch (RocksDBException | RuntimeException e) {
            writeFailed(e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public boolean hasProfiles(String module) {
        Objects.requireNonNull(module, "module");
        lifecycle.readLock().lock();
        try {
            if (closed || broken) {
                return false;
            }
            for (FunctionIdentity identity : sessionProfiles.keySet()) {
                if (identity.module().equals(module)) {
                    return true;
                }
            }
            // profile keys begin with the module's name, so one seek answers for the whole module
            return store != null && store.anyWithPrefix(Column.PROFILES, ProfileCodec.modulePrefix(module));
        } catch (RocksDBException | RuntimeException e) {
            readFailed(e);
            return true; // in doubt: the per-function look-up decides
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<FunctionProfile> profiles() {
        lifecycle.readLock().lock();
        try {
            if (closed || broken) {
                return List.of();
            }
            Map<FunctionIdentity, FunctionProfile> all = new java.util.LinkedHashMap<>();
            if (store != null) {
                store.scan(Column.PROFILES, (key, value) -> {
                    FunctionProfile profile = ProfileCodec.decode(value, key);
                    if (profile != null) {
                        all.put(profile.identity(), profile);
                    }
                    return true;
                });
            }
            sessionProfiles.forEach((identity, local) -> all.merge(identity, local, FunctionProfile::mergedWith));
            return List.copyOf(all.values());
        } catch (RocksDBException | RuntimeException e) {
            readFailed(e);
            return List.of();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public CacheStatistics statistics() {
        lifecycle.readLock().lock();
        try {
            if (closed || broken) {
                return CacheStatistics.empty(config.maxBytes());
            }
            return StatisticsCollector.collect(store, mode, spool, pending.snapshot(), config.maxBytes());
        } catch (RocksDBException | RuntimeException e) {
            readFailed(e);
            return CacheStatistics.empty(config.maxBytes());
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public CacheStatistics sessionStatistics() {
        CacheStatistics all = statistics();
        return CacheStatistics.fromCounters(session.snapshot(), all.entries(), all.bytesUsed(), all.maxBytes(),
                all.profiles(), all.pendingEntries(), all.pendingBytes(), all.since());
    }

    @Override
    public CacheMode mode() {
        return broken ? CacheMode.DISABLED : mode;
    }

    @Override
    public Path directory() {
        return config.directory();
    }

    @Override
    public CacheMaintenance maintenance() {
        return new RocksMaintenance(this);
    }

    @Override
    public void close() {
        close(false);
    }

    private void close(boolean fromShutdownHook) {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true; // in-flight operations have finished: they hold the read lock
        } finally {
            lifecycle.writeLock().unlock();
        }
        background.shutdown();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (mode == CacheMode.PRIMARY) {
            if (!broken && writable) {
                try {
                    writer.flush();
                    importer.importAll();
                } catch (RocksDBException | RuntimeException e) {
                    writeFailed(e);
                }
            }
            store.close();
            SpoolDirectory.deleteQuietly(layout.primaryPidFile());
        } else {
            spoolCountersAndProfiles();
            if (store != null) {
                store.close();
            }
            deleteTree(secondaryDirectory);
            if (spooled && writable) {
                mergeSpoolIfPrimaryIsGone();
            }
        }
        if (!fromShutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    /** A secondary that spooled objects tries to become the primary once to merge them. */
    private void mergeSpoolIfPrimaryIsGone() {
        RocksStore primary;
        try {
            primary = RocksStore.openPrimary(layout.database());
        } catch (RocksDBException e) {
            return; // a primary is running: it merges the spool when it closes
        }
        try {
            PrimaryWriter mergeWriter = new PrimaryWriter(primary, new CounterSet(), new UsageTracker());
            new SpoolImporter(spool, primary, mergeWriter).importAll();
        } catch (RocksDBException | RuntimeException e) {
            // the spool stays; the next primary merges it
        } finally {
            primary.close();
        }
    }

    // ---- background work ----

    private void tick() {
        lifecycle.readLock().lock();
        try {
            if (closed || broken || !writable) {
                return;
            }
            long now = System.currentTimeMillis();
            if (mode == CacheMode.PRIMARY) {
                if (now - lastFlushMillis >= PRIMARY_FLUSH_MILLIS) {
                    writer.flush();
                    lastFlushMillis = now;
                }
                long spoolTime = spool.lastModifiedMillis();
                if (spoolTime != lastSpoolMillis) {
                    lastSpoolMillis = spoolTime; // taken before the import: a file added meanwhile is seen next time
                    importer.importAll();
                }
                if (!staleSecondariesRemoved) {
                    staleSecondariesRemoved = true;
                    layout.removeStaleSecondaries();
                }
                if (writer.bytes() > config.maxBytes()) {
                    recordEviction(writer.evictIfOver(config.maxBytes(), () -> closed));
                }
            } else if (now - lastFlushMillis >= SECONDARY_FLUSH_MILLIS) {
                spoolCountersAndProfiles();
                lastFlushMillis = now;
            }
        } catch (RocksDBException | RuntimeException e) {
            writeFailed(e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void evictInBackground() {
        lifecycle.readLock().lock();
        try {
            evictionQueued.set(false);
            if (!closed && !broken && writable) {
                recordEviction(writer.evictIfOver(config.maxBytes(), () -> closed));
            }
        } catch (RocksDBException | RuntimeException e) {
            writeFailed(e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Secondary: hands counters, hits and profile updates to the primary through the spool. */
    private void spoolCountersAndProfiles() {
        if (broken || !writable) {
            return;
        }
        long[] counters = pending.drain();
        List<UsageTracker.Delta> hits = usage.drain();
        StatsDelta delta = new StatsDelta(counters, hits);
        try {
            if (!delta.isEmpty()) {
                spool.writeStats(delta.encode());
            }
            for (FunctionIdentity identity : List.copyOf(unspooledProfiles.keySet())) {
                FunctionProfile profile = unspooledProfiles.remove(identity);
                if (profile != null) {
                    spool.writeProfile(ProfileCodec.encode(profile));
                }
            }
        } catch (IOException e) {
            pending.restore(counters);
            usage.restore(hits);
            writeFailed(e);
        }
    }

    // ---- helpers shared with RocksMaintenance ----

    /** Counts an eviction in this process's session (the database counted it already). */
    void recordEviction(PrimaryWriter.Eviction eviction) {
        session.add(Counter.EVICTIONS, eviction.entries());
        session.add(Counter.EVICTED_BYTES, eviction.bytes());
    }

    CacheConfig config() {
        return config;
    }

    CacheLayout layout() {
        return layout;
    }

    RocksStore store() {
        return store;
    }

    PrimaryWriter writer() {
        return writer;
    }

    SpoolImporter importer() {
        return importer;
    }

    SpoolDirectory spool() {
        return spool;
    }

    UsageTracker usage() {
        return usage;
    }

    ReentrantReadWriteLock lifecycle() {
        return lifecycle;
    }

    boolean isUsable() {
        return !closed && !broken;
    }

    /** Why this process cannot change the database, or {@code null} if it can. */
    String whyNotWritable() {
        if (closed) {
            return "the cache is closed";
        }
        if (broken) {
            return "the cache failed earlier in this process";
        }
        if (mode != CacheMode.PRIMARY) {
            String pid = readPid();
            return "the cache at " + config.directory() + " is in use by another pyjit process"
                    + (pid.isEmpty() ? "" : " (pid " + pid + ")") + "; try again when it has finished";
        }
        if (!writable) {
            return "the cache cannot be written (see the warning above)";
        }
        return null;
    }

    void readFailed(Exception e) {
        broken = true;
        warning.warn("object cache (" + config.directory() + ") failed: " + describe(e) + "; running without it");
    }

    void writeFailed(Exception e) {
        writable = false;
        warning.warn("object cache (" + config.directory() + ") cannot store: " + describe(e)
                + "; running on without storing");
    }

    private void count(Counter counter, long delta) {
        if (counter != null && delta != 0) {
            pending.add(counter, delta);
            session.add(counter, delta);
        }
    }

    private boolean catchUpDue() {
        long now = System.nanoTime();
        if (now - lastCatchUpNanos < CATCH_UP_INTERVAL_NANOS) {
            return false;
        }
        lastCatchUpNanos = now;
        return true;
    }

    private void writePid() {
        try {
            Files.writeString(layout.primaryPidFile(), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            // only used in messages
        }
    }

    private String readPid() {
        try {
            return Files.readString(layout.primaryPidFile()).trim();
        } catch (IOException e) {
            return "";
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.toList());
            java.util.Collections.reverse(all);
            all.forEach(SpoolDirectory::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // a leftover directory is removed by a later primary
        }
    }

    /** A one-line description of a failure for a warning: never a stack trace. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }
}
