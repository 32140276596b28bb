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

    public static final short POLLIN = 1, POLLOUT = 4;
    private static final int SLICE_MILLIS = 50;

    /**
     * Waits until the pipe can be read ({@link #POLLIN}) or written ({@link #POLLOUT}) without blocking,
     * with the global lock released (the other end may be another Python thread) and looking for signals
     * between slices, so a blocked read ends on Ctrl-C as CPython's does. End of file and errors count as ready.
     */
    public void awaitReady(short events) {
        int[] fds = {fd};
        short[] ev = {events};
        short[] rev = new short[1];
        if (NativeLibc.poll(fds, ev, rev, 0) != 0) return;
        while (true) {
            int r = org.pyjit.runtime.interpreter.GlobalInterpreterLock.released(() -> NativeLibc.poll(fds, ev, rev, SLICE_MILLIS));
            if (r != 0 && r != -4) return; // ready, or an error the read or write will report (-4: EINTR)
            org.pyjit.runtime.interpreter.SignalDelivery.checkPending();
        }
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
