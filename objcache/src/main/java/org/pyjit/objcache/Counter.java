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
    COMPILE_MICROS_SAVED("compile_micros_saved");

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
}
