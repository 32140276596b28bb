package org.pyjit.objcache;

/**
 * What {@code pyjit cache gc} did.
 *
 * @param mergedFromSpool objects, profiles and statistics files merged from the spool
 * @param evictedEntries  entries evicted (least recently used first) since the cache was opened,
 *                        including by the background thread that starts when the limit is exceeded
 * @param evictedBytes    bytes they held
 * @param recordsRepaired stale bookkeeping records dropped
 * @param bytesBefore     bytes used when the cache was opened
 * @param bytesAfter      bytes used after
 * @param maxBytes        the size limit applied
 */
public record GcReport(int mergedFromSpool, int evictedEntries, long evictedBytes, int recordsRepaired,
                       long bytesBefore, long bytesAfter, long maxBytes) {}
