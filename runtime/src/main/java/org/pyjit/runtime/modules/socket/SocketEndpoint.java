package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.SignalDelivery;

/**
 * One open socket (what a descriptor and its duplicates share): the Java NIO channel behind it,
 * always in non-blocking mode so that timeouts and {@code select} can wait on it through
 * selectors. A stream socket has no channel until it is bound, listens or connects, because Java
 * picks the channel class (server or connection) at creation; {@code bind} opens a listening
 * channel, and a later {@code connect} reopens it as a connection from the same address.
 */
final class SocketEndpoint {
    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_DGRAM = 2;
    static final int SOL_SOCKET = 1, IPPROTO_TCP = 6, IPPROTO_IPV6 = 41;
    static final int SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8,
            SO_KEEPALIVE = 9, SO_LINGER = 13, SO_REUSEPORT = 15, SO_ACCEPTCONN = 30, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    static final int TCP_NODELAY = 1;
    /** How long one wait lasts before the waiting thread looks for signals (Ctrl-C) again. */
    private static final long SLICE_NANOS = 50_000_000L;

    final int family, type, proto;
    private SelectableChannel channel;
    /** Set options (key: level << 16 | name), applied again to every channel this socket gets. */
    private final Map<Integer, Object> options = new LinkedHashMap<>();
    private Selector readWaiter, writeWaiter;
    private int references = 1;
    /** A socketpair end: its names are empty, as the OS reports them for an unnamed pair. */
    boolean unnamed;
    private boolean listening;

    SocketEndpoint(int family, int type, int proto, SelectableChannel channel) {
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.channel = channel;
    }

    /** A new socket, as {@code socket(family, type, proto)}. */
    static SocketEndpoint open(int family, int type, int proto) {
        if (family != AF_INET && family != AF_INET6 && family != AF_UNIX) throw SocketErrors.of(SocketErrors.EAFNOSUPPORT);
        if (type != SOCK_STREAM && type != SOCK_DGRAM) throw SocketErrors.of(SocketErrors.EPROTONOSUPPORT);
        if (type == SOCK_DGRAM && family == AF_UNIX) throw SocketErrors.of(SocketErrors.EPROTONOSUPPORT);
        SelectableChannel ch = null;
        if (type == SOCK_DGRAM) {
            try {
                ch = DatagramChannel.open(protocolFamily(family));
                ch.configureBlocking(false);
            } catch (IOException | UnsupportedOperationException e) {
                throw SocketErrors.from(e);
            }
        }
        return new SocketEndpoint(family, type, proto, ch);
    }

