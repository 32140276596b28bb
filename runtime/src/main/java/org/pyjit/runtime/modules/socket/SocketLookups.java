package org.pyjit.runtime.modules.socket;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The lookup and conversion functions of {@code _socket}: host names and addresses through the
 * JDK's resolver (which asks the C library, so {@code /etc/hosts} counts), services and
 * protocols from {@code /etc/services} and {@code /etc/protocols}, inet_aton/ntoa/pton/ntop and
 * the byte-order functions.
 */
final class SocketLookups {
    private SocketLookups() {}

    private static final int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4, AI_NUMERICSERV = 1024;
    private static final int NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NAMEREQD = 8, NI_DGRAM = 16;

    static void install(PyDict d) {
        SocketModule.fn(d, "gethostname", 0, 0, a -> hostname());
        SocketModule.fn(d, "gethostbyname", 1, 1, a ->
                SocketAddresses.text(SocketAddresses.firstIpv4(SocketAddresses.hostText(a[0], "gethostbyname"))));
        SocketModule.fn(d, "gethostbyname_ex", 1, 1, a -> {
            String host = SocketAddresses.hostText(a[0], "gethostbyname_ex");
            PyList ips = new PyList();
            for (InetAddress ip : SocketAddresses.resolveAll(host.isEmpty() ? "0.0.0.0" : host)) {
                if (ip instanceof Inet4Address && !contains(ips, SocketAddresses.text(ip))) ips.append(SocketAddresses.text(ip));
            }
            if (ips.size == 0) throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
            return PyTuple.of(SocketAddresses.parseLiteral(host) != null ? host : canonical(host), new PyList(), ips);
        });
        SocketModule.fn(d, "gethostbyaddr", 1, 1, a -> {
            String host = SocketAddresses.hostText(a[0], "gethostbyaddr");
            InetAddress ip = SocketAddresses.resolveAll(host.isEmpty() ? "0.0.0.0" : host)[0];
            String name = reverse(ip);
            if (name == null) throw SocketErrors.herror(1, "Unknown host");
            PyList ips = new PyList();
            ips.append(SocketAddresses.text(ip));
            return PyTuple.of(name, new PyList(), ips);
        });
        ArgParser gaiArgs = new ArgParser("getaddrinfo", new String[] {"host", "port", "family", "type", "proto", "flags"}, 0, 6, 2);
        d.putStr("getaddrinfo", new PyBuiltinFunction("getaddrinfo", SocketModule.MODULE, (a, kw) -> {
            Object[] p = gaiArgs.parse(a, kw, 0);
            return getaddrinfo(p[0], p[1], intArg(p[2]), intArg(p[3]), intArg(p[4]), intArg(p[5]));
        }));
        SocketModule.fn(d, "getnameinfo", 2, 2, a -> getnameinfo(a[0], (int) Ops.index(a[1])));
        SocketModule.fn(d, "getservbyname", 1, 2, a -> {
            String proto = a.length > 1 ? (String) a[1] : null;
            Integer port = serviceByName((String) a[0], proto);
            if (port == null) throw Errors.osError("service/proto not found");
            return (long) port;
        });
        SocketModule.fn(d, "getservbyport", 1, 2, a -> {
            long port = Ops.index(a[0]);
            if (port < 0 || port > 65535) throw Errors.overflow("getservbyport: port must be 0-65535.");
            String name = serviceByPort((int) port, a.length > 1 ? (String) a[1] : null);
            if (name == null) throw Errors.osError("port/proto not found");
            return name;
        });
        SocketModule.fn(d, "getprotobyname", 1, 1, a -> {
            for (String[] f : table("/etc/protocols")) {
                for (int i = 0; i < f.length; i++) {
                    if (i != 1 && f[i].equals(a[0]) && f.length > 1) return Long.parseLong(f[1]);
                }
            }
            throw Errors.osError("protocol not found");
        });
        SocketModule.fn(d, "inet_aton", 1, 1, a -> {
            byte[] b = SocketAddresses.parseIpv4((String) a[0], true);
            if (b == null) throw Errors.osError("illegal IP address string passed to inet_aton");
            return new PyBytes(b);
        });
        SocketModule.fn(d, "inet_ntoa", 1, 1, a -> {
            byte[] b = SocketType.bytesLike(a[0]);
            if (b.length != 4) throw Errors.osError("packed IP wrong length for inet_ntoa");
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        });
        SocketModule.fn(d, "inet_pton", 2, 2, a -> {
            int af = (int) Ops.index(a[0]);
            if (!(a[1] instanceof String s)) throw Errors.typeError("inet_pton() argument 2 must be str, not " + Ops.typeName(a[1]));
            byte[] b = af == SocketEndpoint.AF_INET ? SocketAddresses.parseIpv4(s, false)
                    : af == SocketEndpoint.AF_INET6 ? (s.indexOf('%') >= 0 ? null : SocketAddresses.parseIpv6(s)) : null;
            if (af != SocketEndpoint.AF_INET && af != SocketEndpoint.AF_INET6) throw SocketErrors.of(SocketErrors.EAFNOSUPPORT);
            if (b == null) throw Errors.osError("illegal IP address string passed to inet_pton");
            return new PyBytes(b);
        });
        SocketModule.fn(d, "inet_ntop", 2, 2, a -> {
            int af = (int) Ops.index(a[0]);
            byte[] b = SocketType.bytesLike(a[1]);
            if (af == SocketEndpoint.AF_INET) {
                if (b.length != 4) throw Errors.valueError("invalid length of packed IP address string");
                return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
            }
            if (af == SocketEndpoint.AF_INET6) {
                if (b.length != 16) throw Errors.valueError("invalid length of packed IP address string");
                return SocketAddresses.ipv6Text(b);
            }
            throw Errors.valueError("unknown address family " + af);
        });
        SocketModule.fn(d, "htons", 1, 1, a -> (long) swap16(unsigned(a[0], 16, "htons")));
        SocketModule.fn(d, "ntohs", 1, 1, a -> (long) swap16(unsigned(a[0], 16, "ntohs")));
        SocketModule.fn(d, "htonl", 1, 1, a -> swap32(unsigned(a[0], 32, "htonl")));
        SocketModule.fn(d, "ntohl", 1, 1, a -> swap32(unsigned(a[0], 32, "ntohl")));
    }

