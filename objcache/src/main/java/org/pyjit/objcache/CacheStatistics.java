package org.pyjit.objcache;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cache's statistics in the spirit of {@code ccache -s}. Counters are persisted across runs
 * and summed over every process that used the directory; entries and bytes are exact.
 *
 * @param lookups            lookups made
 * @param hits               lookups that returned an object
 * @param misses             misses by reason (every reason but UNAVAILABLE, zeros included)
 * @param stores             objects stored
 * @param evictions          entries evicted to keep within the size limit
 * @param evictedBytes       bytes those entries held
 * @param compileMicrosSaved compile time the hits saved (the stored compile times, summed)
 * @param entries            entries in the database
 * @param bytesUsed          bytes of stored values in the database (the size limit applies to this)
 * @param maxBytes           the size limit
 * @param profiles           function profiles stored
 * @param pendingEntries     objects in the spool, not merged into the database yet
 * @param pendingBytes       bytes of those objects
 * @param since              when the counters were last zeroed (or the cache created)
 * @param remote             the remote (Redis) tier's statistics, zeros if it was never used
 */
public record CacheStatistics(
        long lookups,
        long hits,
        Map<MissReason, Long> misses,
        long stores,
        long evictions,
        long evictedBytes,
        long compileMicrosSaved,
        long entries,
        long bytesUsed,
        long maxBytes,
        long profiles,
        long pendingEntries,
        long pendingBytes,
        Instant since,
        RemoteStatistics remote) {

    /** Copies the map, filling in zero for every counted reason. */
    public CacheStatistics {
        Map<MissReason, Long> complete = new EnumMap<>(MissReason.class);
        for (MissReason reason : MissReason.values()) {
            if (reason != MissReason.UNAVAILABLE) {
                complete.put(reason, misses.getOrDefault(reason, 0L));
            }
        }
        misses = Map.copyOf(complete);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(remote, "remote");
    }

    /** Statistics of a cache with nothing in it. */
    public static CacheStatistics empty(long maxBytes) {
        return new CacheStatistics(0, 0, Map.of(), 0, 0, 0, 0, 0, 0, maxBytes, 0, 0, 0, Instant.EPOCH, RemoteStatistics.empty());
    }

    /** All misses, whatever the reason. */
    public long totalMisses() {
        return misses.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Misses for one reason. */
    public long misses(MissReason reason) {
        return misses.getOrDefault(reason, 0L);
    }

    /** Hits per lookup, 0 when nothing was looked up. */
    public double hitRate() {
        return lookups == 0 ? 0 : (double) hits / lookups;
    }

    /** Built from counters indexed by {@link Counter#ordinal()}. */
    static CacheStatistics fromCounters(long[] c, long entries, long bytesUsed, long maxBytes, long profiles,
                                        long pendingEntries, long pendingBytes, Instant since) {
        Map<MissReason, Long> misses = new EnumMap<>(MissReason.class);
        for (MissReason reason : MissReason.values()) {
            Counter counter = Counter.forMiss(reason);
            if (counter != null) {
                misses.put(reason, c[counter.ordinal()]);
            }
        }
        return new CacheStatistics(c[Counter.LOOKUPS.ordinal()], c[Counter.HITS.ordinal()], misses,
                c[Counter.STORES.ordinal()], c[Counter.EVICTIONS.ordinal()], c[Counter.EVICTED_BYTES.ordinal()],
                c[Counter.COMPILE_MICROS_SAVED.ordinal()], entries, bytesUsed, maxBytes, profiles,
                pendingEntries, pendingBytes, since, RemoteStatistics.fromCounters(c));
    }
}
