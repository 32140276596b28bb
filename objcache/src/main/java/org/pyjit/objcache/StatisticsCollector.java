package org.pyjit.objcache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.pyjit.objcache.RocksStore.Column;
import org.rocksdb.RocksDBException;

/**
 * Adds up the statistics of a cache directory: the counters and gauges saved in the database,
 * the counters secondaries left in the spool, and this process's unsaved counters.
 */
final class StatisticsCollector {
    private StatisticsCollector() {}

    static CacheStatistics collect(RocksStore store, CacheMode mode, SpoolDirectory spool, long[] unsaved,
                                   long maxBytes) throws RocksDBException {
        long[] counters = new long[Counter.values().length];
        long entries = 0;
        long bytes = 0;
        long profiles = 0;
        long since = 0;
        if (store != null) {
            if (mode == CacheMode.SECONDARY) {
                store.catchUp();
            }
            for (Counter counter : Counter.values()) {
                counters[counter.ordinal()] = MetaKeys.decodeLong(store.get(Column.META, counter.metaKey()));
            }
            entries = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.ENTRIES));
            bytes = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.BYTES));
            profiles = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.PROFILES));
            since = MetaKeys.decodeLong(store.get(Column.META, MetaKeys.STATS_SINCE));
        }
        long pendingEntries = 0;
        long pendingBytes = 0;
        for (SpoolDirectory.Entry entry : spool.list()) {
            if (entry.kind() == SpoolDirectory.Kind.OBJECT) {
                pendingEntries++;
                pendingBytes += sizeOf(entry.path());
            } else if (entry.kind() == SpoolDirectory.Kind.STATS) {
                StatsDelta delta = readStats(entry.path());
                if (delta != null) {
                    addInto(counters, delta.counters());
                }
            }
        }
        addInto(counters, unsaved);
        return CacheStatistics.fromCounters(counters, entries, bytes, maxBytes, profiles, pendingEntries,
                pendingBytes, Instant.ofEpochMilli(since));
    }

    private static StatsDelta readStats(Path path) {
        try {
            return StatsDelta.decode(Files.readAllBytes(path));
        } catch (IOException e) {
            return null; // merged and deleted meanwhile
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void addInto(long[] target, long[] delta) {
        for (int i = 0; i < target.length; i++) {
            target[i] += delta[i];
        }
    }
}
