package org.pyjit.objcache;

import java.util.concurrent.atomic.AtomicLongArray;

/** A lock-free set of {@link Counter} values; lookups on many threads add to it. */
final class CounterSet {
    private final AtomicLongArray values = new AtomicLongArray(Counter.values().length);

    void add(Counter counter, long delta) {
        if (delta != 0) {
            values.addAndGet(counter.ordinal(), delta);
        }
    }

    long get(Counter counter) {
        return values.get(counter.ordinal());
    }

    /** Takes every value and resets it to zero; additions racing with it land in the next drain. */
    long[] drain() {
        long[] out = new long[values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.getAndSet(i, 0);
        }
        return out;
    }

    /** Puts drained values back, e.g. after a failed write. */
    void restore(long[] drained) {
        for (int i = 0; i < drained.length; i++) {
            values.addAndGet(i, drained[i]);
        }
    }

    long[] snapshot() {
        long[] out = new long[values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    boolean isZero() {
        for (int i = 0; i < values.length(); i++) {
            if (values.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
