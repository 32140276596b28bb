package org.pyjit.tools.aot;

import java.util.EnumMap;
import java.util.Map;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CacheEntryInfo;
import org.pyjit.objcache.CacheStatistics;
import org.pyjit.objcache.CacheUnavailableException;
import org.pyjit.objcache.ObjectCache;

/**
 * What the cache holds at one moment: compiled artifacts per kind (not the source-status memos
 * and tier-1 profiles stored beside them) and bytes stored (database and spool, all entries), so
 * {@code pyjit aot} can say what it added.
 *
 * @param entries entries per kind
 * @param bytes   bytes of stored values, spooled ones included
 */
record CacheCensus(Map<ArtifactKind, Long> entries, long bytes) {

    static CacheCensus of(ObjectCache cache) {
        Map<ArtifactKind, Long> byKind = new EnumMap<>(ArtifactKind.class);
        for (ArtifactKind kind : ArtifactKind.values()) byKind.put(kind, 0L);
        try {
            for (CacheEntryInfo entry : cache.maintenance().entries()) {
                if (entry.kind() == null || entry.label().startsWith("source status ")
                        || entry.label().startsWith("tier-1 profile ")) continue; // memos and profiles, not code
                byKind.merge(entry.kind(), 1L, Long::sum);
            }
        } catch (CacheUnavailableException e) {
            // counts stay zero: the summary then reports bytes only
        }
        CacheStatistics s = cache.statistics();
        return new CacheCensus(byKind, s.bytesUsed() + s.pendingBytes());
    }

    /** The difference {@code this - earlier}. */
    CacheCensus minus(CacheCensus earlier) {
        Map<ArtifactKind, Long> diff = new EnumMap<>(ArtifactKind.class);
        entries.forEach((kind, n) -> diff.put(kind, n - earlier.entries.getOrDefault(kind, 0L)));
        return new CacheCensus(diff, bytes - earlier.bytes);
    }

    long of(ArtifactKind kind) {
        return entries.getOrDefault(kind, 0L);
    }
}
