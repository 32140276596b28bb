package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _socket} module CPython's {@code socket.py} builds on: the {@code socket} type
 * ({@link SocketType}), Linux's constants, name lookups ({@link SocketLookups}), address
 * conversions, {@code socketpair}, {@code dup}/{@code close} of descriptors and the default timeout.
 */
public final class SocketModule {
    private SocketModule() {}

    static final String MODULE = "_socket";

    private static final Object[] CONSTANTS = {
        "AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_INET6", 10,
        "SOCK_STREAM", 1, "SOCK_DGRAM", 2, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5,
        "SOCK_NONBLOCK", 2048, "SOCK_CLOEXEC", 524288,
        "SOL_SOCKET", 1, "SOL_IP", 0, "SOL_TCP", 6, "SOL_UDP", 17,
        "SO_DEBUG", 1, "SO_REUSEADDR", 2, "SO_TYPE", 3, "SO_ERROR", 4, "SO_DONTROUTE", 5, "SO_BROADCAST", 6,
        "SO_SNDBUF", 7, "SO_RCVBUF", 8, "SO_KEEPALIVE", 9, "SO_OOBINLINE", 10, "SO_PRIORITY", 12, "SO_LINGER", 13,
        "SO_REUSEPORT", 15, "SO_RCVLOWAT", 18, "SO_SNDLOWAT", 19, "SO_RCVTIMEO", 20, "SO_SNDTIMEO", 21,
        "SO_ACCEPTCONN", 30, "SO_PROTOCOL", 38, "SO_DOMAIN", 39, "SOMAXCONN", 4096,
        "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_DONTROUTE", 4, "MSG_CTRUNC", 8, "MSG_TRUNC", 32, "MSG_DONTWAIT", 64,
        "MSG_EOR", 128, "MSG_WAITALL", 256, "MSG_NOSIGNAL", 16384, "MSG_MORE", 32768, "MSG_CMSG_CLOEXEC", 1073741824,
        "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2,
        "IPPROTO_IP", 0, "IPPROTO_ICMP", 1, "IPPROTO_IGMP", 2, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17,
        "IPPROTO_IPV6", 41, "IPPROTO_ICMPV6", 58, "IPPROTO_RAW", 255, "IPPROTO_SCTP", 132,
        "TCP_NODELAY", 1, "TCP_MAXSEG", 2, "TCP_CORK", 3, "TCP_KEEPIDLE", 4, "TCP_KEEPINTVL", 5, "TCP_KEEPCNT", 6,
        "TCP_QUICKACK", 12, "TCP_USER_TIMEOUT", 18, "TCP_NOTSENT_LOWAT", 25,
        "IP_TOS", 1, "IP_TTL", 2, "IP_HDRINCL", 3, "IP_OPTIONS", 4, "IP_MULTICAST_IF", 32, "IP_MULTICAST_TTL", 33,
        "IP_MULTICAST_LOOP", 34, "IP_ADD_MEMBERSHIP", 35, "IP_DROP_MEMBERSHIP", 36,
        "IPV6_UNICAST_HOPS", 16, "IPV6_MULTICAST_IF", 17, "IPV6_MULTICAST_HOPS", 18, "IPV6_MULTICAST_LOOP", 19,
        "IPV6_JOIN_GROUP", 20, "IPV6_LEAVE_GROUP", 21, "IPV6_V6ONLY", 26, "IPV6_TCLASS", 67,
        "INADDR_ANY", 0L, "INADDR_BROADCAST", 4294967295L, "INADDR_LOOPBACK", 2130706433L, "INADDR_NONE", 4294967295L,
        "INADDR_UNSPEC_GROUP", 3758096384L, "INADDR_ALLHOSTS_GROUP", 3758096385L, "INADDR_MAX_LOCAL_GROUP", 3758096639L,
        "AI_PASSIVE", 1, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 16, "AI_ADDRCONFIG", 32,
        "AI_NUMERICSERV", 1024,
        "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8, "NI_DGRAM", 16,
        "NI_MAXHOST", 1025, "NI_MAXSERV", 32,
        "EAI_BADFLAGS", -1, "EAI_NONAME", -2, "EAI_AGAIN", -3, "EAI_FAIL", -4, "EAI_NODATA", -5, "EAI_FAMILY", -6,
        "EAI_SOCKTYPE", -7, "EAI_SERVICE", -8, "EAI_ADDRFAMILY", -9, "EAI_MEMORY", -10, "EAI_SYSTEM", -11,
        "EAI_OVERFLOW", -12,
    };

