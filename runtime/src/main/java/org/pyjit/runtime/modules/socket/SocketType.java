package org.pyjit.runtime.modules.socket;

import java.net.SocketAddress;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.MathArgs;
import org.pyjit.runtime.modules.MemoryView;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** The methods and attributes of {@code _socket.socket} ({@link SocketObject}), with CPython's argument handling. */
final class SocketType {
    private SocketType() {}

    private static boolean installed;

    static synchronized PyType install() {
        PyType t = SocketObject.TYPE;
        if (installed) return t;
        installed = true;
        t.namespace.putStr("__module__", "_socket");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = (PyType) a[0];
            return cls.instanceFactory.apply(cls);
        }));
        ArgParser initArgs = new ArgParser("socket", new String[] {"family", "type", "proto", "fileno"}, 0, 4, 0);
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = initArgs.parse(a, kw, 1);
            self(a).init(intOr(p[0], -1), intOr(p[1], -1), intOr(p[2], -1), p[3]);
            return PyNone.NONE;
        }));
        m(t, "__repr__", 0, 0, a -> self(a).repr());
        m(t, "close", 0, 0, a -> {
            self(a).close();
            return PyNone.NONE;
        });
        m(t, "detach", 0, 0, a -> self(a).detach());
        m(t, "fileno", 0, 0, a -> self(a).fileno());
        m(t, "bind", 1, 1, a -> {
            self(a).bind(a[1]);
            return PyNone.NONE;
        });
        m(t, "listen", 0, 1, a -> {
            self(a).listen(a.length > 1 ? (int) Math.max(0, Math.min(Ops.index(a[1]), 65535)) : 128);
            return PyNone.NONE;
        });
        m(t, "_accept", 0, 0, a -> self(a).accept());
        m(t, "connect", 1, 1, a -> {
            self(a).connect(a[1], false);
            return PyNone.NONE;
        });
        m(t, "connect_ex", 1, 1, a -> (long) self(a).connect(a[1], true));
        m(t, "recv", 1, 2, a -> new PyBytes(self(a).recv(Ops.index(a[1]), flags(a, 2), null)));
        m(t, "recvfrom", 1, 2, a -> {
            SocketAddress[] from = new SocketAddress[1];
            byte[] data = self(a).recv(Ops.index(a[1]), flags(a, 2), from);
            return PyTuple.of(new PyBytes(data), address(self(a), from[0]));
        });
        ArgParser recvIntoArgs = new ArgParser("recv_into", new String[] {"buffer", "nbytes", "flags"}, 0, 3, 1);
        t.namespace.putStr("recv_into", new PyMethodDescriptor(t, "recv_into", (a, kw) -> {
            Object[] p = recvIntoArgs.parse(a, kw, 1);
            return (long) self(a).recvInto(p[0], p[1] == null ? 0 : Ops.index(p[1]), p[2] == null ? 0 : Ops.index(p[2]), null);
        }));
        ArgParser recvfromIntoArgs = new ArgParser("recvfrom_into", new String[] {"buffer", "nbytes", "flags"}, 0, 3, 1);
        t.namespace.putStr("recvfrom_into", new PyMethodDescriptor(t, "recvfrom_into", (a, kw) -> {
            Object[] p = recvfromIntoArgs.parse(a, kw, 1);
            SocketAddress[] from = new SocketAddress[1];
            int n = self(a).recvInto(p[0], p[1] == null ? 0 : Ops.index(p[1]), p[2] == null ? 0 : Ops.index(p[2]), from);
            return PyTuple.of((long) n, address(self(a), from[0]));
        }));
        m(t, "send", 1, 2, a -> (long) self(a).send(bytesLike(a[1]), 0, flags(a, 2), null));
        m(t, "sendall", 1, 2, a -> {
            self(a).sendall(bytesLike(a[1]), flags(a, 2));
            return PyNone.NONE;
        });
        t.namespace.putStr("sendto", new PyMethodDescriptor(t, "sendto", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("sendto() takes no keyword arguments");
            if (a.length < 3 || a.length > 4) {
                throw Errors.typeError("sendto() takes 2 or 3 arguments (" + (a.length - 1) + " given)");
            }
            SocketObject s = self(a);
            Object addr = a.length == 4 ? a[3] : a[2];
            long fl = a.length == 4 ? Ops.index(a[2]) : 0;
            byte[] data = bytesLike(a[1]);
            return (long) s.send(data, 0, fl, SocketAddresses.parse(s.family, addr, "sendto"));
        }));
        m(t, "shutdown", 1, 1, a -> {
            self(a).shutdown((int) Ops.index(a[1]));
            return PyNone.NONE;
        });
        m(t, "getsockname", 0, 0, a -> self(a).sockname());
        m(t, "getpeername", 0, 0, a -> self(a).peername());
        m(t, "setsockopt", 3, 4, a -> {
            SocketObject s = self(a);
            int level = (int) Ops.index(a[1]), name = (int) Ops.index(a[2]);
            Object v = a[3];
            if (v == PyNone.NONE) {
                if (a.length < 5) throw Errors.typeError("setsockopt() takes exactly 4 arguments (3 given)");
                v = new PyBytes(new byte[(int) Ops.index(a[4])]);
            } else if (v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger) {
                v = Ops.index(v);
            } else {
                v = new PyBytes(bytesLike(v));
            }
            s.endpoint().setOption(level, name, v);
            return PyNone.NONE;
        });
        m(t, "getsockopt", 2, 3, a -> {
            SocketObject s = self(a);
            int level = (int) Ops.index(a[1]), name = (int) Ops.index(a[2]);
            long v = level == SocketEndpoint.SOL_SOCKET && name == SocketEndpoint.SO_ERROR ? s.pendingError()
                    : s.endpoint().getOption(level, name);
            if (a.length > 3) {
                long len = Ops.index(a[3]);
                if (len < 0 || len > 1024) throw SocketErrors.of(SocketErrors.EINVAL);
                byte[] out = new byte[(int) len];
                for (int i = 0; i < Math.min(4, out.length); i++) out[i] = (byte) (v >>> (8 * i));
                return new PyBytes(out);
            }
            return v;
        });
        m(t, "settimeout", 1, 1, a -> {
            double seconds = timeoutArg(a[1]);
            self(a).endpoint(); // EBADF once closed, as CPython's fcntl on the descriptor
            self(a).timeout = seconds;
            return PyNone.NONE;
        });
        m(t, "gettimeout", 0, 0, a -> timeoutValue(self(a).timeout));
        m(t, "setblocking", 1, 1, a -> {
            boolean blocking = Ops.isTrue(a[1]);
            self(a).endpoint();
            self(a).timeout = blocking ? -1 : 0;
            return PyNone.NONE;
        });
        m(t, "getblocking", 0, 0, a -> self(a).timeout != 0);
        m(t, "dup", 0, 0, a -> {
            SocketObject s = self(a);
            SocketDescriptor d = s.descriptor;
            if (d == null || d.isClosed()) throw SocketErrors.of(9);
            SocketObject c = new SocketObject(SocketObject.TYPE);
            c.own(d.duplicate());
            c.family = s.family;
            c.type = s.type;
            c.proto = s.proto;
            c.timeout = s.timeout;
            return c;
        });
        getter(t, "family", o -> (long) ((SocketObject) o).family);
        getter(t, "type", o -> (long) ((SocketObject) o).type);
        getter(t, "proto", o -> (long) ((SocketObject) o).proto);
        getter(t, "timeout", o -> timeoutValue(((SocketObject) o).timeout));
        return t;
    }

    private static void getter(PyType t, String name, java.util.function.Function<Object, Object> g) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, g, null));
    }

    private static SocketObject self(Object[] a) {
        if (!(a[0] instanceof SocketObject s)) throw Errors.typeError("descriptor requires a '_socket.socket' object");
        return s;
    }

    private static Object address(SocketObject s, SocketAddress a) {
        return a == null ? PyNone.NONE : SocketAddresses.format(s.family, a, false);
    }

    private static long flags(Object[] a, int i) {
        return a.length > i ? Ops.index(a[i]) : 0;
    }

    private static int intOr(Object o, int dflt) {
        if (o == null) return dflt;
        if (o instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return (int) Ops.index(o);
    }

    /** A bytes-like argument's bytes. */
    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) return b.toArray();
        if (o instanceof MemoryView v) return v.toBytes();
        if (o instanceof String) throw Errors.typeError("a bytes-like object is required, not 'str'");
        throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }

    /** A timeout argument in seconds; negative means None. */
    static double timeoutArg(Object o) {
        if (o == PyNone.NONE) return -1;
        if (!(o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger)
                && Ops.getAttrOrNull(o, "__float__") == null) {
            throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer or float");
        }
        double v = MathArgs.toDouble(o);
        if (Double.isNaN(v)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (v < 0) throw Errors.valueError("Timeout value out of range");
        return v;
    }

    static Object timeoutValue(double t) {
        return t < 0 ? PyNone.NONE : (Object) t;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
