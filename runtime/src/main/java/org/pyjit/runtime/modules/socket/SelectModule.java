package org.pyjit.runtime.modules.socket;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.modules.MathArgs;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code select} module: {@code select.select} and {@code poll} objects over pyjit's
 * descriptors ({@link Readiness}). There is no {@code epoll}, so {@code selectors.DefaultSelector}
 * is the {@code PollSelector}.
 */
public final class SelectModule {
    private SelectModule() {}

    private static final String MODULE = "select";
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32, POLLRDNORM = 64,
            POLLRDBAND = 128, POLLWRNORM = 256, POLLWRBAND = 512, POLLMSG = 1024, POLLRDHUP = 0x2000;

    /** A poll object: descriptors and the events asked for each. */
    static final class Poll extends PyObject {
        static final PyType TYPE = BuiltinTypes.make("poll", BuiltinTypes.OBJECT);
        final Map<Long, Integer> registered = new LinkedHashMap<>();
        boolean polling;

        Poll() {
            super(TYPE);
        }
    }

    private static boolean installed;

    public static PyModule create() {
        installPoll();
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        d.putStr("error", ExceptionTypes.OS_ERROR);
        Object[] consts = {"POLLIN", POLLIN, "POLLPRI", POLLPRI, "POLLOUT", POLLOUT, "POLLERR", POLLERR, "POLLHUP", POLLHUP,
            "POLLNVAL", POLLNVAL, "POLLRDNORM", POLLRDNORM, "POLLRDBAND", POLLRDBAND, "POLLWRNORM", POLLWRNORM,
            "POLLWRBAND", POLLWRBAND, "POLLMSG", POLLMSG, "POLLRDHUP", POLLRDHUP, "PIPE_BUF", 4096};
        for (int i = 0; i < consts.length; i += 2) d.putStr((String) consts[i], (long) (Integer) consts[i + 1]);
        d.putStr("select", PyBuiltinFunction.positional("select", MODULE, 3, 4, a -> select(a[0], a[1], a[2], a.length > 3 ? a[3] : PyNone.NONE)));
        d.putStr("poll", PyBuiltinFunction.positional("poll", MODULE, 0, 0, a -> new Poll()));
        return m;
    }

