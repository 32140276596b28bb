package org.pyjit.runtime.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** A {@link RawIO} over a file channel: files opened by {@code open()}, and the standard streams. */
public final class ChannelRawIO implements RawIO {
    private final FileChannel channel;
    private final boolean readable, writable;
    private int fd;
    private final boolean closeChannel;
    /** The file's path when known ({@code os.fstat} reads its attributes), else null. */
    private java.nio.file.Path path;
    private Boolean seekable;
    private final boolean tty;
    /** Mode 'a': every write goes to the current end of the file. */
    private boolean appending;
    /** The OS descriptor of a pipe end ({@code os.pipe}) that a child process can be handed, or null. */
    private OsPipeEnd pipeEnd;

    /**
     * @param fd           the descriptor number reported by {@code fileno()}, or -1
     * @param closeChannel whether {@link #close} closes the channel ({@code closefd})
     */
    public ChannelRawIO(FileChannel channel, boolean readable, boolean writable, int fd, boolean closeChannel, boolean tty) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.fd = fd;
        this.closeChannel = closeChannel;
        this.tty = tty;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (pipeEnd != null && len > 0) pipeEnd.awaitReady(OsPipeEnd.POLLIN);
        return channel.read(ByteBuffer.wrap(buf, off, len));
    }

    /** Set by {@link DescriptorTable#add}: the number this file is known by. */
    void assignDescriptor(int fd) {
        this.fd = fd;
    }

    /** Remembers the file's path (for {@code os.fstat}); returns this. */
    public ChannelRawIO withPath(java.nio.file.Path p) {
        this.path = p;
        return this;
    }

    /** The path the file was opened at, or null. */
    public java.nio.file.Path path() {
        return path;
    }

    public FileChannel channel() {
        return channel;
    }

    public boolean closesChannel() {
        return closeChannel;
    }

    public boolean isAppending() {
        return appending;
    }

    /** Another view of the same open file (the object {@code open(fd)} wraps); closing it closes the file only if {@code closes}. */
    public ChannelRawIO view(boolean readable, boolean writable, boolean closes) {
        ChannelRawIO v = new ChannelRawIO(channel, readable, writable, fd, closes, tty);
        v.path = path;
        v.appending = appending;
        v.pipeEnd = pipeEnd;
        return v;
    }

    /** Marks this file as one end of an OS pipe; returns this. */
    public ChannelRawIO withPipeEnd(OsPipeEnd end) {
        this.pipeEnd = end;
        return this;
    }

    /** The OS pipe end behind this file, or null when it is not a pipe made by {@code os.pipe}. */
    public OsPipeEnd pipeEnd() {
        return pipeEnd;
    }

    /** Makes every write land at the end of the file (Python's append modes). */
    public ChannelRawIO appending() {
        this.appending = true;
        return this;
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        if (appending) channel.position(channel.size());
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (b.hasRemaining()) {
            if (pipeEnd != null) {
                // a writable pipe takes PIPE_BUF bytes without blocking: more could block with the lock held
                pipeEnd.awaitReady(OsPipeEnd.POLLOUT);
                int chunk = Math.min(b.remaining(), 4096);
                channel.write(ByteBuffer.wrap(buf, b.position(), chunk));
                b.position(b.position() + chunk);
            } else {
                channel.write(b);
            }
        }
    }

    @Override
    public boolean readable() {
        return readable;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean seekable() {
        if (seekable == null) { // pipes and terminals refuse positioning
            try {
                channel.position();
                seekable = !tty;
            } catch (IOException e) {
                seekable = false;
            }
        }
        return seekable;
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public void position(long pos) throws IOException {
        channel.position(pos);
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public void truncate(long size) throws IOException {
        long pos = channel.position();
        if (size < channel.size()) {
            channel.truncate(size);
        } else if (size > channel.size()) { // extending: POSIX ftruncate fills with zeros
            channel.write(ByteBuffer.allocate(1), size - 1);
        }
        channel.position(pos);
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
        if (!closeChannel) return;
        if (fd >= DescriptorTable.FIRST) DescriptorTable.release(fd, this);
        channel.close();
        if (pipeEnd != null) pipeEnd.close();
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
