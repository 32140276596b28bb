package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.pyjit.objcache.RocksStore.Batch;
import org.pyjit.objcache.RocksStore.Column;
import org.rocksdb.RocksDBException;

/**
 * Every change the primary makes to the database. Changes run under one lock (only the primary
 * writes, so this lock serializes all writers of the directory) and each is one atomic batch
 * that also updates the entry and byte gauges, which therefore survive a SIGKILL exactly.
 */
final class PrimaryWriter {
    /** What an eviction removed. */
    record Eviction(int entries, long bytes) {}

    private static final byte[] NO_DIGEST = new byte[ObjectCacheKey.LENGTH];

    private final RocksStore store;
    private final CounterSet pending;
    private final UsageTracker usage;
    private final ReentrantLock lock = new ReentrantLock();
    /** One eviction at a time: a gc waits for a background eviction in progress and sees its count. */
    private final ReentrantLock evictionLock = new ReentrantLock();
    private int unreportedEvictions;       // guarded by lock
    private long unreportedEvictedBytes;   // guarded by lock
    private long entries;   // guarded by lock, mirrors MetaKeys.ENTRIES
    private long bytes;     // guarded by lock, mirrors MetaKeys.BYTES
    private long profiles;  // guarded by lock, mirrors MetaKeys.PROFILES