    /** A descriptor, or an object's {@code fileno()}, as select's arguments are. */
    static long descriptorOf(Object o) {
        if (o instanceof Long || o instanceof Boolean) {
            long fd = Ops.index(o);
            if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
            return fd;
        }
        Object fileno = Ops.getAttrOrNull(o, "fileno");
        if (fileno == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
        Object r = Ops.call(fileno);
        if (!(r instanceof Long)) throw Errors.typeError("fileno() returned a non-integer");
        long fd = (Long) r;
        if (fd < 0) throw Errors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        return fd;
    }

    /** A timeout in seconds as nanoseconds (negative: none). */
    private static long timeoutNanos(Object t, String message) {
        if (t == PyNone.NONE) return -1;
        if (!(t instanceof Long || t instanceof Double || t instanceof Boolean || t instanceof java.math.BigInteger)) {
            throw Errors.typeError(message);
        }
        double s = MathArgs.toDouble(t);
        if (Double.isNaN(s)) throw Errors.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw Errors.valueError("timeout must be non-negative");
        return (long) Math.min(s * 1e9, Long.MAX_VALUE / 4);
    }

    static Object select(Object r, Object w, Object x, Object timeout) {
        long nanos = timeoutNanos(timeout, "timeout must be a float or None");
        List<Long> rf = new ArrayList<>(), wf = new ArrayList<>(), xf = new ArrayList<>();
        List<Object> ro = items(r, rf), wo = items(w, wf);
        items(x, xf);
        int n = ro.size() + wo.size();
        long[] fds = new long[n];
        int[] wants = new int[n];
        for (int i = 0; i < ro.size(); i++) {
            fds[i] = rf.get(i);
            wants[i] = Readiness.READ;
        }
        for (int i = 0; i < wo.size(); i++) {
            fds[ro.size() + i] = wf.get(i);
            wants[ro.size() + i] = Readiness.WRITE;
        }
        int[] ready = Readiness.check(fds, wants, nanos);
        for (int v : ready) if (v == Readiness.INVALID) throw SocketErrors.of(9);
        PyList rr = new PyList(), wr = new PyList();
        for (int i = 0; i < ro.size(); i++) if (ready[i] != 0) rr.append(ro.get(i));
        for (int i = 0; i < wo.size(); i++) if (ready[ro.size() + i] != 0) wr.append(wo.get(i));
        return PyTuple.of(rr, wr, new PyList());
    }

    /** The objects of one of select's lists with their descriptors in {@code fds}; a list is read as its fileno() calls change it. */
    private static List<Object> items(Object seq, List<Long> fds) {
        List<Object> out = new ArrayList<>();
        if (seq instanceof PyList list) {
            for (int i = 0; i < list.size; i++) {
                Object v = list.items[i];
                long fd = descriptorOf(v);
                out.add(v);
                fds.add(fd);
            }
            return out;
        }
        Iteration.Cursor c;
        try {
            c = Iteration.cursor(seq);
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            throw Errors.typeError("arguments 1-3 must be sequences");
        }
        for (Object v = c.next(); v != null; v = c.next()) out.add(v);
        for (Object v : out) fds.add(descriptorOf(v));
        return out;
    }

    private static synchronized void installPoll() {
        if (installed) return;
        installed = true;
        PyType t = Poll.TYPE;
        t.namespace.putStr("__module__", MODULE);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create 'select.poll' instances");
        }));
        m(t, "register", 1, 2, a -> {
            long fd = descriptorOf(a[1]);
            int mask = a.length > 2 ? eventMask(a[2]) : POLLIN | POLLPRI | POLLOUT;
            poll(a).registered.put(fd, mask);
            return PyNone.NONE;
        });
        m(t, "modify", 2, 2, a -> {
            long fd = descriptorOf(a[1]);
            Poll p = poll(a);
            if (!p.registered.containsKey(fd)) throw SocketErrors.of(2);
            p.registered.put(fd, eventMask(a[2]));
            return PyNone.NONE;
        });
        m(t, "unregister", 1, 1, a -> {
            long fd = descriptorOf(a[1]);
            if (poll(a).registered.remove(fd) == null) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        });
        m(t, "poll", 0, 1, a -> {
            Poll p = poll(a);
            long nanos = -1;
            if (a.length > 1 && a[1] != PyNone.NONE) {
                if (!(a[1] instanceof Long || a[1] instanceof Double || a[1] instanceof Boolean)) {
                    throw Errors.typeError("'" + Ops.typeName(a[1]) + "' object cannot be interpreted as an integer");
                }
                double ms = MathArgs.toDouble(a[1]);
                nanos = ms < 0 ? -1 : (long) Math.ceil(ms * 1e6);
            }
            if (p.polling) throw Errors.runtimeError("concurrent poll() invocation");
            p.polling = true;
            try {
                return pollOnce(p, nanos);
            } finally {
                p.polling = false;
            }
        });
    }

    private static PyList pollOnce(Poll p, long nanos) {
        List<Map.Entry<Long, Integer>> entries = new ArrayList<>(p.registered.entrySet());
        long[] fds = new long[entries.size()];
        int[] wants = new int[entries.size()];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = entries.get(i).getKey();
            int mask = entries.get(i).getValue();
            if ((mask & (POLLIN | POLLPRI | POLLRDNORM | POLLRDBAND)) != 0) wants[i] |= Readiness.READ;
            if ((mask & (POLLOUT | POLLWRNORM | POLLWRBAND)) != 0) wants[i] |= Readiness.WRITE;
        }
        int[] ready = Readiness.check(fds, wants, nanos);
        PyList out = new PyList();
        for (int i = 0; i < fds.length; i++) {
            int mask = entries.get(i).getValue(), ev = 0;
            if (ready[i] == Readiness.INVALID) ev = POLLNVAL;
            else {
                if ((ready[i] & Readiness.READ) != 0) ev |= mask & (POLLIN | POLLRDNORM);
                if ((ready[i] & Readiness.WRITE) != 0) ev |= mask & (POLLOUT | POLLWRNORM);
            }
            if (ev != 0) out.append(PyTuple.of(fds[i], (long) ev));
        }
        return out;
    }

    private static int eventMask(Object o) {
        long v = Ops.index(o);
        if (v < 0) throw Errors.overflow("Python int too large to convert to C unsigned short");
        if (v > 0xffff) throw Errors.overflow("Python int too large to convert to C unsigned short");
        return (int) v;
    }

    private static Poll poll(Object[] a) {
        return (Poll) a[0];
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
