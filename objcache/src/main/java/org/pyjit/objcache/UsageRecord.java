package org.pyjit.objcache;

/**
 * The usage column's value for an entry: last use and hits (for LRU eviction and listings), the
 * stored size (for the size limit without reading values) and the input digest (to drop the
 * input-to-key mapping together with the entry).
 */
record UsageRecord(long lastUsedMillis, long hits, long storedBytes, byte[] inputDigest) {
    static final int LENGTH = 24 + ObjectCacheKey.LENGTH;

    byte[] encode() {
        ByteWriter out = new ByteWriter(LENGTH);
        out.i64(lastUsedMillis).i64(hits).i64(storedBytes).bytes(inputDigest);
        return out.toByteArray();
    }

    /** The record in {@code bytes}, or {@code null} if it is damaged. */
    static UsageRecord decode(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            return null;
        }
        ByteReader in = new ByteReader(bytes);
        return new UsageRecord(in.i64(), in.i64(), in.i64(), in.bytes(ObjectCacheKey.LENGTH));
    }

    UsageRecord plus(UsageTracker.Delta delta) {
        return new UsageRecord(Math.max(lastUsedMillis, delta.lastUsedMillis()), hits + delta.hits(), storedBytes,
                inputDigest);
    }
}