    PrimaryWriter(RocksStore store, CounterSet pending, UsageTracker usage) throws RocksDBException {
        this.store = store;
        this.pending = pending;
        this.usage = usage;
        entries = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.ENTRIES));
        bytes = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.BYTES));
        profiles = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.PROFILES));
        if (store.get(Column.META, MetaKeys.STATS_SINCE) == null) {
            store.put(Column.META, MetaKeys.STATS_SINCE, MetaKeys.encodeLong(System.currentTimeMillis()));
        }
    }

    long entries() {
        lock.lock();
        try {
            return entries;
        } finally {
            lock.unlock();
        }
    }

    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    long profiles() {
        lock.lock();
        try {
            return profiles;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores an encoded value. {@code countStore} is false for objects merged from the spool:
     * the process that compiled them counted the store.
     */
    void store(byte[] digest, byte[] value, byte[] inputDigest, long nowMillis, boolean countStore)
            throws RocksDBException {
        lock.lock();
        long[] drained = pending.drain();
        try (Batch batch = store.batch()) {
            byte[] old = store.get(Column.OBJECTS, digest);
            UsageRecord oldUsage = old == null ? null : UsageRecord.decode(store.get(Column.USAGE, digest));
            byte[] input = inputDigest != null ? inputDigest : NO_DIGEST;
            long newEntries = entries + (old == null ? 1 : 0);
            long newBytes = bytes - (old == null ? 0 : old.length) + value.length;
            batch.put(Column.OBJECTS, digest, value);
            batch.put(Column.USAGE, digest,
                    new UsageRecord(nowMillis, oldUsage == null ? 0 : oldUsage.hits(), value.length, input).encode());
            if (!Arrays.equals(input, NO_DIGEST)) {
                batch.put(Column.INPUTS, input, digest);
            }
            long[] deltas = drained.clone();
            if (countStore) {
                deltas[Counter.STORES.ordinal()]++;
            }
            addCounters(batch, deltas);
            putGauges(batch, newEntries, newBytes, profiles);
            batch.commit();
            drained = null;
            entries = newEntries;
            bytes = newBytes;
        } finally {
            if (drained != null) {
                pending.restore(drained);
            }
            lock.unlock();
        }
    }

    /** Deletes the entry if it still holds {@code expected} ({@code null}: whatever it holds). */
    boolean delete(byte[] digest, byte[] expected) throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            byte[] value = store.get(Column.OBJECTS, digest);
            if (value == null || (expected != null && !Arrays.equals(value, expected))) {
                return false;
            }
            deleteInto(batch, digest, UsageRecord.decode(store.get(Column.USAGE, digest)));
            putGauges(batch, entries - 1, bytes - value.length, profiles);
            batch.commit();
            entries--;
            bytes -= value.length;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void deleteInto(Batch batch, byte[] digest, UsageRecord usageRecord) throws RocksDBException {
        batch.delete(Column.OBJECTS, digest);
        batch.delete(Column.USAGE, digest);
        if (usageRecord != null && Arrays.equals(store.get(Column.INPUTS, usageRecord.inputDigest()), digest)) {
            batch.delete(Column.INPUTS, usageRecord.inputDigest());
        }
    }

    /** Writes pending counters and hits to the database. */
    void flush() throws RocksDBException {
        if (pending.isZero() && usage.isEmpty()) {
            return;
        }
        lock.lock();
        long[] drained = pending.drain();
        List<UsageTracker.Delta> deltas = usage.drain();
        try (Batch batch = store.batch()) {
            addCounters(batch, drained);
            applyUsage(batch, deltas);
            batch.commit();
            drained = null;
            deltas = null;
        } finally {
            if (drained != null) {
                pending.restore(drained);
                usage.restore(deltas);
            }
            lock.unlock();
        }
    }

    /**
     * Applies a secondary's statistics file exactly once: the marker written in the same batch
     * makes a re-import after a crash a no-op.
     *
     * @return false if the marker says it was applied already
     */
    boolean applyStats(StatsDelta delta, byte[] marker) throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            if (store.get(Column.META, marker) != null) {
                return false;
            }
            addCounters(batch, delta.counters());
            applyUsage(batch, delta.usage());
            batch.put(Column.META, marker, new byte[0]);
            batch.commit();
            return true;
        } finally {
            lock.unlock();
        }
    }

    void deleteMeta(byte[] key) throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            batch.delete(Column.META, key);
            batch.commit();
        } finally {
            lock.unlock();
        }
    }

    /** Folds {@code update} into the stored profile of its function. */
    void mergeProfile(FunctionProfile update) throws RocksDBException {
        byte[] key = ProfileCodec.identityKey(update.identity());
        lock.lock();
        try (Batch batch = store.batch()) {
            byte[] old = store.get(Column.PROFILES, key);
            FunctionProfile existing = old == null ? null : ProfileCodec.decode(old, key);
            FunctionProfile merged = existing == null ? update : existing.mergedWith(update);
            batch.put(Column.PROFILES, key, ProfileCodec.encode(merged));
            long newProfiles = profiles + (old == null ? 1 : 0);
            putGauges(batch, entries, bytes, newProfiles);
            batch.commit();
            profiles = newProfiles;
        } finally {
            lock.unlock();
        }
    }

    /** Deletes a damaged profile. */
    void deleteProfile(byte[] key) throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            if (store.get(Column.PROFILES, key) == null) {
                return;
            }
            batch.delete(Column.PROFILES, key);
            putGauges(batch, entries, bytes, profiles - 1);
            batch.commit();
            profiles--;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Evicts least-recently-used entries down to 80 % of {@code maxBytes} if more is used.
     * Scans without the lock and deletes in small locked batches, so lookups and stores of this
     * process are never held up for long; stops early when {@code stop} says so (closing).
     */
    Eviction evictIfOver(long maxBytes, BooleanSupplier stop) throws RocksDBException {
        evictionLock.lock();
        try {
            return evictLocked(maxBytes, stop);
        } finally {
            evictionLock.unlock();
        }
    }

    /**
     * Evictions not reported yet by this method: the background thread may evict as soon as a
     * cache is opened with a smaller limit, before the gc a user asked for runs.
     */
    Eviction takeUnreportedEvictions() {
        evictionLock.lock();
        lock.lock();
        try {
            Eviction eviction = new Eviction(unreportedEvictions, unreportedEvictedBytes);
            unreportedEvictions = 0;
            unreportedEvictedBytes = 0;
            return eviction;
        } finally {
            lock.unlock();
            evictionLock.unlock();
        }
    }

    private Eviction evictLocked(long maxBytes, BooleanSupplier stop) throws RocksDBException {
        flush();
        if (bytes() <= maxBytes) {
            return new Eviction(0, 0);
        }
        long target = maxBytes / 10 * 8;
        record Candidate(byte[] digest, long lastUsed) {}
        List<Candidate> candidates = new ArrayList<>();
        store.scan(Column.USAGE, (key, value) -> {
            UsageRecord record = UsageRecord.decode(value);
            candidates.add(new Candidate(key, record == null ? 0 : record.lastUsedMillis()));
            return true;
        });
        candidates.sort(Comparator.comparingLong(Candidate::lastUsed));
        int evicted = 0;
        long evictedBytes = 0;
        int next = 0;
        boolean done = false;
        while (!done && next < candidates.size() && !stop.getAsBoolean()) {
            lock.lock();
            try (Batch batch = store.batch()) {
                long newEntries = entries;
                long newBytes = bytes;
                long[] counters = new long[Counter.values().length];
                for (int n = 0; n < 128 && next < candidates.size() && newBytes > target; n++, next++) {
                    Candidate candidate = candidates.get(next);
                    UsageRecord record = UsageRecord.decode(store.get(Column.USAGE, candidate.digest()));
                    byte[] value = store.get(Column.OBJECTS, candidate.digest());
                    if (value == null || (record != null && record.lastUsedMillis() != candidate.lastUsed())) {
                        continue; // gone, or used since the scan
                    }
                    deleteInto(batch, candidate.digest(), record);
                    newEntries--;
                    newBytes -= value.length;
                    counters[Counter.EVICTIONS.ordinal()]++;
                    counters[Counter.EVICTED_BYTES.ordinal()] += value.length;
                }
                done = newBytes <= target;
                if (counters[Counter.EVICTIONS.ordinal()] == 0) {
                    continue;
                }
                addCounters(batch, counters); // in the same batch: the count survives a crash
                putGauges(batch, newEntries, newBytes, profiles);
                batch.commit();
                entries = newEntries;
                bytes = newBytes;
                unreportedEvictions += (int) counters[Counter.EVICTIONS.ordinal()];
                unreportedEvictedBytes += counters[Counter.EVICTED_BYTES.ordinal()];
                evicted += (int) counters[Counter.EVICTIONS.ordinal()];
                evictedBytes += counters[Counter.EVICTED_BYTES.ordinal()];
            } finally {
                lock.unlock();
            }
        }
        return new Eviction(evicted, evictedBytes);
    }

    /** Deletes every entry and profile (statistics counters stay). */
    void clear() throws RocksDBException {
        for (Column column : List.of(Column.OBJECTS, Column.USAGE, Column.INPUTS, Column.PROFILES)) {
            List<byte[]> keys = new ArrayList<>();
            store.scan(column, (key, value) -> keys.add(key));
            for (int from = 0; from < keys.size(); from += 512) {
                lock.lock();
                try (Batch batch = store.batch()) {
                    for (byte[] key : keys.subList(from, Math.min(keys.size(), from + 512))) {
                        batch.delete(column, key);
                    }
                    batch.commit();
                } finally {
                    lock.unlock();
                }
            }
        }
        lock.lock();
        try (Batch batch = store.batch()) {
            putGauges(batch, 0, 0, 0);
            batch.commit();
            entries = 0;
            bytes = 0;
            profiles = 0;
        } finally {
            lock.unlock();
        }
    }

    /** Sets every counter to zero and restarts the "since" time. */
    void zeroCounters(long nowMillis) throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            pending.drain();
            usage.drain();
            for (Counter counter : Counter.values()) {
                batch.delete(Column.META, counter.metaKey());
            }
            batch.put(Column.META, MetaKeys.STATS_SINCE, MetaKeys.encodeLong(nowMillis));
            batch.commit();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Recomputes the gauges from the stored entries and drops usage and input records whose
     * entry is gone (e.g. left by an older pyjit); returns how many records it dropped.
     */
    int repair() throws RocksDBException {
        lock.lock();
        try (Batch batch = store.batch()) {
            long[] counted = new long[2];
            store.scan(Column.OBJECTS, (key, value) -> {
                counted[0]++;
                counted[1] += value.length;
                return true;
            });
            int[] dropped = {0};
            store.scan(Column.USAGE, (key, value) -> {
                if (store.get(Column.OBJECTS, key) == null) {
                    batch.delete(Column.USAGE, key);
                    dropped[0]++;
                }
                return true;
            });
            store.scan(Column.INPUTS, (key, value) -> {
                if (store.get(Column.OBJECTS, value) == null) {
                    batch.delete(Column.INPUTS, key);
                    dropped[0]++;
                }
                return true;
            });
            long[] profileCount = {0};
            store.scan(Column.PROFILES, (key, value) -> {
                profileCount[0]++;
                return true;
            });
            putGauges(batch, counted[0], counted[1], profileCount[0]);
            batch.commit();
            entries = counted[0];
            bytes = counted[1];
            profiles = profileCount[0];
            return dropped[0];
        } finally {
            lock.unlock();
        }
    }

    private void applyUsage(Batch batch, List<UsageTracker.Delta> deltas) throws RocksDBException {
        for (UsageTracker.Delta delta : deltas) {
            UsageRecord record = UsageRecord.decode(store.get(Column.USAGE, delta.digest()));
            if (record != null) { // entries deleted meanwhile are skipped
                batch.put(Column.USAGE, delta.digest(), record.plus(delta).encode());
            }
        }
    }

    private void addCounters(Batch batch, long[] deltas) throws RocksDBException {
        for (Counter counter : Counter.values()) {
            long delta = deltas[counter.ordinal()];
            if (delta != 0) {
                long current = MetaKeys.decodeLong(store.get(Column.META, counter.metaKey()));
                batch.put(Column.META, counter.metaKey(), MetaKeys.encodeLong(current + delta));
            }
        }
    }

    private static void putGauges(Batch batch, long entries, long bytes, long profiles) throws RocksDBException {
        batch.put(Column.META, MetaKeys.ENTRIES, MetaKeys.encodeLong(entries));
        batch.put(Column.META, MetaKeys.BYTES, MetaKeys.encodeLong(bytes));
        batch.put(Column.META, MetaKeys.PROFILES, MetaKeys.encodeLong(profiles));
    }
}