    public static PyModule create() {
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            Object v = CONSTANTS[i + 1];
            d.putStr((String) CONSTANTS[i], v instanceof Integer n ? (long) n : v);
        }
        d.putStr("socket", SocketType.install());
        d.putStr("SocketType", SocketType.install());
        d.putStr("error", ExceptionTypes.OS_ERROR);
        d.putStr("timeout", ExceptionTypes.TIMEOUT_ERROR);
        d.putStr("gaierror", SocketErrors.GAIERROR);
        d.putStr("herror", SocketErrors.HERROR);
        d.putStr("has_ipv6", true);
        fn(d, "getdefaulttimeout", 0, 0, a -> SocketType.timeoutValue(SocketObject.defaultTimeout));
        fn(d, "setdefaulttimeout", 1, 1, a -> {
            SocketObject.defaultTimeout = SocketType.timeoutArg(a[0]);
            return PyNone.NONE;
        });
        fn(d, "dup", 1, 1, a -> {
            SocketDescriptor sd = SocketDescriptor.lookup(Ops.index(a[0]));
            if (sd == null || sd.isClosed()) throw SocketErrors.of(9);
            return (long) sd.duplicate().fd();
        });
        fn(d, "close", 1, 1, a -> {
            SocketDescriptor sd = SocketDescriptor.lookup(Ops.index(a[0]));
            if (sd == null) throw SocketErrors.of(9);
            sd.close();
            return PyNone.NONE;
        });
        ArgParser pairArgs = new ArgParser("socketpair", new String[] {"family", "type", "proto"}, 3, 3, 0);
        d.putStr("socketpair", new PyBuiltinFunction("socketpair", MODULE, (a, kw) -> {
            Object[] p = pairArgs.parse(a, kw, 0);
            int family = p[0] == null ? SocketEndpoint.AF_UNIX : (int) Ops.index(p[0]);
            int type = p[1] == null ? SocketEndpoint.SOCK_STREAM : (int) Ops.index(p[1]);
            int proto = p[2] == null ? 0 : (int) Ops.index(p[2]);
            return socketpair(family, type, proto);
        }));
        SocketLookups.install(d);
        return m;
    }

    static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, MODULE, min, max, body));
    }

    /** Two connected stream sockets: over a Unix socket in a private directory removed at once (Java has no socketpair). */
    static PyTuple socketpair(int family, int type, int proto) {
        int bare = type & ~(SocketObject.SOCK_NONBLOCK | SocketObject.SOCK_CLOEXEC);
        if (family != SocketEndpoint.AF_UNIX && family != SocketEndpoint.AF_INET && family != SocketEndpoint.AF_INET6) {
            throw SocketErrors.of(SocketErrors.EAFNOSUPPORT);
        }
        if (bare != SocketEndpoint.SOCK_STREAM) throw SocketErrors.of(SocketErrors.EOPNOTSUPP);
        SocketChannel a = null, b = null;
        try {
            if (family == SocketEndpoint.AF_UNIX) {
                Path dir = Files.createTempDirectory("pyjit-pair");
                Path p = dir.resolve("s");
                try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                    server.bind(UnixDomainSocketAddress.of(p), 1);
                    a = SocketChannel.open(UnixDomainSocketAddress.of(p));
                    b = server.accept();
                } finally {
                    Files.deleteIfExists(p);
                    Files.deleteIfExists(dir);
                }
            } else {
                String loop = family == SocketEndpoint.AF_INET6 ? "::1" : "127.0.0.1";
                try (ServerSocketChannel server = ServerSocketChannel.open(SocketEndpoint.protocolFamily(family))) {
                    server.bind(new java.net.InetSocketAddress(loop, 0), 1);
                    a = SocketChannel.open(server.getLocalAddress());
                    b = server.accept();
                }
            }
            a.configureBlocking(false);
            b.configureBlocking(false);
        } catch (IOException e) {
            try {
                if (a != null) a.close();
                if (b != null) b.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw SocketErrors.from(e);
        }
        SocketObject[] pair = new SocketObject[2];
        SocketChannel[] chans = {a, b};
        for (int i = 0; i < 2; i++) {
            SocketEndpoint e = new SocketEndpoint(family, bare, proto, chans[i]);
            e.unnamed = family == SocketEndpoint.AF_UNIX;
            pair[i] = SocketObject.wrap(e);
            if ((type & SocketObject.SOCK_NONBLOCK) != 0) pair[i].timeout = 0;
        }
        return PyTuple.of(pair[0], pair[1]);
    }

}
