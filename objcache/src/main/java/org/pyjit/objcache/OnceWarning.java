package org.pyjit.objcache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Passes at most one warning of a cache instance to the configured sink. */
final class OnceWarning {
    private final Consumer<String> sink;
    private final AtomicBoolean warned = new AtomicBoolean();

    OnceWarning(Consumer<String> sink) {
        this.sink = sink;
    }

    void warn(String message) {
        if (warned.compareAndSet(false, true)) {
            try {
                sink.accept(message);
            } catch (RuntimeException ignored) {
                // a broken sink must not turn a cache problem into a program failure
            }
        }
    }
}
