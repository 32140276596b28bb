package org.pyjit.objcache;

import java.nio.charset.StandardCharsets;

/** Names and 8-byte values of the meta column: gauges kept exact by the primary, and markers. */
final class MetaKeys {
    static final byte[] ENTRIES = ascii("gauge.entries");
    static final byte[] BYTES = ascii("gauge.bytes");
    static final byte[] PROFILES = ascii("gauge.profiles");
    static final byte[] STATS_SINCE = ascii("stats.since");
    /** Prefix of markers recording that a spool statistics file was applied (exactly-once import). */
    static final String IMPORTED_PREFIX = "imported.";

    private MetaKeys() {}

    static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] encodeLong(long value) {
        return new ByteWriter(8).i64(value).toByteArray();
    }

    /** The value, or 0 for a missing or damaged one. */
    static long decodeLong(byte[] bytes) {
        return bytes == null || bytes.length != 8 ? 0 : new ByteReader(bytes).i64();
    }
}
