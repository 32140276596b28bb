package org.pyjit.runtime.io;

import java.io.IOException;

/**
 * An unbuffered byte stream under a Python file object: an OS file (through a
 * {@link java.nio.channels.FileChannel}) or a Java stream (the standard streams, or buffers that
 * tests and embedders substitute).
 */
public interface RawIO {
    /** Reads up to {@code len} bytes; returns the count, or -1 at end of file. */
    int read(byte[] buf, int off, int len) throws IOException;

    void write(byte[] buf, int off, int len) throws IOException;

    boolean readable();

    boolean writable();

    boolean seekable();

    /** The byte position; only called when {@link #seekable()}. */
    long position() throws IOException;

    void position(long pos) throws IOException;

    long size() throws IOException;

    void truncate(long size) throws IOException;

    /** Forces written bytes down to the OS (for Java streams that buffer themselves). */
    void flush() throws IOException;

    void close() throws IOException;

    boolean isatty();

    /** The OS file descriptor, or -1 when there is none. */
    int fileno();
}
