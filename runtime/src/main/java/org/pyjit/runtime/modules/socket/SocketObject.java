package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.modules.MemoryView;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A {@code _socket.socket}: a descriptor of a {@link SocketEndpoint} plus this object's own
 * timeout (None: blocking, 0: non-blocking, else seconds), as CPython keeps it per socket object.
 * The Python-facing methods are installed by {@link SocketType}.
 */
final class SocketObject extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("socket", BuiltinTypes.OBJECT, SocketObject::new);
    static final int SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288, MSG_DONTWAIT = 64;

    /** Seconds for new sockets; negative: None (blocking). */
    static volatile double defaultTimeout = -1;

    /** Closes the descriptor of a socket object the program dropped without closing it, as CPython's finalizer does. */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    /** The descriptor this object owns; shared with its cleaning action, which must not reach the object. */
    private static final class Ownership implements Runnable {
        volatile SocketDescriptor descriptor;

        @Override
        public void run() {
            SocketDescriptor d = descriptor;
            descriptor = null;
            if (d != null) d.close();
        }
    }

    private final Ownership owned = new Ownership();
    SocketDescriptor descriptor;
    int family = SocketEndpoint.AF_INET, type = SocketEndpoint.SOCK_STREAM, proto;
    /** Seconds; negative: None. */
    double timeout = -1;

    SocketObject(PyType t) {
        super(t);
        CLEANER.register(this, owned);
    }

    /** Makes {@code d} this object's descriptor (null: none). */
    void own(SocketDescriptor d) {
        descriptor = d;
        owned.descriptor = d;
    }

    /** {@code __init__(family=-1, type=-1, proto=-1, fileno=None)}. */
    void init(int family, int type, int proto, Object fileno) {
        int flags = type == -1 ? 0 : type & (SOCK_NONBLOCK | SOCK_CLOEXEC);
        int bareType = type == -1 ? -1 : type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fileno != null && fileno != PyNone.NONE) {
            if (fileno instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            long fd = Ops.index(fileno);
            if (fd < 0) throw Errors.valueError("negative file descriptor");
            SocketDescriptor d = SocketDescriptor.lookup(fd);
            if (d == null) {
                boolean open = fd <= 2 || fd <= Integer.MAX_VALUE && org.pyjit.runtime.io.DescriptorTable.lookup((int) fd) != null;
                throw SocketErrors.of(open ? SocketErrors.ENOTSOCK : 9);
            }
            own(d);
            this.family = family == -1 ? d.endpoint.family : family;
            this.type = bareType == -1 ? d.endpoint.type : bareType;
            this.proto = proto == -1 ? d.endpoint.proto : proto;
        } else {
            this.family = family == -1 ? SocketEndpoint.AF_INET : family;
            this.type = bareType == -1 ? SocketEndpoint.SOCK_STREAM : bareType;
            this.proto = proto == -1 ? 0 : proto;
            own(SocketDescriptor.register(SocketEndpoint.open(this.family, this.type, this.proto)));
        }
        timeout = (flags & SOCK_NONBLOCK) != 0 ? 0 : defaultTimeout;
    }

    /** A socket object over an endpoint made here (accept, socketpair). */
    static SocketObject wrap(SocketEndpoint e) {
        SocketObject s = new SocketObject(TYPE);
        s.family = e.family;
        s.type = e.type;
        s.proto = e.proto;
        s.own(SocketDescriptor.register(e));
        s.timeout = defaultTimeout;
        return s;
    }

    SocketEndpoint endpoint() {
        SocketDescriptor d = descriptor;
        if (d == null || d.isClosed()) throw SocketErrors.of(9);
        return d.endpoint;
    }

    long fileno() {
        SocketDescriptor d = descriptor;
        return d == null ? -1 : d.fd();
    }

    void close() {
        SocketDescriptor d = descriptor;
        own(null);
        if (d == null) return;
        if (d.isClosed()) throw SocketErrors.of(9); // its descriptor was closed under it (os.close, another object)
        d.close();
    }

    long detach() {
        long fd = fileno();
        own(null);
        return fd;
    }

    private double opTimeout(long flags) {
        return (flags & MSG_DONTWAIT) != 0 ? 0 : timeout;
    }

    // ---- connecting ----

    void bind(Object address) {
        SocketEndpoint e = endpoint();
        e.bind(SocketAddresses.parse(family, address, "bind"));
    }

    void listen(int backlog) {
        endpoint().listen(backlog);
    }

    /** connect(); returns 0 or, for connect_ex, the errno instead of raising. */
    int connect(Object address, boolean returnErrno) {
        SocketEndpoint e = endpoint();
        try {
            SocketAddress target = SocketAddresses.parse(family, address, "connect");
            if (e.connectionPending()) {
                if (finishPendingConnect(e)) return 0;
                throw SocketErrors.of(SocketErrors.EALREADY);
            }
            if (e.startConnect(target)) return 0;
            if (timeout == 0) throw SocketErrors.of(SocketErrors.EINPROGRESS);
            e.perform(SelectionKey.OP_CONNECT, timeout, () -> e.finishConnect() ? Boolean.TRUE : null);
            return 0;
        } catch (PyException p) {
            if (!returnErrno) throw p;
            Object errno = Ops.getAttrOrNull(p.value, "errno");
            if (errno instanceof Long n) return (int) (long) n;
            if (Ops.isInstance(p.value, org.pyjit.runtime.exceptions.ExceptionTypes.TIMEOUT_ERROR)) return SocketErrors.EAGAIN;
            throw p;
        }
    }

    private static boolean finishPendingConnect(SocketEndpoint e) {
        try {
            return e.finishConnect();
        } catch (IOException ex) {
            throw SocketErrors.from(ex);
        }
    }

    /** {@code _accept()}: the new connection's descriptor and its peer's address. */
    PyTuple accept() {
        SocketEndpoint e = endpoint();
        if (!(e.channel() instanceof ServerSocketChannel ssc)) throw SocketErrors.of(SocketErrors.EINVAL);
        SocketChannel sc = e.perform(SelectionKey.OP_ACCEPT, timeout, ssc::accept);
        try {
            sc.configureBlocking(false);
            SocketEndpoint conn = new SocketEndpoint(e.family, e.type, e.proto, sc);
            SocketDescriptor d = SocketDescriptor.register(conn);
            return PyTuple.of((long) d.fd(), SocketAddresses.format(family, sc.getRemoteAddress(), false));
        } catch (IOException ex) {
            throw SocketErrors.from(ex);
        }
    }

    // ---- data ----

    /** Receives up to {@code n} bytes into a new array (shorter when less came; empty at end of stream). */
    byte[] recv(long n, long flags, SocketAddress[] from) {
        if (n < 0) throw Errors.valueError("negative buffersize in recv");
        SocketEndpoint e = endpoint();
        byte[] buf = new byte[(int) Math.min(n, 1 << 26)];
        int got = e.perform(SelectionKey.OP_READ, opTimeout(flags), () -> {
            SelectableChannel ch = e.channel();
            ByteBuffer b = ByteBuffer.wrap(buf);
            if (ch instanceof DatagramChannel dc) {
                if (buf.length == 0) b = ByteBuffer.allocate(1);
                SocketAddress src = dc.receive(b);
                if (src == null) return null;
                if (from != null) from[0] = src;
                return Math.min(b.position(), buf.length);
            }
            if (!(ch instanceof SocketChannel sc)) throw SocketErrors.of(SocketErrors.ENOTCONN);
            if (!sc.isConnected()) throw SocketErrors.of(SocketErrors.ENOTCONN);
            if (buf.length == 0) return 0;
            int r = sc.read(b);
            return r == 0 ? null : Math.max(r, 0);
        });
        return got == buf.length ? buf : Arrays.copyOf(buf, got);
    }

    /** Receives into a writable buffer (bytearray or memoryview); returns the count. */
    int recvInto(Object target, long nbytes, long flags, SocketAddress[] from) {
        int room;
        if (target instanceof MemoryView v) room = (int) Ops.len(v);
        else if (target instanceof PyBytes b && Ops.isInstance(b, BuiltinTypes.BYTEARRAY)) room = b.length;
        else throw Errors.typeError("recv_into() argument 'buffer' must be read-write bytes-like object, not " + Ops.typeName(target));
        if (nbytes < 0) throw Errors.valueError("negative buffersize in recv_into");
        if (nbytes > room) throw Errors.valueError("buffer too small for requested bytes");
        byte[] data = recv(nbytes == 0 ? room : nbytes, flags, from);
        if (target instanceof MemoryView v) { // through the view's own item assignment (it checks writability)
            Ops.setItem(v, new org.pyjit.runtime.objects.PySlice(0L, (long) data.length, PyNone.NONE), new PyBytes(data));
        } else System.arraycopy(data, 0, ((PyBytes) target).bytes, 0, data.length);
        return data.length;
    }

    /** Sends what the socket takes at once (at least one byte unless it times out); returns the count. */
    int send(byte[] data, int off, long flags, SocketAddress to) {
        SocketEndpoint e = endpoint();
        ByteBuffer b = ByteBuffer.wrap(data, off, data.length - off);
        return e.perform(SelectionKey.OP_WRITE, opTimeout(flags), () -> {
            SelectableChannel ch = e.channel();
            if (ch instanceof DatagramChannel dc) {
                if (to == null && !dc.isConnected()) throw SocketErrors.of(SocketErrors.EDESTADDRREQ);
                int n = to == null ? dc.write(b) : dc.send(b, to);
                return n == 0 && b.hasRemaining() ? null : n;
            }
            if (!(ch instanceof SocketChannel sc) || !sc.isConnected()) {
                throw SocketErrors.of(SocketErrors.EPIPE); // Linux: sending on an unconnected stream socket
            }
            if (!b.hasRemaining()) return 0;
            int n = sc.write(b);
            return n == 0 ? null : n;
        });
    }

    void sendall(byte[] data, long flags) {
        int off = 0;
        long deadline = timeout > 0 ? System.nanoTime() + (long) (timeout * 1e9) : 0;
        do {
            off += send(data, off, flags, null);
            if (timeout > 0 && off < data.length && System.nanoTime() > deadline) throw SocketErrors.timeout();
        } while (off < data.length);
    }

    void shutdown(int how) {
        SocketEndpoint e = endpoint();
        if (how < 0 || how > 2) throw SocketErrors.of(SocketErrors.EINVAL);
        if (!(e.channel() instanceof SocketChannel sc) || !sc.isConnected()) throw SocketErrors.of(SocketErrors.ENOTCONN);
        try {
            if (how != 1) sc.shutdownInput();
            if (how != 0) sc.shutdownOutput();
        } catch (IOException ex) {
            throw SocketErrors.from(ex);
        }
    }

    Object sockname() {
        SocketEndpoint e = endpoint();
        return SocketAddresses.format(family, e.localAddress(), e.unnamed);
    }

    Object peername() {
        SocketEndpoint e = endpoint();
        SocketAddress a = e.remoteAddress();
        return SocketAddresses.format(family, a, e.unnamed);
    }

    /** getsockopt's SO_ERROR: finishes a non-blocking connect and reports how it went. */
    long pendingError() {
        SocketEndpoint e = endpoint();
        if (!e.connectionPending()) return 0;
        try {
            e.finishConnect();
            return 0;
        } catch (IOException | RuntimeException ex) {
            return SocketErrors.errnoOf(ex);
        }
    }

    String repr() {
        return "<socket object, fd=" + fileno() + ", family=" + family + ", type=" + type + ", proto=" + proto + ">";
    }
}
