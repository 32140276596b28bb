package org.pyjit.objcache;

/**
 * The persisted event counters of {@code pyjit cache stats}. Each has a stable name under which it
 * is stored, so reordering this enum never mixes counters up.
 */
enum Counter {
    LOOKUPS("lookups"),
    HITS("hits"),
    MISS_ABSENT("miss.absent"),
    MISS_ENVIRONMENT("miss.environment"),
    MISS_FORMAT("miss.format"),
    MISS_KEY_MISMATCH("miss.key_mismatch"),
    MISS_CORRUPT("miss.corrupt"),
    STORES("stores"),
    EVICTIONS("evictions"),
    EVICTED_BYTES("evicted_bytes"),
    COMPILE_MICROS_SAVED("compile_micros_saved"),
    // the remote tier (RemoteStatistics); kept in the local cache's database with the others
    REMOTE_LOOKUPS("remote.lookups"),
    REMOTE_HITS("remote.hits"),
    REMOTE_MISS_ABSENT("remote.miss.absent"),
    REMOTE_MISS_UNAUTHENTICATED("remote.miss.unauthenticated"),
    REMOTE_MISS_TIMEOUT("remote.miss.timeout"),
    REMOTE_MISS_TOO_LARGE("remote.miss.too_large"),
    REMOTE_MISS_ERROR("remote.miss.error"),
    REMOTE_BYTES_FETCHED("remote.bytes_fetched"),
    REMOTE_FETCH_MICROS("remote.fetch_micros"),
    REMOTE_STORES("remote.stores"),
    REMOTE_STORE_FAILURES("remote.store_failures"),
    REMOTE_STORES_TOO_LARGE("remote.stores_too_large"),
    REMOTE_BYTES_SENT("remote.bytes_sent"),
    REMOTE_STORE_MICROS("remote.store_micros"),
    REMOTE_CIRCUIT_OPENED("remote.circuit_opened");

    private final String storedName;

    Counter(String storedName) {
        this.storedName = storedName;
    }

    String storedName() {
        return storedName;
    }

    /** The meta-column key the counter is persisted under. */
    byte[] metaKey() {
        return ("counter." + storedName).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    static Counter byStoredName(String name) {
        for (Counter counter : values()) {
            if (counter.storedName.equals(name)) {
                return counter;
            }
        }
        return null;
    }

    /** The counter of misses for {@code reason}, or {@code null} for UNAVAILABLE (never counted). */
    static Counter forMiss(MissReason reason) {
        return switch (reason) {
            case ABSENT -> MISS_ABSENT;
            case ENVIRONMENT -> MISS_ENVIRONMENT;
            case FORMAT -> MISS_FORMAT;
            case KEY_MISMATCH -> MISS_KEY_MISMATCH;
            case CORRUPT -> MISS_CORRUPT;
            case UNAVAILABLE -> null;
        };
    }

    /** The counter of remote misses for {@code reason}. */
    static Counter forRemoteMiss(RemoteMissReason reason) {
        return switch (reason) {
            case ABSENT -> REMOTE_MISS_ABSENT;
            case UNAUTHENTICATED -> REMOTE_MISS_UNAUTHENTICATED;
            case TIMEOUT -> REMOTE_MISS_TIMEOUT;
            case TOO_LARGE -> REMOTE_MISS_TOO_LARGE;
            case ERROR -> REMOTE_MISS_ERROR;
        };
    }
}
