package org.pyjit.runtime.modules.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.runtime.testutil.Py.bytes;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;

/** {@code _socket} and {@code select} against CPython's: conversions, lookups, errors, and data through real sockets. */
class SocketModuleTest {
    static PyModule socket, select;

    @BeforeAll
    static void boot() {
        Py.boot();
        socket = SocketModule.create();
        select = SelectModule.create();
    }

    static Object s(String name, Object... args) {
        return Ops.call(Ops.getAttr(socket, name), args);
    }

    static Object method(Object o, String name, Object... args) {
        return Ops.call(Ops.getAttr(o, name), args);
    }

    @Test
    void addressConversions() {
        Batch b = new Batch("import socket");
        for (String text : new String[] {"::1", "::", "1::", "2001:db8::1", "2001:db8:0:0:1:0:0:1", "fe80::1:2:3:4",
            "0:0:0:0:0:ffff:10.1.2.3", "1:2:3:4:5:6:7:8", "1:0:0:0:1:0:0:0", "::2:3:4:5:6:7:8", "ABCD::EF"}) {
            b.check("socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '" + text + "'))",
                    () -> s("inet_ntop", 10L, s("inet_pton", 10L, text)));
        }
        for (String text : new String[] {"1.2.3.4", "127.1", "10.1.2", "0x7f.1", "017.0.0.1", "4294967295", "1.2.3.256",
            "1..2", "", "a.b.c.d", "1.2.3.4.5"}) {
            b.check("socket.inet_aton('" + text + "')", () -> s("inet_aton", text));
        }
        for (String text : new String[] {"1.2.3.4", "1.2.3", "256.1.1.1", "01.2.3.4"}) {
            b.check("socket.inet_pton(socket.AF_INET, '" + text + "')", () -> s("inet_pton", 2L, text));
        }
        b.check("socket.inet_pton(socket.AF_INET6, '1:2:3')", () -> s("inet_pton", 10L, "1:2:3"));
        b.check("socket.inet_pton(socket.AF_INET6, '1::2::3')", () -> s("inet_pton", 10L, "1::2::3"));
        b.check("socket.inet_ntoa(b'\\x01\\x02\\x03')", () -> s("inet_ntoa", bytes("\1\2\3")));
        b.check("socket.inet_ntop(socket.AF_INET6, b'1234')", () -> s("inet_ntop", 10L, bytes("1234")));
        b.check("(socket.htons(0x1234), socket.ntohs(0xffff), socket.htonl(0x12345678), socket.ntohl(1))",
                () -> tuple(s("htons", 0x1234L), s("ntohs", 0xffffL), s("htonl", 0x12345678L), s("ntohl", 1L)));
        b.check("socket.htons(-1)", () -> s("htons", -1L));
        b.check("socket.htonl(2**32)", () -> s("htonl", 1L << 32));
        b.run();
    }

    @Test
    void lookupsAndTheirErrors() {
        new Batch("import socket, _socket")
                .check("_socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM)",
                        () -> s("getaddrinfo", "127.0.0.1", 80L, 2L, 1L))
                .check("_socket.getaddrinfo('::1', 'https', socket.AF_INET6, socket.SOCK_DGRAM)",
                        () -> s("getaddrinfo", "::1", "https", 10L, 2L))
                .check("_socket.getaddrinfo(None, 7, 0, socket.SOCK_STREAM)", () -> s("getaddrinfo", PyNone.NONE, 7L, 0L, 1L))
                .check("_socket.getaddrinfo('localhost', 'no-such-service')", () -> s("getaddrinfo", "localhost", "no-such-service"))
                .check("_socket.getaddrinfo('host.invalid', 80)", () -> s("getaddrinfo", "host.invalid", 80L))
                .check("_socket.getaddrinfo(None, None)", () -> s("getaddrinfo", PyNone.NONE, PyNone.NONE))
                .check("_socket.getaddrinfo('1.2.3.4', 80, socket.AF_INET6)", () -> s("getaddrinfo", "1.2.3.4", 80L, 10L))
                .check("socket.gethostbyname('127.0.0.1')", () -> s("gethostbyname", "127.0.0.1"))
                .check("socket.gethostbyname('host.invalid')", () -> s("gethostbyname", "host.invalid"))
                .check("socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)",
                        () -> s("getnameinfo", tuple("127.0.0.1", 80L), 3L))
                .check("socket.getservbyname('ssh'), socket.getservbyport(53, 'udp')",
                        () -> tuple(s("getservbyname", "ssh"), s("getservbyport", 53L, "udp")))
                .run();
    }

    @Test
    void dataThroughASocketPair() {
        PyTuple pair = (PyTuple) s("socketpair");
        Object a = pair.items[0], b = pair.items[1];
        try {
            assertEquals(5L, method(a, "send", bytes("hello")));
            assertEquals("hello", latin1(method(b, "recv", 100L)));
            // select: b is readable only once a wrote to it
            PyTuple none = (PyTuple) Ops.call(Ops.getAttr(select, "select"), Py.list(b), Py.list(), Py.list(), 0L);
            assertEquals(0L, Ops.len(none.items[0]));
            method(a, "sendall", bytes("more"));
            PyTuple ready = (PyTuple) Ops.call(Ops.getAttr(select, "select"), Py.list(b), Py.list(), Py.list(), 5L);
            assertEquals(1L, Ops.len(ready.items[0]));
            assertEquals("more", latin1(method(b, "recv", 100L)));
            method(b, "settimeout", 0.05);
            assertEquals("TimeoutError: timed out", error(() -> method(b, "recv", 1L)));
            method(b, "setblocking", false);
            assertEquals("BlockingIOError: [Errno 11] Resource temporarily unavailable", error(() -> method(b, "recv", 1L)));
            method(a, "close");
            method(b, "setblocking", true);
            assertEquals("", latin1(method(b, "recv", 10L)), "end of stream once the peer closed");
            assertEquals(-1L, method(a, "fileno"));
            assertEquals("OSError: [Errno 9] Bad file descriptor", error(() -> method(a, "send", bytes("x"))));
        } finally {
            method(a, "close");
            method(b, "close");
        }
    }

    @Test
    void connectingToAClosedPortIsRefused() {
        Object server = Ops.call(Ops.getAttr(socket, "socket"));
        method(server, "bind", tuple("127.0.0.1", 0L));
        long port = (Long) ((PyTuple) method(server, "getsockname")).items[1];
        method(server, "close");
        Object client = Ops.call(Ops.getAttr(socket, "socket"));
        try {
            assertEquals("ConnectionRefusedError: [Errno 111] Connection refused",
                    error(() -> method(client, "connect", tuple("127.0.0.1", port))));
        } finally {
            method(client, "close");
        }
    }

    private static String latin1(Object o) {
        return new String(((PyBytes) o).toArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String error(Runnable r) {
        try {
            r.run();
            return "no error";
        } catch (PyException e) {
            return Ops.typeName(e.value) + ": " + Ops.str(e.value);
        }
    }
}
