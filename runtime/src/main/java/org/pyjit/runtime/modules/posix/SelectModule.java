package org.pyjit.runtime.modules.posix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.SignalDelivery;
import org.pyjit.runtime.io.NativeLibc;
import org.pyjit.runtime.io.OsErrors;
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
 * The {@code select} module ({@code select.select} and {@code select.poll}, what {@code selectors}
 * and {@code subprocess} use) over pyjit's descriptors: OS pipes from {@code os.pipe} and the
 * process's real standard streams are watched with the C library's {@code poll}; regular files and
 * streams pyjit keeps in Java memory are always ready, as regular files are for the OS.
 */
public final class SelectModule {
    private SelectModule() {}

    static final short POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;
    private static PyType pollType;

    /** A {@code select.poll} object: the registered descriptors and their event masks, in order. */
    static final class PollObject extends PyObject {
        final Map<Integer, Short> registered = new LinkedHashMap<>();

        PollObject() {
            super(pollType);
        }
    }

    public static PyModule create() {
        types();
        PyModule m = new PyModule("select");
        PyDict d = m.dict;
        d.putStr("error", ExceptionTypes.OS_ERROR);
        Object[][] constants = {{"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
            {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", (short) 64}, {"POLLRDBAND", (short) 128},
            {"POLLWRNORM", (short) 256}, {"POLLWRBAND", (short) 512}, {"POLLMSG", (short) 1024},
            {"POLLRDHUP", (short) 0x2000}, {"PIPE_BUF", (short) 4096}};
        for (Object[] c : constants) d.putStr((String) c[0], (long) (Short) c[1]);
        d.putStr("select", PyBuiltinFunction.positional("select", "select", 3, 4, a -> select(a)));
        d.putStr("poll", PyBuiltinFunction.positional("poll", "select", 0, 0, a -> new PollObject()));
        return m;
    }

    private static synchronized void types() {
        if (pollType != null) return;
        PyType t = BuiltinTypes.make("poll", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "select");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create 'select.poll' instances");
        }));
        t.namespace.putStr("register", PyMethodDescriptor.positional(t, "register", 1, 2, a -> {
            short mask = a.length > 2 ? (short) Ops.index(a[2]) : (short) (POLLIN | POLLPRI | POLLOUT);
            ((PollObject) a[0]).registered.put(PosixDescriptors.descriptorOf(a[1]), mask);
            return PyNone.NONE;
        }));
        t.namespace.putStr("modify", PyMethodDescriptor.positional(t, "modify", 2, 2, a -> {
            PollObject p = (PollObject) a[0];
            int fd = PosixDescriptors.descriptorOf(a[1]);
            if (!p.registered.containsKey(fd)) throw OsErrors.of(2, null);
            p.registered.put(fd, (short) Ops.index(a[2]));
            return PyNone.NONE;
        }));
        t.namespace.putStr("unregister", PyMethodDescriptor.positional(t, "unregister", 1, 1, a -> {
            PollObject p = (PollObject) a[0];
            int fd = PosixDescriptors.descriptorOf(a[1]);
            if (p.registered.remove(fd) == null) throw Errors.keyError((long) fd);
            return PyNone.NONE;
        }));
        t.namespace.putStr("poll", PyMethodDescriptor.positional(t, "poll", 0, 1, a -> {
            PollObject p = (PollObject) a[0];
            long timeout = -1;
            if (a.length > 1 && a[1] != PyNone.NONE) {
                double ms = a[1] instanceof Double dd ? Math.ceil(dd) : Ops.index(a[1]);
                timeout = ms < 0 ? -1 : (long) ms;
            }
            int n = p.registered.size();
            int[] fds = new int[n];
            short[] events = new short[n];
            int i = 0;
            for (Map.Entry<Integer, Short> e : p.registered.entrySet()) {
                fds[i] = e.getKey();
                events[i++] = e.getValue();
            }
            short[] revents = await(fds, events, timeout);
            PyList out = new PyList();
            for (int k = 0; k < n; k++) if (revents[k] != 0) out.append(PyTuple.of((long) fds[k], (long) (revents[k] & 0xffff)));
            return out;
        }));
        pollType = t;
    }

    /** {@code select.select(rlist, wlist, xlist[, timeout])}. */
    private static Object select(Object[] a) {
        long timeout = -1;
        if (a.length > 3 && a[3] != PyNone.NONE) {
            double secs = a[3] instanceof Double dd ? dd : Ops.index(a[3]);
            if (secs < 0) throw Errors.valueError("timeout must be non-negative");
            timeout = (long) Math.ceil(secs * 1000);
        }
        List<Object> objs = new ArrayList<>();
        List<Integer> fds = new ArrayList<>();
        List<Short> events = new ArrayList<>();
        short[] kinds = {POLLIN, POLLOUT, POLLPRI};
        for (int k = 0; k < 3; k++) {
            Object it = Ops.iter(a[k]);
            for (Object o; (o = Ops.next(it)) != null; ) {
                objs.add(o);
                fds.add(PosixDescriptors.descriptorOf(o));
                events.add(kinds[k]);
            }
        }
        int n = objs.size();
        int[] fdArr = new int[n];
        short[] evArr = new short[n];
        for (int i = 0; i < n; i++) {
            fdArr[i] = fds.get(i);
            evArr[i] = events.get(i);
        }
        short[] revents = await(fdArr, evArr, timeout);
        PyList[] out = {new PyList(), new PyList(), new PyList()};
        for (int i = 0; i < n; i++) {
            if (revents[i] == 0) continue;
            int list = evArr[i] == POLLIN ? 0 : evArr[i] == POLLOUT ? 1 : 2;
            // a hung-up or failed descriptor counts as ready for reading and writing, as select(2) reports it
            if (list == 2 && (revents[i] & POLLPRI) == 0) continue;
            out[list].append(objs.get(i));
        }
        return PyTuple.of(out[0], out[1], out[2]);
    }

    /**
     * Waits until one of the descriptors has one of its events (or the timeout in milliseconds passed;
     * negative: no limit); returns each one's events. Waits with the global lock released, in slices so
     * a Ctrl-C handler runs in time.
     */
    private static short[] await(int[] fds, short[] events, long timeoutMillis) {
        int n = fds.length;
        short[] revents = new short[n];
        int[] osFds = new int[n];
        boolean ready = false;
        for (int i = 0; i < n; i++) {
            osFds[i] = PosixChildren.osDescriptor(fds[i]);
            if (osFds[i] < 0) {
                revents[i] = (short) (events[i] & (POLLIN | POLLOUT));
                ready |= revents[i] != 0;
            }
        }
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        short[] osRevents = new short[n];
        while (true) {
            long left = ready ? 0 : Math.max(0, deadline - System.currentTimeMillis());
            int slice = (int) Math.min(left, 100);
            int r = GlobalInterpreterLock.released(() -> NativeLibc.poll(osFds, events, osRevents, slice));
            if (r < 0 && r != -4) throw OsErrors.of(-r, null); // EINTR: poll again
            if (r > 0 || ready || System.currentTimeMillis() >= deadline) {
                for (int i = 0; i < n; i++) if (osFds[i] >= 0) revents[i] = osRevents[i];
                return revents;
            }
            SignalDelivery.checkPending();
        }
    }
}
