package org.pyjit.objcache;

/**
 * What {@code pyjit cache gc} did.
 *
 * @param mergedFromSpool objects, profiles and statistics files merged from the spool
 * @param evictedEntries  entries evicted (least recently used first), including any the background
 *                        thread evicted since the last gc (it starts as soon as a store, or an open
 *                        with a smaller limit, exceeds the limit)
 * @param evictedBytes    bytes they held
 * @param recordsRepaired stale bookkeeping records dropped
 * @param bytesBefore     bytes used before those evictions
 * @param bytesAfter      bytes used after
 * @param maxBytes        the size limit applied
 */
public record GcReport(int mergedFromSpool, int evictedEntries, long evictedBytes, int recordsRepaired,
                       long bytesBefore, long bytesAfter, long maxBytes) {}
