package org.pyjit.runtime.modules.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.TypeLayout;

/**
 * {@code _thread.lock} (a binary semaphore: any thread may release it, as in CPython) and
 * {@code _thread.RLock} (owned by the acquiring thread, re-entrant), with
 * {@code acquire(blocking=True, timeout=-1)}.
 */
public final class PyLock extends PyObject {
    public static final PyType LOCK = BuiltinTypes.make("lock", BuiltinTypes.OBJECT);
    public static final PyType RLOCK = BuiltinTypes.make("RLock", BuiltinTypes.OBJECT, t -> new PyLock(t, true));

    private final Semaphore plain;
    private final ReentrantLock reentrant;

    PyLock(PyType type, boolean reentrant) {
        super(type);
        this.plain = reentrant ? null : new Semaphore(1);
        this.reentrant = reentrant ? new ReentrantLock() : null;
    }

    static PyLock newLock() {
        return new PyLock(LOCK, false);
    }

    /** Waits as {@code acquire(blocking, timeout)} does; true when acquired. */
    boolean acquire(boolean blocking, double timeout) {
        if (!blocking && timeout != -1) throw Errors.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.valueError("timeout value must be a non-negative number");
        boolean free = plain != null ? plain.tryAcquire() : reentrant.tryLock();
        if (free || !blocking) return free;
        // a wait: other Python threads run meanwhile (one of them will release this lock); in slices,
        // so that Ctrl-C reaches the main thread's handler while it waits, as in CPython
        long deadline = timeout == -1 ? Long.MAX_VALUE : System.nanoTime() + (long) Math.min(timeout * 1e9, Long.MAX_VALUE / 2);
        while (true) {
            long slice = Math.min(deadline - System.nanoTime(), WAIT_SLICE_NANOS);
            Boolean acquired = GlobalInterpreterLock.released(() -> waitFor(Math.max(0, slice)));
            if (acquired == null) {
                Thread.currentThread().interrupt();
                throw Errors.of(ExceptionTypes.KEYBOARD_INTERRUPT, "");
            }
            if (acquired) return true;
            org.pyjit.runtime.interpreter.SignalDelivery.checkPending();
            if (System.nanoTime() >= deadline) return false;
        }
    }

    private static final long WAIT_SLICE_NANOS = 50_000_000L;

    /** Waits up to {@code nanos} for the lock; null when the thread was interrupted. */
    private Boolean waitFor(long nanos) {
        try {
            return plain != null ? plain.tryAcquire(nanos, TimeUnit.NANOSECONDS) : reentrant.tryLock(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return null;
        }
    }

    void release() {
        if (plain != null) {
            if (plain.availablePermits() > 0) throw Errors.runtimeError("release unlocked lock");
            plain.release();
        } else {
            if (!reentrant.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
            reentrant.unlock();
        }
    }

    boolean locked() {
        return plain != null ? plain.availablePermits() == 0 : reentrant.isLocked();
    }

    private static final ArgParser ACQUIRE = new ArgParser("acquire", new String[] {"blocking", "timeout"}, 0, 2, 0);

    static void install() {
        TypeLayout.markWeakrefable(LOCK, RLOCK);
        for (PyType t : new PyType[] {LOCK, RLOCK}) {
            t.namespace.putStr("__module__", "_thread");
            PyMethodDescriptor acquire = new PyMethodDescriptor(t, "acquire", (a, kw) -> {
                Object[] p = ACQUIRE.parse(a, kw, 1);
                boolean blocking = p[0] == null || Ops.isTrue(p[0]);
                double timeout = p[1] == null ? -1 : org.pyjit.runtime.modules.MathArgs.toDouble(p[1]);
                return ((PyLock) a[0]).acquire(blocking, timeout);
            });
            t.namespace.putStr("acquire", acquire);
            method(t, "release", 0, 0, a -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            });
            method(t, "__enter__", 0, 0, a -> ((PyLock) a[0]).acquire(true, -1));
            method(t, "__exit__", 0, -1, a -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            });
            method(t, "_at_fork_reinit", 0, 0, a -> PyNone.NONE);
            method(t, "__repr__", 0, 0, a -> ((PyLock) a[0]).repr());
        }
        LOCK.namespace.putStr("acquire_lock", LOCK.namespace.getStr("acquire"));
        LOCK.namespace.putStr("release_lock", LOCK.namespace.getStr("release"));
        method(LOCK, "locked", 0, 0, a -> ((PyLock) a[0]).locked());
        LOCK.namespace.putStr("locked_lock", LOCK.namespace.getStr("locked"));
        RLOCK.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> new PyLock((PyType) a[0], true)));
        method(RLOCK, "_is_owned", 0, 0, a -> ((PyLock) a[0]).reentrant.isHeldByCurrentThread());
        method(RLOCK, "_recursion_count", 0, 0, a -> {
            ReentrantLock l = ((PyLock) a[0]).reentrant;
            return (long) (l.isHeldByCurrentThread() ? l.getHoldCount() : 0);
        });
        method(RLOCK, "_release_save", 0, 0, a -> {
            ReentrantLock l = ((PyLock) a[0]).reentrant;
            if (!l.isHeldByCurrentThread()) throw Errors.runtimeError("cannot release un-acquired lock");
            long count = l.getHoldCount();
            for (int i = 0; i < count; i++) l.unlock();
            return PyTuple.of(count, ThreadModule.ident());
        });
        method(RLOCK, "_acquire_restore", 1, 1, a -> {
            PyLock lock = (PyLock) a[0];
            long count = Ops.index(((PyTuple) a[1]).items[0]);
            for (long i = 0; i < count; i++) lock.acquire(true, -1);
            return PyNone.NONE;
        });
    }

    private String repr() {
        String state = locked() ? "locked" : "unlocked";
        String addr = "0x" + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(this));
        if (reentrant == null) return "<" + state + " _thread.lock object at " + addr + ">";
        Thread owner = null;
        long count = reentrant.isHeldByCurrentThread() ? reentrant.getHoldCount() : 0;
        long ownerId = reentrant.isHeldByCurrentThread() ? ThreadModule.ident() : 0;
        return "<" + state + " _thread.RLock object owner=" + ownerId + " count=" + count + " at " + addr + ">";
    }

    private static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
