package org.pyjit.objcache;

/** Why a lookup found nothing usable. Every reason but {@link #UNAVAILABLE} is counted in the statistics. */
public enum MissReason {
    /** Nothing is stored under the key. */
    ABSENT("absent"),
    /** The same input was stored under another environment (compiler version, CPU, ...). */
    ENVIRONMENT("environment"),
    /** The stored value has an unknown magic or format version; it was deleted. */
    FORMAT("format"),
    /** The stored value echoes another key; it was deleted. */
    KEY_MISMATCH("key mismatch"),
    /** The stored value failed a checksum, a length or a decompression; it was deleted. */
    CORRUPT("corrupt"),
    /** The cache is disabled or closed; nothing was looked up. */
    UNAVAILABLE("unavailable");

    private final String description;

    MissReason(String description) {
        this.description = description;
    }

    /** The reason in words, as {@code pyjit cache stats} prints it. */
    public String description() {
        return description;
    }
}
