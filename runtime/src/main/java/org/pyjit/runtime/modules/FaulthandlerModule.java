package org.pyjit.runtime.modules;

import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code faulthandler}: Python tracebacks of every thread on demand ({@code dump_traceback}) and after a
 * timeout ({@code dump_traceback_later}, what test runners use to report a hung test), in CPython's format.
 * {@code enable} is remembered, but a crash of the JVM itself is reported by the JVM (hs_err), not here;
 * {@code register} (dumps on arbitrary signals) is absent, as on platforms without it in CPython.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    private static final int MAX_FRAMES = 100;
    private static volatile boolean enabled;
    private static volatile Object enabledFile;
    private static Thread watchdog;

    private static final ArgParser ENABLE = new ArgParser("enable", new String[] {"file", "all_threads"}, 0, 2, 0);
    private static final ArgParser DUMP = new ArgParser("dump_traceback", new String[] {"file", "all_threads"}, 0, 2, 0);
    private static final ArgParser LATER = new ArgParser("dump_traceback_later",
            new String[] {"timeout", "repeat", "file", "exit"}, 0, 4, 1);

    public static PyModule create() {
        PyModule m = new PyModule("faulthandler");
        PyDict d = m.dict;
        d.putStr("enable", new PyBuiltinFunction("enable", "faulthandler", (a, kw) -> {
            Object[] p = ENABLE.parse(a, kw, 0);
            enabledFile = checkedFile(p[0]);
            enabled = true;
            return PyNone.NONE;
        }));
        d.putStr("disable", PyBuiltinFunction.positional("disable", "faulthandler", 0, 0, a -> {
            boolean was = enabled;
            enabled = false;
            enabledFile = null;
            return was;
        }));
        d.putStr("is_enabled", PyBuiltinFunction.positional("is_enabled", "faulthandler", 0, 0, a -> enabled));
        d.putStr("dump_traceback", new PyBuiltinFunction("dump_traceback", "faulthandler", (a, kw) -> {
            Object[] p = DUMP.parse(a, kw, 0);
            write(checkedFile(p[0]), dump(p[1] == null || Ops.isTrue(p[1])));
            return PyNone.NONE;
        }));
        d.putStr("dump_traceback_later", new PyBuiltinFunction("dump_traceback_later", "faulthandler", (a, kw) -> {
            Object[] p = LATER.parse(a, kw, 0);
            double timeout = MathArgs.toDouble(p[0]);
            if (!(timeout > 0)) throw Errors.valueError("timeout must be greater than 0");
            later(timeout, p[1] != null && Ops.isTrue(p[1]), checkedFile(p[2]), p[3] != null && Ops.isTrue(p[3]));
            return PyNone.NONE;
        }));
        d.putStr("cancel_dump_traceback_later", PyBuiltinFunction.positional("cancel_dump_traceback_later", "faulthandler",
                0, 0, a -> {
                    cancel();
                    return PyNone.NONE;
                }));
        return m;
    }

    /** The file to write to: sys.stderr by default; like CPython, it must have a usable fileno(). */
    private static Object checkedFile(Object file) {
        if (file == null || file == PyNone.NONE) {
            file = SysModule.get("stderr");
            if (file == null || file == PyNone.NONE) throw Errors.runtimeError("sys.stderr is None");
        }
        Object fd = Ops.call(Ops.getAttr(file, "fileno"));
        if (Ops.index(fd) < 0) throw Errors.valueError("file is not a valid file descripter");
        return file;
    }

    private static void write(Object file, String text) {
        Ops.call(Ops.getAttr(file, "flush")); // what the program wrote before comes first
        Ops.call(Ops.getAttr(file, "write"), text);
        Ops.call(Ops.getAttr(file, "flush"));
    }

    /** CPython's text: the current thread first-marked, most recent call first, at most 100 frames each. */
    static String dump(boolean allThreads) {
        StringBuilder b = new StringBuilder();
        Thread me = Thread.currentThread();
        if (!allThreads) {
            b.append("Stack (most recent call first):\n");
            frames(b, ThreadState.current().top);
            return b.toString();
        }
        List<ThreadState> states = ThreadState.live();
        boolean first = true;
        // the current thread first, as CPython's list starts with the newest thread and marks the current one
        for (int pass = 0; pass < 2; pass++) {
            for (ThreadState s : states) {
                if ((s.owner() == me) != (pass == 0)) continue;
                if (!first) b.append('\n');
                first = false;
                b.append(s.owner() == me ? "Current thread " : "Thread ")
                        .append(String.format("0x%016x", s.owner().threadId())).append(" (most recent call first):\n");
                frames(b, s.top);
            }
        }
        return b.toString();
    }

    private static void frames(StringBuilder b, Frame f) {
        int depth = 0;
        for (; f != null; f = f.back) {
            if (depth++ == MAX_FRAMES) {
                b.append("  ...\n");
                return;
            }
            b.append("  File \"").append(f.code.filename).append("\", line ").append(f.lineno()).append(" in ")
                    .append(f.code.name).append('\n');
        }
    }

    private static synchronized void later(double timeout, boolean repeat, Object file, boolean exit) {
        cancel();
        long nanos = (long) (timeout * 1e9);
        String header = "Timeout (" + formatTimeout(timeout) + ")!\n";
        Thread t = new Thread(() -> {
            try {
                do {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                    write(file, header + dump(true));
                    if (exit) Runtime.getRuntime().halt(1); // CPython calls _exit(1)
                } while (repeat);
            } catch (InterruptedException cancelled) {
                // cancel_dump_traceback_later
            }
        }, "faulthandler-watchdog");
        t.setDaemon(true);
        watchdog = t;
        t.start();
    }

    private static synchronized void cancel() {
        if (watchdog != null) {
            watchdog.interrupt();
            watchdog = null;
        }
    }

    /** {@code H:MM:SS} with the fraction of a second CPython prints when there is one. */
    private static String formatTimeout(double timeout) {
        long sec = (long) timeout;
        long us = Math.round((timeout - sec) * 1e6);
        String s = sec / 3600 + ":" + String.format("%02d:%02d", sec / 60 % 60, sec % 60);
        return us != 0 ? s + String.format(".%06d", us) : s;
    }
}
