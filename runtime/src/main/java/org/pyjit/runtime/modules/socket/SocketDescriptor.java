package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import org.pyjit.runtime.io.DescriptorTable;
import org.pyjit.runtime.io.DuplicableStream;
import org.pyjit.runtime.io.RawIO;
import org.pyjit.runtime.io.SelectableStream;
import org.pyjit.runtime.io.UnseekableStream;

/**
 * A descriptor number in pyjit's {@link DescriptorTable} that names a socket, so
 * {@code os.read}, {@code os.write}, {@code os.close} and {@code select} take sockets' numbers as
 * the OS's do. Duplicates ({@code socket.dup}) are separate descriptors of one {@link SocketEndpoint}.
 */
final class SocketDescriptor implements DuplicableStream, SelectableStream, UnseekableStream {
    final SocketEndpoint endpoint;
    private int fd = -1;
    private boolean closed;

    private SocketDescriptor(SocketEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** A new descriptor for {@code endpoint} (whose reference it takes over). */
    static SocketDescriptor register(SocketEndpoint endpoint) {
        SocketDescriptor d = new SocketDescriptor(endpoint);
        d.fd = DescriptorTable.addAny(d, true);
        return d;
    }

    /** The socket behind descriptor {@code fd}, or null when {@code fd} is not an open socket. */
    static SocketDescriptor lookup(long fd) {
        if (fd < DescriptorTable.FIRST || fd > Integer.MAX_VALUE) return null;
        return DescriptorTable.lookup((int) fd) instanceof SocketDescriptor d ? d : null;
    }

    /** A second descriptor of the same socket. */
    SocketDescriptor duplicate() {
        endpoint.retain();
        return register(endpoint);
    }

    @Override
    public int duplicate(int target) {
        if (target < 0) return duplicate().fd;
        endpoint.retain();
        SocketDescriptor d = new SocketDescriptor(endpoint);
        d.fd = target;
        RawIO old = DescriptorTable.putAt(target, d);
        if (old != null) {
            try {
                old.close();
            } catch (IOException e) {
                // dup2 closes the old file silently
            }
        }
        return target;
    }

    @Override
    public java.nio.channels.SelectableChannel selectableChannel() {
        return endpoint.channel();
    }

    int fd() {
        return fd;
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        Integer n = endpoint.perform(SelectionKey.OP_READ, -1, () -> {
            var ch = endpoint.channel();
            if (ch instanceof DatagramChannel dc) {
                ByteBuffer b = ByteBuffer.wrap(buf, off, len);
                return dc.receive(b) == null ? null : b.position() - off;
            }
            if (!(ch instanceof ByteChannel bc)) throw SocketErrors.of(SocketErrors.ENOTCONN);
            int got = bc.read(ByteBuffer.wrap(buf, off, len));
            return got == 0 && len > 0 ? null : got;
        });
        return n;
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        ByteBuffer b = ByteBuffer.wrap(buf, off, len);
        while (b.hasRemaining()) {
            endpoint.perform(SelectionKey.OP_WRITE, -1, () -> {
                if (!(endpoint.channel() instanceof ByteChannel bc)) throw SocketErrors.of(SocketErrors.ENOTCONN);
                int n = bc.write(b);
                return n == 0 ? null : n;
            });
        }
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return true;
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

    /** Frees the number; the socket closes with its last descriptor. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
        }
        DescriptorTable.releaseAny(fd, this);
        endpoint.release();
    }

    /** Whether this descriptor was closed (its number may name something else by now). */
    boolean isClosed() {
        return closed;
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
