package org.pyjit.runtime.io;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One end of an OS pipe made by {@code os.pipe}: its real descriptor number, kept open while the
 * Python file lives so that {@code /proc/self/fd/N} names the pipe (a child process is connected
 * through it) and {@code poll} can watch it. The Java channel the file reads and writes through is
 * a second descriptor of the same pipe; closing the file closes both, so the reader sees end of file.
 */
public final class OsPipeEnd {
    private final int fd;
    private final AtomicBoolean closed = new AtomicBoolean();

    public OsPipeEnd(int fd) {
        this.fd = fd;
    }

    /** The OS descriptor number. */
    public int fd() {
        return fd;
    }

    /** The path that opens this pipe end again (for a child's redirection). */
    public java.io.File procPath() {
        return new java.io.File("/proc/self/fd/" + fd);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes the OS descriptor once. */
    public void close() {
        if (closed.compareAndSet(false, true)) NativeLibc.close(fd);
    }
}
