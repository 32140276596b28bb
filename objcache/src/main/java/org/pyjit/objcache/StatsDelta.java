package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counter deltas and entry usage a secondary process hands to the primary through the spool
 * ({@code "PJST"}, version, counters by stored name, usage deltas, CRC32C).
 *
 * @param counters deltas indexed by {@link Counter#ordinal()}
 * @param usage    hits and last-use times of entries
 */
record StatsDelta(long[] counters, List<UsageTracker.Delta> usage) {
    private static final byte[] MAGIC = {'P', 'J', 'S', 'T'};
    private static final int VERSION = 1;

    boolean isEmpty() {
        return usage.isEmpty() && Arrays.stream(counters).allMatch(v -> v == 0);
    }

    byte[] encode() {
        ByteWriter out = new ByteWriter(64 + usage.size() * 48);
        out.bytes(MAGIC).u16(VERSION);
        Counter[] all = Counter.values();
        out.u16(all.length);
        for (Counter counter : all) {
            out.string16(counter.storedName()).i64(counters[counter.ordinal()]);
        }
        out.i32(usage.size());
        for (UsageTracker.Delta delta : usage) {
            out.bytes(delta.digest()).i64(delta.lastUsedMillis()).i64(delta.hits());
        }
        out.i32(ValueCodec.crc32c(out.buffer(), 0, out.size()));
        return out.toByteArray();
    }

    /** The delta in {@code bytes}, or {@code null} if the file is damaged. */
    static StatsDelta decode(byte[] bytes) {
        if (bytes.length < 10 || !Arrays.equals(bytes, 0, 4, MAGIC, 0, 4)
                || ByteReader.readI32(bytes, bytes.length - 4) != ValueCodec.crc32c(bytes, 0, bytes.length - 4)) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(bytes, 4, bytes.length - 4);
            if (in.u16() != VERSION) {
                return null;
            }
            long[] counters = new long[Counter.values().length];
            int counterCount = in.u16();
            for (int i = 0; i < counterCount; i++) {
                Counter counter = Counter.byStoredName(in.string16());
                long value = in.i64();
                if (counter != null) { // a counter of a newer pyjit is dropped, not misread
                    counters[counter.ordinal()] = value;
                }
            }
            int usageCount = in.i32();
            if (usageCount < 0 || usageCount > in.remaining() / 48) {
                return null;
            }
            List<UsageTracker.Delta> usage = new ArrayList<>(usageCount);
            for (int i = 0; i < usageCount; i++) {
                usage.add(new UsageTracker.Delta(in.bytes(ObjectCacheKey.LENGTH), in.i64(), in.i64()));
            }
            return in.remaining() == 0 ? new StatsDelta(counters, usage) : null;
        } catch (MalformedValueException e) {
            return null;
        }
    }
}
