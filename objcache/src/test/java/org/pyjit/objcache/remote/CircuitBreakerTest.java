package org.pyjit.objcache.remote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    @Test
    void opensAfterTheThresholdOfConsecutiveFailuresAndStaysOpen() {
        CircuitBreaker breaker = new CircuitBreaker(3);
        assertTrue(breaker.allows());
        assertFalse(breaker.failed());
        assertFalse(breaker.failed());
        assertTrue(breaker.allows());
        assertTrue(breaker.failed(), "the third failure opens it");
        assertFalse(breaker.allows());
        assertTrue(breaker.isOpen());
        assertFalse(breaker.failed(), "reported once only");
        breaker.succeeded();
        assertFalse(breaker.allows(), "a late success does not close it: off for the rest of the run");
    }

    @Test
    void aSuccessResetsTheCount() {
        CircuitBreaker breaker = new CircuitBreaker(2);
        assertFalse(breaker.failed());
        breaker.succeeded();
        assertFalse(breaker.failed());
        assertTrue(breaker.allows());
        assertTrue(breaker.failed());
    }

    @Test
    void tripOpensAtOnce() {
        CircuitBreaker breaker = new CircuitBreaker(5);
        assertTrue(breaker.trip());
        assertFalse(breaker.trip());
        assertFalse(breaker.allows());
        assertFalse(breaker.failed());
    }

    @Test
    void exactlyOneOfManyConcurrentFailuresReportsTheOpening() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(10);
        AtomicInteger openings = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (breaker.failed()) {
                            openings.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(openings.get() == 1, "openings: " + openings.get());
    }

    @Test
    void theThresholdMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(0));
    }
}
