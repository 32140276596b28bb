package org.pyjit.runtime.modules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _signal} module: Linux's signal numbers, the handler table behind
 * {@code signal}/{@code getsignal} (SIGINT starts with {@code default_int_handler}, SIGPIPE and
 * SIGXFSZ ignored, as CPython sets them), {@code raise_signal} (runs the Python handler in the
 * calling thread; the default action of a terminating signal really sends the signal to the
 * process), {@code alarm}/{@code setitimer(ITIMER_REAL)} on a timer thread, {@code strsignal},
 * {@code valid_signals}, {@code set_wakeup_fd}, {@code siginterrupt}. Ctrl-C (SIGINT) and an
 * alarm's SIGALRM go to the program's main thread, which runs the handler at its next check
 * point (between instructions, or in a sleep, lock or socket wait), so the handler's exception
 * interrupts what it does, as in CPython; with no program's main thread running (an embedder),
 * an alarm's handler runs on the timer thread.
 */
public final class SignalModule {
    private SignalModule() {}

    private static final String MODULE = "_signal";
    private static final int NSIG = 65;
    private static final Object[][] SIGNALS = {{"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"}, {"SIGQUIT", 3, "Quit"},
        {"SIGILL", 4, "Illegal instruction"}, {"SIGTRAP", 5, "Trace/breakpoint trap"}, {"SIGABRT", 6, "Aborted"},
        {"SIGIOT", 6, "Aborted"}, {"SIGBUS", 7, "Bus error"}, {"SIGFPE", 8, "Floating point exception"}, {"SIGKILL", 9, "Killed"},
        {"SIGUSR1", 10, "User defined signal 1"}, {"SIGSEGV", 11, "Segmentation fault"}, {"SIGUSR2", 12, "User defined signal 2"},
        {"SIGPIPE", 13, "Broken pipe"}, {"SIGALRM", 14, "Alarm clock"}, {"SIGTERM", 15, "Terminated"},
        {"SIGSTKFLT", 16, "Stack fault"}, {"SIGCHLD", 17, "Child exited"}, {"SIGCONT", 18, "Continued"},
        {"SIGSTOP", 19, "Stopped (signal)"}, {"SIGTSTP", 20, "Stopped"}, {"SIGTTIN", 21, "Stopped (tty input)"},
        {"SIGTTOU", 22, "Stopped (tty output)"}, {"SIGURG", 23, "Urgent I/O condition"}, {"SIGXCPU", 24, "CPU time limit exceeded"},
        {"SIGXFSZ", 25, "File size limit exceeded"}, {"SIGVTALRM", 26, "Virtual timer expired"},
        {"SIGPROF", 27, "Profiling timer expired"}, {"SIGWINCH", 28, "Window changed"}, {"SIGIO", 29, "I/O possible"},
        {"SIGPOLL", 29, "I/O possible"}, {"SIGPWR", 30, "Power failure"}, {"SIGSYS", 31, "Bad system call"}};
    /** Signals whose default action is not to end the process. */
    private static final java.util.Set<Integer> HARMLESS_BY_DEFAULT = java.util.Set.of(17, 18, 23, 28);

    private static final Map<Integer, Object> handlers = new ConcurrentHashMap<>();
    private static PyBuiltinFunction defaultIntHandler;
    private static volatile long wakeupFd = -1;
    private static java.util.Timer timer;
    private static java.util.TimerTask pendingAlarm;
    private static long alarmDue;
    private static double alarmInterval;

    private static PyBuiltinFunction fn(String name, int min, int max, PyBuiltinFunction.Positional body) {
        return ModuleFunction.positional(MODULE, name, min, max, body);
    }

