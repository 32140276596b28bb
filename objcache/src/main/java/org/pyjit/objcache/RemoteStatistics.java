package org.pyjit.objcache;

import java.util.EnumMap;
import java.util.Map;

/**
 * The remote (Redis) tier's statistics, summed over every run that used this local cache
 * directory (they are kept with the local counters).
 *
 * @param lookups         remote lookups (made after a local miss)
 * @param hits            lookups that returned an authenticated, valid entry
 * @param misses          misses by reason, zeros included
 * @param bytesFetched    bytes received for hits
 * @param fetchMicros     time the lookups took, in total
 * @param stores          entries sent to the remote
 * @param storeFailures   stores that failed (timeout, connection, circuit open)
 * @param storesTooLarge  entries not sent because they exceed the size limit
 * @param bytesSent       bytes sent by successful stores
 * @param storeMicros     time the stores took (in the background), in total
 * @param circuitOpenings runs in which the circuit breaker turned the remote tier off
 */
public record RemoteStatistics(long lookups, long hits, Map<RemoteMissReason, Long> misses, long bytesFetched,
                               long fetchMicros, long stores, long storeFailures, long storesTooLarge,
                               long bytesSent, long storeMicros, long circuitOpenings) {

    /** Copies the map, filling in zero for every reason. */
    public RemoteStatistics {
        Map<RemoteMissReason, Long> complete = new EnumMap<>(RemoteMissReason.class);
        for (RemoteMissReason reason : RemoteMissReason.values()) {
            complete.put(reason, misses.getOrDefault(reason, 0L));
        }
        misses = Map.copyOf(complete);
    }

    /** No remote activity. */
    public static RemoteStatistics empty() {
        return new RemoteStatistics(0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Misses for one reason. */
    public long misses(RemoteMissReason reason) {
        return misses.getOrDefault(reason, 0L);
    }

    /** All misses. */
    public long totalMisses() {
        return misses.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Built from counters indexed by {@link Counter#ordinal()}. */
    static RemoteStatistics fromCounters(long[] c) {
        Map<RemoteMissReason, Long> misses = new EnumMap<>(RemoteMissReason.class);
        for (RemoteMissReason reason : RemoteMissReason.values()) {
            misses.put(reason, c[Counter.forRemoteMiss(reason).ordinal()]);
        }
        return new RemoteStatistics(c[Counter.REMOTE_LOOKUPS.ordinal()], c[Counter.REMOTE_HITS.ordinal()], misses,
                c[Counter.REMOTE_BYTES_FETCHED.ordinal()], c[Counter.REMOTE_FETCH_MICROS.ordinal()],
                c[Counter.REMOTE_STORES.ordinal()], c[Counter.REMOTE_STORE_FAILURES.ordinal()],
                c[Counter.REMOTE_STORES_TOO_LARGE.ordinal()], c[Counter.REMOTE_BYTES_SENT.ordinal()],
                c[Counter.REMOTE_STORE_MICROS.ordinal()], c[Counter.REMOTE_CIRCUIT_OPENED.ordinal()]);
    }
}