    private static int intArg(Object o) {
        return o == null ? 0 : (int) Ops.index(o);
    }

    private static boolean contains(PyList l, Object v) {
        for (int i = 0; i < l.size; i++) if (l.items[i].equals(v)) return true;
        return false;
    }

    private static long unsigned(Object o, int bits, String fn) {
        if (!(o instanceof Long || o instanceof Boolean || o instanceof BigInteger)) {
            throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object v = Ops.indexOrNull(o);
        if (v instanceof BigInteger) throw Errors.overflow("Python int too large to convert to C long");
        long n = (Long) v;
        if (n < 0) throw Errors.overflow(fn + ": can't convert negative Python int to C " + (bits == 16 ? "16-bit unsigned integer" : "unsigned long"));
        if (bits == 16 && n > 0xffff) throw Errors.overflow(fn + ": Python int too large to convert to C 16-bit unsigned integer");
        if (bits == 32 && n > 0xffffffffL) throw Errors.overflow("int larger than 32 bits");
        return n;
    }

    private static int swap16(long v) {
        return (int) ((v & 0xff) << 8 | (v >>> 8) & 0xff);
    }

    private static long swap32(long v) {
        return Integer.toUnsignedLong(Integer.reverseBytes((int) v));
    }

    /** The machine's name, as uname reports it (no lookup). */
    static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (Exception e) {
            String h = System.getenv("HOSTNAME");
            return h != null ? h : "localhost";
        }
    }

    /** The name an address maps back to, or null when it has none. */
    static String reverse(InetAddress ip) {
        String name = ip.getCanonicalHostName();
        return name.equals(ip.getHostAddress()) || name.equals(SocketAddresses.text(ip)) ? null : name;
    }

    private static String canonical(String host) {
        try {
            return InetAddress.getByName(host).getCanonicalHostName().equals(host) ? host : host;
        } catch (Exception e) {
            return host;
        }
    }

