package org.pyjit.objcache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hits and last-use times collected in memory and written in batches, because rewriting a record
 * on every hit would cost a database write per lookup.
 */
final class UsageTracker {
    /** Usage of one entry since the last drain. */
    record Delta(byte[] digest, long lastUsedMillis, long hits) {}

    private final Map<Digest, Delta> pending = new ConcurrentHashMap<>();

    void recordHit(byte[] digest, long nowMillis) {
        pending.merge(new Digest(digest), new Delta(digest, nowMillis, 1),
                (a, b) -> new Delta(a.digest(), Math.max(a.lastUsedMillis(), b.lastUsedMillis()), a.hits() + b.hits()));
    }

    void restore(List<Delta> deltas) {
        for (Delta delta : deltas) {
            pending.merge(new Digest(delta.digest()), delta,
                    (a, b) -> new Delta(a.digest(), Math.max(a.lastUsedMillis(), b.lastUsedMillis()), a.hits() + b.hits()));
        }
    }

    /** Removes and returns everything recorded so far. */
    List<Delta> drain() {
        List<Delta> out = new ArrayList<>();
        for (Digest digest : List.copyOf(pending.keySet())) {
            Delta delta = pending.remove(digest);
            if (delta != null) {
                out.add(delta);
            }
        }
        return out;
    }

    /** What is pending for one entry, or {@code null}. */
    Delta peek(byte[] digest) {
        return pending.get(new Digest(digest));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }
}
