package org.pyjit.objcache;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The default warning sink: one line on stderr, at most once per process, so a program that runs
 * on without its cache is told once and is not flooded.
 */
final class StderrWarnings implements Consumer<String> {
    static final StderrWarnings INSTANCE = new StderrWarnings();
    /** The remote tier's own once-per-process warning, so it neither hides nor is hidden by the local one's. */
    static final StderrWarnings REMOTE = new StderrWarnings();

    private final AtomicBoolean warned = new AtomicBoolean();

    private StderrWarnings() {}

    @Override
    public void accept(String message) {
        if (warned.compareAndSet(false, true)) {
            System.err.println("pyjit: warning: " + message);
            System.err.flush();
        }
    }
}
