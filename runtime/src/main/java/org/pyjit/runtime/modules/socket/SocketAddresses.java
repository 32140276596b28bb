package org.pyjit.runtime.modules.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * Socket addresses between Python's forms ({@code (host, port)},
 * {@code (host, port, flowinfo, scope_id)}, a path for AF_UNIX) and Java's, and the name lookups
 * behind them, with CPython's errors ({@code gaierror(-2, 'Name or service not known')}).
 */
final class SocketAddresses {
    private SocketAddresses() {}

    /** The Java address for a Python address of {@code family}; {@code caller} names the method in messages. */
    static SocketAddress parse(int family, Object address, String caller) {
        if (family == SocketEndpoint.AF_UNIX) {
            String path;
            if (address instanceof String s) path = s;
            else if (address instanceof PyBytes b) path = new String(b.toArray(), StandardCharsets.UTF_8);
            else throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(address) + "'");
            if (path.startsWith("\0")) throw SocketErrors.of(SocketErrors.EAFNOSUPPORT); // Java has no abstract namespace
            return UnixDomainSocketAddress.of(path);
        }
        String fam = family == SocketEndpoint.AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(address instanceof PyTuple t)) {
            throw Errors.typeError(caller + "(): " + fam + " address must be tuple, not " + Ops.typeName(address));
        }
        int max = family == SocketEndpoint.AF_INET6 ? 4 : 2;
        if (t.items.length < 2 || t.items.length > max) {
            throw Errors.typeError(family == SocketEndpoint.AF_INET6
                    ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                    : "AF_INET address must be a pair (host, port)");
        }
        Object hostArg = t.items[0];
        String host;
        if (hostArg instanceof String s) host = s;
        else if (hostArg instanceof PyBytes b) host = new String(b.toArray(), StandardCharsets.ISO_8859_1);
        else throw Errors.typeError("str, bytes or bytearray expected, not " + Ops.typeName(hostArg));
        if (!(t.items[1] instanceof Long) && !(t.items[1] instanceof Boolean)) {
            throw Errors.typeError("'" + Ops.typeName(t.items[1]) + "' object cannot be interpreted as an integer");
        }
        long port = Ops.index(t.items[1]);
        if (port < 0 || port > 65535) throw Errors.overflow(caller + "(): port must be 0-65535.");
        if (t.items.length > 2) {
            long flowinfo = Ops.index(t.items[2]);
            if (flowinfo < 0 || flowinfo > 0xfffff) throw Errors.overflow(caller + "(): flowinfo must be 0-1048575.");
        }
        InetAddress ip = resolveOne(host, family);
        if (ip instanceof Inet6Address v6 && t.items.length == 4) {
            long scope = Ops.index(t.items[3]);
            if (scope != 0) {
                try {
                    ip = Inet6Address.getByAddress(null, v6.getAddress(), (int) scope);
                } catch (UnknownHostException e) {
                    throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
                }
            }
        }
        return new InetSocketAddress(ip, (int) port);
    }

    /** The address a host name stands for in {@code family}, as the C library resolves socket addresses. */
    static InetAddress resolveOne(String host, int family) {
        boolean v6 = family == SocketEndpoint.AF_INET6;
        if (host.isEmpty()) host = v6 ? "::" : "0.0.0.0";
        else if (host.equals("<broadcast>")) host = "255.255.255.255";
        for (InetAddress a : resolveAll(host)) {
            if (v6 == (a instanceof Inet6Address)) return a;
        }
        throw SocketErrors.gaierror(v6 || !host.contains(":") ? SocketErrors.EAI_ADDRFAMILY : SocketErrors.EAI_FAMILY);
    }

    /** Every address of {@code host} (a literal stays itself); gaierror when there is none. */
    static InetAddress[] resolveAll(String host) {
        InetAddress literal = parseLiteral(host);
        if (literal != null) return new InetAddress[] {literal};
        if (host.isEmpty() || host.indexOf('\0') >= 0) throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
    }

    /** The address a numeric host string names, or null when it is not one (no lookup happens). */
    static InetAddress parseLiteral(String host) {
        byte[] b = host.indexOf(':') >= 0 ? parseIpv6(host) : parseIpv4(host, false);
        if (b == null) return null;
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Four bytes of a dotted IPv4 address; {@code loose} also takes inet_aton's short forms ("127.1"). */
    static byte[] parseIpv4(String s, boolean loose) {
        String[] parts = s.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4 || (!loose && parts.length != 4)) return null;
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) return null;
            try {
                if (loose && p.length() > 1 && (p.startsWith("0x") || p.startsWith("0X"))) v[i] = Long.parseLong(p.substring(2), 16);
                else if (loose && p.length() > 1 && p.startsWith("0")) v[i] = Long.parseLong(p.substring(1), 8);
                else {
                    for (int k = 0; k < p.length(); k++) if (p.charAt(k) < '0' || p.charAt(k) > '9') return null;
                    if (p.length() > 10 || (!loose && p.length() > 1 && p.charAt(0) == '0')) return null; // inet_pton: no octal
                    v[i] = Long.parseLong(p);
                }
            } catch (NumberFormatException e) {
                return null;
            }
            if (!loose && v[i] > 255) return null;
        }
        long value = 0;
        int n = parts.length;
        for (int i = 0; i < n - 1; i++) {
            if (v[i] > 255) return null;
            value |= v[i] << (8 * (3 - i));
        }
        long last = v[n - 1];
        if (last >= 1L << (8 * (4 - (n - 1)))) return null;
        value |= last;
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** Sixteen bytes of a textual IPv6 address (with "::" and a trailing dotted quad), or null. */
    static byte[] parseIpv6(String s) {
        int pct = s.indexOf('%');
        if (pct >= 0) s = s.substring(0, pct);
        byte[] out = new byte[16];
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) return null;
        String head = gap >= 0 ? s.substring(0, gap) : s, tail = gap >= 0 ? s.substring(gap + 2) : "";
        byte[] h = groups(head), t = groups(tail);
        if (h == null || t == null) return null;
        if (gap < 0 ? h.length != 16 : h.length + t.length > 14) return null;
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(t, 0, out, 16 - t.length, t.length);
        return out;
    }

    private static byte[] groups(String s) {
        if (s.isEmpty()) return new byte[0];
        String[] g = s.split(":", -1);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < g.length; i++) {
            if (i == g.length - 1 && g[i].indexOf('.') >= 0) {
                byte[] v4 = parseIpv4(g[i], false);
                if (v4 == null) return null;
                b.writeBytes(v4);
                continue;
            }
            if (g[i].isEmpty() || g[i].length() > 4) return null;
            int v;
            try {
                v = Integer.parseInt(g[i], 16);
            } catch (NumberFormatException e) {
                return null;
            }
            b.write(v >>> 8);
            b.write(v & 0xff);
        }
        return b.toByteArray();
    }

    /** An address's text as inet_ntop writes it (IPv6: the longest run of zero groups as "::", lower case). */
    static String text(InetAddress a) {
        return a instanceof Inet6Address ? ipv6Text(a.getAddress()) : a.getHostAddress();
    }

    static String ipv6Text(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        boolean mapped = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && (g[5] == 0xffff);
        if (mapped) return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff);
        int bestStart = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen && j - i >= 2) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    /** The Python form of a socket address of {@code family} (null: the unbound address). */
    static Object format(int family, SocketAddress a, boolean unnamed) {
        if (family == SocketEndpoint.AF_UNIX) {
            if (unnamed || !(a instanceof UnixDomainSocketAddress u)) return "";
            return u.getPath().toString();
        }
        InetSocketAddress isa = a instanceof InetSocketAddress i ? i : SocketEndpoint.anyAddress(family);
        InetAddress ip = isa.getAddress();
        if (family == SocketEndpoint.AF_INET6) {
            long scope = ip instanceof Inet6Address v6 ? v6.getScopeId() : 0;
            byte[] raw = ip instanceof Inet4Address ? mapped(ip.getAddress()) : ip.getAddress();
            return PyTuple.of(ipv6Text(raw), (long) isa.getPort(), 0L, scope);
        }
        return PyTuple.of(text(ip), (long) isa.getPort());
    }

    private static byte[] mapped(byte[] v4) {
        byte[] out = new byte[16];
        out[10] = out[11] = (byte) 0xff;
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }

    /** The text of a host argument (str, or bytes as ASCII). */
    static String hostText(Object host, String what) {
        if (host instanceof String s) return s;
        if (host instanceof PyBytes b) return new String(b.toArray(), StandardCharsets.ISO_8859_1);
        throw Errors.typeError(what + "() argument 1 must be str, bytes or bytearray, not " + Ops.typeName(host));
    }

    static Inet4Address firstIpv4(String host) {
        if (host.isEmpty()) host = "0.0.0.0";
        else if (host.equals("<broadcast>")) host = "255.255.255.255";
        for (InetAddress a : resolveAll(host)) if (a instanceof Inet4Address v4) return v4;
        throw SocketErrors.gaierror(SocketErrors.EAI_ADDRFAMILY);
    }
}
