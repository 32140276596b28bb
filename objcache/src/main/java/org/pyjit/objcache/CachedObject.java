package org.pyjit.objcache;

import java.time.Instant;
import java.util.Objects;

/**
 * An object served by the cache: checked against its key and checksum before it is returned.
 *
 * @param key      the key it was found under
 * @param bytes    the object, uncompressed; the caller owns this array
 * @param metadata what the storing process said about it
 * @param created  when it was stored
 */
public record CachedObject(ObjectCacheKey key, byte[] bytes, ObjectMetadata metadata, Instant created) {
    /** Rejects nulls. */
    public CachedObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(created, "created");
    }
}
