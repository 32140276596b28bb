package org.pyjit.runtime.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.WritableByteChannel;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.SignalDelivery;

/**
 * One end of an {@code os.pipe()}: a Java {@link Pipe} channel in non-blocking mode, so a read or
 * write that has to wait does so on a selector with the global lock released (other Python
 * threads run, signals are looked at every 50 ms) and {@code select} can wait on it.
 */
public final class PipeEnd implements SelectableStream {
    private static final long SLICE_MILLIS = 50;

    private final SelectableChannel channel;
    private final boolean reading;
    private int fd = -1;
    private Selector waiter;
    private boolean closed;

    private PipeEnd(SelectableChannel channel, boolean reading) {
        this.channel = channel;
        this.reading = reading;
    }

    /** {@code os.pipe()}: a new pipe's read and write descriptors. */
    public static int[] open() throws IOException {
        Pipe p = Pipe.open();
        p.source().configureBlocking(false);
        p.sink().configureBlocking(false);
        PipeEnd r = new PipeEnd(p.source(), true), w = new PipeEnd(p.sink(), false);
        r.fd = DescriptorTable.addAny(r, true);
        w.fd = DescriptorTable.addAny(w, true);
        return new int[] {r.fd, w.fd};
    }

    @Override
    public SelectableChannel selectableChannel() {
        return channel;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (!reading) throw new IOException("Bad file descriptor");
        if (len == 0) return 0;
        while (true) {
            int n = ((ReadableByteChannel) channel).read(ByteBuffer.wrap(buf, off, len));
            if (n != 0) return n; // -1: every write end is closed
            await(SelectionKey.OP_READ);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
        if (reading) throw new IOException("Bad file descriptor");
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (b.hasRemaining()) {
            if (((WritableByteChannel) channel).write(b) == 0) await(SelectionKey.OP_WRITE);
        }
    }

    private void await(int ops) throws IOException {
        Selector sel;
        synchronized (this) {
            if (closed) throw new java.nio.channels.ClosedChannelException();
            if (waiter == null) {
                waiter = Selector.open();
                channel.register(waiter, ops);
            }
            sel = waiter;
        }
        try {
            GlobalInterpreterLock.released(() -> {
                try {
                    synchronized (sel) {
                        sel.select(SLICE_MILLIS);
                        sel.selectedKeys().clear();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SignalDelivery.checkPending();
    }

    @Override
    public boolean readable() {
        return reading;
    }

    @Override
    public boolean writable() {
        return !reading;
    }

    @Override
    public boolean seekable() {
        return false;
    }

    @Override
    public long position() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public void position(long pos) throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public long size() {
        return 0;
    }

    @Override
    public void truncate(long size) throws IOException {
        throw new IOException("Invalid argument");
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
        Selector w;
        synchronized (this) {
            if (closed) return;
            closed = true;
            w = waiter;
        }
        DescriptorTable.releaseAny(fd, this);
        if (w != null) w.close();
        channel.close();
    }

    @Override
    public boolean isatty() {
        return false;
    }

    @Override
    public int fileno() {
        return fd;
    }
}
