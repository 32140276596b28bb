package org.pyjit.runtime.modules.posix;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.interpreter.SignalDelivery;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.objects.PyTuple;

/**
 * The child processes {@code _posixsubprocess.fork_exec} started, by pid, until {@code os.waitpid}
 * reaps them. The JVM reaps its children itself and reports an exit status, or 128+N for a child
 * killed by signal N; this table turns that back into a POSIX wait status ({@code code << 8}, or N).
 */
final class ChildProcesses {
    private ChildProcesses() {}

    /** What happens once the child ended: output copied by threads is complete, shared file offsets moved. */
    interface AfterExit {
        void run();
    }

    /** A started child (process null: one whose exec failed; it "exits" with status 255 as CPython's child does). */
    record Child(long pid, Process process, List<Thread> pumps, List<AfterExit> afterExit) {}

    private static final Map<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    /** Signals {@code os.kill} sent to each child: a JVM status of 128+N means that signal killed it. */
    private static final Map<Long, Integer> SIGNALLED = new ConcurrentHashMap<>();
    /** Pids for children that never ran (exec failed): above Linux's largest pid, so they name no real process. */
    private static final AtomicLong FAILED_PIDS = new AtomicLong(1L << 23);

    static void add(Child c) {
        CHILDREN.put(c.pid(), c);
    }

    /** A pid for a child whose exec failed, registered so {@code waitpid} reports exit status 255. */
    static long addFailed() {
        long pid = FAILED_PIDS.incrementAndGet();
        CHILDREN.put(pid, new Child(pid, null, List.of(), List.of()));
        return pid;
    }

    static boolean isChild(long pid) {
        return CHILDREN.containsKey(pid);
    }

    static void noteSignal(long pid, int sig) {
        SIGNALLED.put(pid, sig);
    }

    /** {@code os.waitpid(pid, options)}: {@code (pid, status)}, or {@code (0, 0)} under WNOHANG while it runs. */
    static PyTuple waitpid(long pid, int options) {
        boolean noHang = (options & 1) != 0;
        while (true) {
            Child c = pick(pid);
            if (c == null) throw OsErrors.of(10, null); // ECHILD: ChildProcessError
            if (c.process() == null || !c.process().isAlive()) return reap(c);
            if (noHang) return PyTuple.of(0L, 0L);
            Process p = c.process();
            GlobalInterpreterLock.released(() -> {
                try {
                    p.waitFor(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (Thread.interrupted()) throw Errors.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT);
            SignalDelivery.checkPending(); // Ctrl-C runs its handler; the wait goes on (PEP 475)
        }
    }

    /** The child {@code pid} names; for -1 or 0, an ended child if any, else any child. */
    private static Child pick(long pid) {
        if (pid > 0) return CHILDREN.get(pid);
        Child any = null;
        for (Child c : CHILDREN.values()) {
            if (c.process() == null || !c.process().isAlive()) return c;
            any = c;
        }
        return any;
    }

    private static PyTuple reap(Child c) {
        CHILDREN.remove(c.pid());
        Integer sent = SIGNALLED.remove(c.pid());
        if (c.process() == null) return PyTuple.of(c.pid(), 255L << 8);
        GlobalInterpreterLock.released(() -> {
            for (Thread t : c.pumps()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        for (AfterExit a : c.afterExit()) a.run();
        return PyTuple.of(c.pid(), (long) waitStatus(c.process().exitValue(), sent));
    }

    /**
     * The wait status for a JVM exit value. The JVM reports death by signal N as 128+N, which a
     * program's own {@code exit(128+N)} also gives; both read as the signal (as {@code os.system}).
     */
    static int waitStatus(int exitValue, Integer signalSent) {
        if (signalSent != null && exitValue == 128 + signalSent) return signalSent;
        if (exitValue > 128 && exitValue < 160) return exitValue - 128;
        return (exitValue & 0xff) << 8;
    }

    /** {@code os.kill} on a child: the process handle knows whether it is still there. */
    static Process processOf(long pid) {
        Child c = CHILDREN.get(pid);
        return c == null ? null : c.process();
    }
}