    static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case AF_UNIX -> StandardProtocolFamily.UNIX;
            case AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.INET;
        };
    }

    synchronized SelectableChannel channel() {
        return channel;
    }

    synchronized void retain() {
        references++;
    }

    /** Drops one descriptor's hold; the last one closes the channel. */
    void release() {
        SelectableChannel ch;
        Selector r, w;
        synchronized (this) {
            if (--references > 0) return;
            ch = channel;
            r = readWaiter;
            w = writeWaiter;
            channel = null;
            readWaiter = writeWaiter = null;
        }
        try {
            if (r != null) r.close();
            if (w != null) w.close();
            if (ch != null) ch.close();
        } catch (IOException e) {
            // closing is best effort, as close(2) errors are on sockets
        }
    }

    // ---- binding, listening, connecting ----

    void bind(SocketAddress address) {
        try {
            synchronized (this) {
                if (channel instanceof DatagramChannel dc) {
                    if (dc.getLocalAddress() != null) throw SocketErrors.of(SocketErrors.EINVAL);
                    applyOptions(dc);
                    dc.bind(address);
                    return;
                }
                if (channel != null) throw SocketErrors.of(SocketErrors.EINVAL);
                ServerSocketChannel ssc = ServerSocketChannel.open(protocolFamily(family));
                try {
                    ssc.configureBlocking(false);
                    applyOptions(ssc);
                    ssc.bind(address, 128);
                } catch (IOException | RuntimeException e) {
                    ssc.close();
                    throw e;
                }
                channel = ssc;
            }
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    void listen(int backlog) {
        try {
            synchronized (this) {
                if (channel == null) {
                    ServerSocketChannel ssc = ServerSocketChannel.open(protocolFamily(family));
                    ssc.configureBlocking(false);
                    applyOptions(ssc);
                    ssc.bind(null, Math.max(backlog, 1));
                    channel = ssc;
                } else if (!(channel instanceof ServerSocketChannel)) {
                    throw SocketErrors.of(channel instanceof DatagramChannel ? SocketErrors.EOPNOTSUPP : SocketErrors.EINVAL);
                }
                listening = true;
            }
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    /** Starts connecting; true when the connection is already made (else {@link #finishConnect} completes it). */
    boolean startConnect(SocketAddress address) {
        try {
            synchronized (this) {
                if (channel instanceof DatagramChannel dc) {
                    if (dc.isConnected()) dc.disconnect();
                    dc.connect(address);
                    return true;
                }
                if (channel instanceof SocketChannel sc) {
                    if (sc.isConnectionPending()) throw SocketErrors.of(SocketErrors.EALREADY);
                    throw SocketErrors.of(SocketErrors.EISCONN);
                }
                SocketChannel sc = SocketChannel.open(protocolFamily(family));
                try {
                    sc.configureBlocking(false);
                    applyOptions(sc);
                    if (channel instanceof ServerSocketChannel bound) { // bound first: connect from that address
                        if (listening) throw SocketErrors.of(SocketErrors.EISCONN);
                        SocketAddress local = bound.getLocalAddress();
                        bound.close();
                        channel = null;
                        if (family != AF_UNIX) sc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                        sc.bind(local);
                    }
                    channel = sc;
                    return sc.connect(address);
                } catch (IOException | RuntimeException e) {
                    if (channel != sc) sc.close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw rethrow(e);
        }
    }

    /** Whether a connection started by {@link #startConnect} is made; throws its failure. */
    boolean finishConnect() throws IOException {
        SelectableChannel ch = channel();
        return !(ch instanceof SocketChannel sc) || sc.finishConnect();
    }

    synchronized boolean connectionPending() {
        return channel instanceof SocketChannel sc && sc.isConnectionPending();
    }

    // ---- addresses ----

    SocketAddress localAddress() {
        try {
            SelectableChannel ch = channel();
            return ch == null ? null : ((NetworkChannel) ch).getLocalAddress();
        } catch (IOException e) {
            throw SocketErrors.from(e);
        }
    }

    SocketAddress remoteAddress() {
        try {
            SelectableChannel ch = channel();
            SocketAddress a = ch instanceof SocketChannel sc ? sc.getRemoteAddress()
                    : ch instanceof DatagramChannel dc ? dc.getRemoteAddress() : null;
            if (a == null) throw SocketErrors.of(SocketErrors.ENOTCONN);
            return a;
        } catch (IOException e) {
            throw SocketErrors.from(e);
        }
    }

    // ---- options ----

    void setOption(int level, int name, Object value) {
        synchronized (this) {
            options.put(level << 16 | name, value);
            if (channel != null) {
                try {
                    applyOption((NetworkChannel) channel, level, name, value);
                } catch (IOException e) {
                    throw SocketErrors.from(e);
                }
            }
        }
    }

    /** The option's value as an int: the channel's when Java knows the option, else the value last set. */
    synchronized long getOption(int level, int name) {
        if (level == SOL_SOCKET) {
            switch (name) {
                case SO_TYPE: return type;
                case SO_ERROR: return 0;
                case SO_ACCEPTCONN: return listening ? 1 : 0;
                case SO_PROTOCOL: return proto;
                case SO_DOMAIN: return family;
                default: break;
            }
        }
        SocketOption<?> opt = javaOption(level, name);
        if (opt != null && channel instanceof NetworkChannel nc && nc.supportedOptions().contains(opt)) {
            try {
                Object v = nc.getOption(opt);
                if (v instanceof Boolean b) return b ? 1 : 0;
                if (v instanceof Integer i) return i;
            } catch (IOException e) {
                throw SocketErrors.from(e);
            }
        }
        Object v = options.get(level << 16 | name);
        if (v instanceof Long l) return l;
        return 0;
    }

    private void applyOptions(NetworkChannel ch) throws IOException {
        for (Map.Entry<Integer, Object> e : options.entrySet()) {
            applyOption(ch, e.getKey() >>> 16, e.getKey() & 0xffff, e.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static void applyOption(NetworkChannel ch, int level, int name, Object value) throws IOException {
        SocketOption<?> opt = javaOption(level, name);
        if (opt == null || !(value instanceof Long v) || !ch.supportedOptions().contains(opt)) return;
        if (opt.type() == Boolean.class) ch.setOption((SocketOption<Boolean>) opt, v != 0);
        else if (opt.type() == Integer.class && v > 0) ch.setOption((SocketOption<Integer>) opt, (int) (long) v);
    }

    private static SocketOption<?> javaOption(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && name == TCP_NODELAY) return StandardSocketOptions.TCP_NODELAY;
        return null;
    }

    // ---- waiting ----

    /** One try at a non-blocking operation: its result, or null when it would block. */
    interface Attempt<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code attempt} until it does not block: at once when {@code timeout} is 0
     * (BlockingIOError if it would block), else waiting for {@code ops} readiness, at most
     * {@code timeout} seconds (negative: without limit) before {@code TimeoutError('timed out')}.
     */
    <T> T perform(int ops, double timeout, Attempt<T> attempt) {
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) Math.min(timeout * 1e9, Long.MAX_VALUE / 4);
        while (true) {
            T result;
            try {
                result = attempt.run();
            } catch (IOException | RuntimeException e) {
                throw rethrow(e);
            }
            if (result != null) return result;
            if (timeout == 0) throw SocketErrors.of(SocketErrors.EAGAIN);
            long left = deadline - System.nanoTime();
            if (left <= 0) throw SocketErrors.timeout();
            await(ops, Math.min(left, SLICE_NANOS));
            SignalDelivery.checkPending();
        }
    }

    /** Waits up to {@code nanos} for the channel to be ready for {@code ops}, other Python threads running meanwhile. */
    private void await(int ops, long nanos) {
        Selector sel;
        SelectableChannel ch;
        try {
            synchronized (this) {
                ch = channel;
                if (ch == null) throw SocketErrors.of(9);
                boolean writing = (ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0;
                sel = writing ? writeWaiter : readWaiter;
                if (sel == null) {
                    sel = Selector.open();
                    if (writing) writeWaiter = sel;
                    else readWaiter = sel;
                }
            }
            Selector waiter = sel;
            GlobalInterpreterLock.released(() -> {
                try {
                    synchronized (waiter) {
                        SelectionKey key = ch.keyFor(waiter);
                        if (key == null || !key.isValid()) {
                            waiter.selectNow(); // drops a cancelled key of an earlier channel
                            key = ch.register(waiter, ops & ch.validOps());
                        } else {
                            key.interestOps(ops & ch.validOps());
                        }
                        waiter.select(Math.max(1, nanos / 1_000_000));
                        waiter.selectedKeys().clear();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw SocketErrors.from(e.getCause());
        } catch (java.nio.channels.ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
            throw SocketErrors.of(9);
        } catch (java.nio.channels.ClosedChannelException e) {
            throw SocketErrors.of(9);
        } catch (IOException e) {
            throw SocketErrors.from(e);
        }
    }

    static PyException rethrow(Exception e) {
        if (e instanceof PyException p) return p;
        if (e instanceof UncheckedIOException u) return SocketErrors.from(u.getCause());
        if (e instanceof IOException || e instanceof IllegalStateException || e instanceof UnsupportedOperationException
                || e instanceof IllegalArgumentException) {
            return SocketErrors.from(e);
        }
        if (e instanceof RuntimeException r) throw r;
        return SocketErrors.from(e);
    }

    static InetSocketAddress anyAddress(int family) {
        return new InetSocketAddress(family == AF_INET6 ? "::" : "0.0.0.0", 0);
    }
}