    static PyList getaddrinfo(Object hostArg, Object portArg, int family, int type, int proto, int flags) {
        String host = hostArg == PyNone.NONE ? null : hostArg instanceof String s ? s
                : hostArg instanceof PyBytes b ? new String(b.toArray(), StandardCharsets.ISO_8859_1) : null;
        if (host == null && hostArg != PyNone.NONE) throw Errors.typeError("getaddrinfo() argument 1 must be string or None");
        Integer port;
        if (portArg == PyNone.NONE) port = null;
        else if (portArg instanceof Long || portArg instanceof Boolean) port = (int) Ops.index(portArg);
        else if (portArg instanceof String || portArg instanceof PyBytes) {
            if (portArg instanceof String str) Ops.call(Ops.getAttr(str, "encode"), "utf-8"); // UnicodeEncodeError for lone surrogates
            String s = portArg instanceof String str ? str : new String(((PyBytes) portArg).toArray(), StandardCharsets.ISO_8859_1);
            port = parsePort(s, type, flags);
        } else {
            throw Errors.osError("Int or String expected");
        }
        if (host == null && port == null) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        if (family != 0 && family != SocketEndpoint.AF_INET && family != SocketEndpoint.AF_INET6) {
            throw SocketErrors.gaierror(SocketErrors.EAI_FAMILY);
        }
        if (type != 0 && type != 1 && type != 2 && type != 3) throw SocketErrors.gaierror(SocketErrors.EAI_SOCKTYPE);
        List<InetAddress> addrs = new ArrayList<>();
        if (host == null) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            InetAddress v4 = SocketAddresses.parseLiteral(passive ? "0.0.0.0" : "127.0.0.1");
            InetAddress v6 = SocketAddresses.parseLiteral(passive ? "::" : "::1");
            if (passive) {
                addrs.add(v4);
                addrs.add(v6);
            } else {
                addrs.add(v6);
                addrs.add(v4);
            }
        } else {
            InetAddress literal = SocketAddresses.parseLiteral(host);
            if (literal == null && (flags & AI_NUMERICHOST) != 0) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
            Set<InetAddress> seen = new LinkedHashSet<>(List.of(literal != null ? new InetAddress[] {literal} : SocketAddresses.resolveAll(host)));
            addrs.addAll(seen);
        }
        PyList out = new PyList();
        boolean first = true;
        for (InetAddress ip : addrs) {
            int af = ip instanceof Inet6Address ? SocketEndpoint.AF_INET6 : SocketEndpoint.AF_INET;
            if (family != 0 && af != family) continue;
            int[] types = type != 0 ? new int[] {type} : new int[] {1, 2, 3};
            for (int st : types) {
                int pr = proto != 0 ? proto : st == 1 ? 6 : st == 2 ? 17 : 0;
                if (proto != 0 && st == 1 && proto != 6 || proto != 0 && st == 2 && proto != 17) continue;
                String canon = first && (flags & AI_CANONNAME) != 0 && host != null ? host : "";
                first = false;
                Object sa = af == SocketEndpoint.AF_INET6
                        ? PyTuple.of(SocketAddresses.text(ip), (long) (port == null ? 0 : port), 0L, (long) ((Inet6Address) ip).getScopeId())
                        : PyTuple.of(SocketAddresses.text(ip), (long) (port == null ? 0 : port));
                out.append(PyTuple.of((long) af, (long) st, (long) pr, canon, sa));
            }
        }
        if (out.size == 0) throw SocketErrors.gaierror(family != 0 && host != null ? SocketErrors.EAI_ADDRFAMILY : SocketErrors.EAI_NONAME);
        return out;
    }

    private static Integer parsePort(String s, int type, int flags) {
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long v = Long.parseLong(s.length() > 9 ? s.substring(0, 9) : s);
            if (v > 65535) throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
            return (int) v;
        }
        if ((flags & AI_NUMERICSERV) != 0) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        Integer p = serviceByName(s, type == 2 ? "udp" : type == 1 ? "tcp" : null);
        if (p == null) throw SocketErrors.gaierror(SocketErrors.EAI_SERVICE);
        return p;
    }

    static PyTuple getnameinfo(Object sockaddr, int flags) {
        if (!(sockaddr instanceof PyTuple t) || t.items.length < 2 || t.items.length > 4) {
            throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        if (!(t.items[0] instanceof String host)) throw Errors.typeError("getnameinfo(): illegal sockaddr argument");
        long port = Ops.index(t.items[1]);
        if (port < 0 || port > 65535) throw Errors.overflow("getnameinfo(): port must be 0-65535.");
        if (t.items.length > 2) {
            long flowinfo = Ops.index(t.items[2]);
            if (flowinfo < 0 || flowinfo > 0xfffff) throw Errors.overflow("getnameinfo(): flowinfo must be 0-1048575.");
        }
        InetAddress ip = SocketAddresses.parseLiteral(host); // CPython resolves the sockaddr with AI_NUMERICHOST
        if (ip == null) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        String name;
        if ((flags & NI_NUMERICHOST) != 0) name = SocketAddresses.text(ip);
        else {
            name = reverse(ip);
            if (name == null) {
                if ((flags & NI_NAMEREQD) != 0) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                name = SocketAddresses.text(ip);
            }
        }
        String serv = null;
        if ((flags & NI_NUMERICSERV) == 0) serv = serviceByPort((int) port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
        return PyTuple.of(name, serv != null ? serv : Long.toString(port));
    }

    private static List<String[]> table(String file) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1)) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.trim();
                if (!line.isEmpty()) rows.add(line.split("\\s+"));
            }
        } catch (Exception e) {
            // no such table: lookups find nothing
        }
        return rows;
    }

    /** A service's port from /etc/services (rows "name port/proto aliases…"). */
    static Integer serviceByName(String name, String proto) {
        for (String[] f : table("/etc/services")) {
            if (f.length < 2 || f[1].indexOf('/') < 0) continue;
            String[] pp = f[1].split("/");
            if (proto != null && !pp[1].equals(proto)) continue;
            for (int i = 0; i < f.length; i++) {
                if (i != 1 && f[i].equals(name)) return Integer.parseInt(pp[0]);
            }
        }
        return null;
    }

    static String serviceByPort(int port, String proto) {
        for (String[] f : table("/etc/services")) {
            if (f.length < 2 || f[1].indexOf('/') < 0) continue;
            String[] pp = f[1].split("/");
            if (proto != null && !pp[1].equals(proto)) continue;
            if (Integer.parseInt(pp[0]) == port) return f[0];
        }
        return null;
    }
}