    public static PyModule create() {
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        for (Object[] s : SIGNALS) d.putStr((String) s[0], (long) (Integer) s[1]);
        d.putStr("SIGRTMIN", 34L);
        d.putStr("SIGRTMAX", 64L);
        d.putStr("NSIG", (long) NSIG);
        d.putStr("SIG_DFL", 0L);
        d.putStr("SIG_IGN", 1L);
        d.putStr("SIG_BLOCK", 0L);
        d.putStr("SIG_UNBLOCK", 1L);
        d.putStr("SIG_SETMASK", 2L);
        d.putStr("ITIMER_REAL", 0L);
        d.putStr("ITIMER_VIRTUAL", 1L);
        d.putStr("ITIMER_PROF", 2L);
        d.putStr("ItimerError", ExceptionTypes.OS_ERROR);
        defaultIntHandler = fn("default_int_handler", 0, -1, a -> {
            throw Errors.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT);
        });
        d.putStr("default_int_handler", defaultIntHandler);
        handlers.clear();
        handlers.put(2, defaultIntHandler);
        handlers.put(13, 1L);
        handlers.put(25, 1L);
        d.putStr("signal", fn("signal", 2, 2, a -> setHandler(a[0], a[1])));
        d.putStr("getsignal", fn("getsignal", 1, 1, a -> handlers.getOrDefault(signalNumber(a[0]), 0L)));
        d.putStr("raise_signal", fn("raise_signal", 1, 1, a -> {
            raise(signalNumber(a[0]));
            return PyNone.NONE;
        }));
        d.putStr("strsignal", fn("strsignal", 1, 1, a -> {
            int n = signalNumber(a[0]);
            for (Object[] s : SIGNALS) if ((Integer) s[1] == n) return s[2];
            if (n >= 34 && n <= 64) return "Real-time signal " + (n - 34);
            return PyNone.NONE;
        }));
        d.putStr("valid_signals", fn("valid_signals", 0, 0, a -> {
            PySet set = new PySet();
            for (int i = 1; i < NSIG; i++) if (i != 32 && i != 33) set.add((long) i);
            return set;
        }));
        d.putStr("alarm", fn("alarm", 1, 1, a -> (long) Math.ceil(schedule(Ops.index(a[0]), 0))));
        d.putStr("setitimer", fn("setitimer", 2, 3, a -> {
            requireRealTimer(a[0]);
            double interval = a.length > 2 ? MathArgs.toDouble(a[2]) : 0.0;
            double before = remaining();
            double beforeInterval = alarmInterval;
            schedule(MathArgs.toDouble(a[1]), interval);
            return PyTuple.of(before, beforeInterval);
        }));
        d.putStr("getitimer", fn("getitimer", 1, 1, a -> {
            requireRealTimer(a[0]);
            return PyTuple.of(remaining(), alarmInterval);
        }));
        d.putStr("set_wakeup_fd", new PyBuiltinFunction("set_wakeup_fd", MODULE, (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) != 1) throw Errors.typeError("set_wakeup_fd() takes exactly one argument");
            long old = wakeupFd;
            wakeupFd = Ops.index(a[0]);
            return old;
        }));
        d.putStr("siginterrupt", fn("siginterrupt", 2, 2, a -> {
            signalNumber(a[0]);
            return PyNone.NONE;
        }));
        return m;
    }

    private static int signalNumber(Object o) {
        long n = Ops.index(o);
        if (n < 1 || n >= NSIG) throw Errors.valueError("signal number out of range");
        return (int) n;
    }

    private static Object setHandler(Object signum, Object handler) {
        int n = signalNumber(signum);
        if (org.pyjit.runtime.modules.thread.ThreadModule.isProgramThread()) {
            throw Errors.valueError("signal only works in main thread of the main interpreter");
        }
        boolean isConstant = (handler instanceof Long l && (l == 0 || l == 1)) || handler instanceof Boolean;
        if (!isConstant && !Ops.isCallable(handler)) {
            throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (n == 9 || n == 19 || n == 32 || n == 33) throw OsErrors.of(22, null);
        Object old = handlers.getOrDefault(n, 0L);
        handlers.put(n, handler instanceof Boolean b ? (Object) (b ? 1L : 0L) : handler);
        return old;
    }

    /**
     * The handler of signal {@code n} as the program set it (a callable, or 0/1 for SIG_DFL/SIG_IGN);
     * null when the program never imported {@code signal}, so CPython's default behaviour applies.
     */
    public static Object handlerFor(int n) {
        return defaultIntHandler == null ? null : handlers.getOrDefault(n, 0L);
    }

    /** What the process does on signal {@code n}, in the calling thread. */
    /** Runs the handler of signal {@code n} that arrived for the main thread (its default action when none is set). */
    public static void runHandler(int n) {
        raise(n);
    }

    private static void raise(int n) {
        Object h = handlers.getOrDefault(n, 0L);
        if (h instanceof Long l) {
            if (l == 1 || HARMLESS_BY_DEFAULT.contains(n)) return;
            killSelf(n);
            return;
        }
        Ops.call(h, (long) n, PyNone.NONE);
    }

    /** The default action of a terminating signal: the process really receives it. */
    private static void killSelf(int n) {
        System.out.flush();
        System.err.flush();
        try {
            new ProcessBuilder("kill", "-" + n, Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
            Thread.sleep(1000);
        } catch (java.io.IOException | InterruptedException e) {
            Runtime.getRuntime().halt(128 + n);
        }
        Runtime.getRuntime().halt(128 + n);
    }

    private static void requireRealTimer(Object which) {
        if (Ops.index(which) != 0) throw Errors.osError("pyjit supports only ITIMER_REAL");
    }

    private static synchronized double remaining() {
        if (pendingAlarm == null) return 0.0;
        return Math.max(0.0, (alarmDue - System.nanoTime()) / 1e9);
    }

    /** Replaces the pending alarm with one in {@code seconds} (0: none); returns what was left of the old one. */
    private static synchronized double schedule(double seconds, double interval) {
        double left = remaining();
        if (pendingAlarm != null) pendingAlarm.cancel();
        pendingAlarm = null;
        alarmInterval = interval;
        if (seconds > 0) {
            if (timer == null) timer = new java.util.Timer("pyjit-alarm", true);
            alarmDue = System.nanoTime() + (long) (seconds * 1e9);
            pendingAlarm = new java.util.TimerTask() {
                @Override
                public void run() {
                    fire(interval);
                }
            };
            long delay = Math.max(1, (long) (seconds * 1000));
            if (interval > 0) timer.scheduleAtFixedRate(pendingAlarm, delay, Math.max(1, (long) (interval * 1000)));
            else timer.schedule(pendingAlarm, delay);
        }
        return left;
    }

    private static void fire(double interval) {
        synchronized (SignalModule.class) {
            if (interval > 0) alarmDue = System.nanoTime() + (long) (interval * 1e9);
            else pendingAlarm = null;
        }
        if (org.pyjit.runtime.interpreter.SignalDelivery.post(14)) return; // the main thread runs the handler
        try {
            raise(14);
        } catch (PyException e) {
            Unraisable.report("Exception ignored in the SIGALRM handler", e);
        }
    }
}
