package org.pyjit.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A {@link RawIO} over a Java input or output stream (not seekable). */
public final class StreamRawIO implements UnseekableStream {
    private final InputStream in;
    private final OutputStream out;
    private final int fd;
    private final boolean tty;

    public StreamRawIO(InputStream in, OutputStream out, int fd, boolean tty) {
        this.in = in;
        this.out = out;
        this.fd = fd;
        this.tty = tty;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        return in.read(buf, off, len);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        out.write(buf, off, len);
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public long size() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public void truncate(long size) throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public void flush() throws IOException {
        if (out != null) out.flush();
    }

    @Override
    public void close() throws IOException {
        // the Java streams belong to whoever made them (System.out, a test's buffer): flush only
        flush();
    }

    @Override
    public boolean isatty() {
        return tty;
    }

    @Override
    public int fileno() {
        return fd;
    }
}
