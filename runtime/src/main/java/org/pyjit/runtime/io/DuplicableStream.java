package org.pyjit.runtime.io;

/**
 * A stream behind a descriptor that can have further descriptor numbers ({@code os.dup},
 * {@code os.dup2}) sharing it, closed when its last number is: sockets.
 */
public interface DuplicableStream extends RawIO {
    /**
     * A second descriptor of the same stream: the lowest free number, or {@code target} when it
     * is not negative (whatever {@code target} named is closed first, as dup2 does).
     */
    int duplicate(int target);
}
