package org.pyjit.tools.bench;

/** A problem that stops the harness, with a message meant for the person who started it. */
public final class BenchException extends RuntimeException {
    /** A failure described by {@code message}. */
    public BenchException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
