package org.pyjit.runtime.io;

import java.io.IOException;

/** A stream seen through a file object opened with {@code closefd=False}: closing the file leaves the stream open. */
final class KeptOpen implements RawIO {
    private final RawIO stream;

    KeptOpen(RawIO stream) {
        this.stream = stream;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        return stream.read(buf, off, len);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        stream.write(buf, off, len);
    }

    @Override
    public boolean readable() {
        return stream.readable();
    }

    @Override
    public boolean writable() {
        return stream.writable();
    }

    @Override
    public boolean seekable() {
        return stream.seekable();
    }

    @Override
    public long position() throws IOException {
        return stream.position();
    }

    @Override
    public void position(long pos) throws IOException {
        stream.position(pos);
    }

    @Override
    public long size() throws IOException {
        return stream.size();
    }

    @Override
    public void truncate(long size) throws IOException {
        stream.truncate(size);
    }

    @Override
    public void flush() throws IOException {
        stream.flush();
    }

    @Override
    public void close() {}

    @Override
    public boolean isatty() {
        return stream.isatty();
    }

    @Override
    public int fileno() {
        return stream.fileno();
    }
}
