package org.pyjit.objcache.remote;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns the remote tier off for the rest of the run after {@code threshold} consecutive failed
 * calls: a Redis that is down or slow then costs the program at most that many timeouts. A
 * success resets the count. Once open it stays open (a run is short; retrying would only add delays).
 */
public final class CircuitBreaker {
    private final int threshold;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicBoolean open = new AtomicBoolean();

    /** A closed breaker that opens after {@code threshold} consecutive failures. */
    public CircuitBreaker(int threshold) {
        if (threshold <= 0) {
            throw new IllegalArgumentException("the threshold must be positive: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Whether calls may be made. */
    public boolean allows() {
        return !open.get();
    }

    /** Records a successful call. */
    public void succeeded() {
        if (!open.get()) {
            consecutiveFailures.set(0);
        }
    }

    /**
     * Records a failed call.
     *
     * @return true exactly once: for the failure that opened the breaker
     */
    public boolean failed() {
        if (open.get()) {
            return false;
        }
        return consecutiveFailures.incrementAndGet() >= threshold && open.compareAndSet(false, true);
    }

    /** Opens the breaker now (e.g. the server refused the password); true if this call opened it. */
    public boolean trip() {
        return open.compareAndSet(false, true);
    }

    /** Whether the breaker has opened. */
    public boolean isOpen() {
        return open.get();
    }
}
