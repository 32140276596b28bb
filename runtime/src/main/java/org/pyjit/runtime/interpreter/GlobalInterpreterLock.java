package org.pyjit.runtime.interpreter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The global interpreter lock: one thread runs Python code at a time, as in CPython and Pyston.
 *
 * <p>Why pyjit has one: the library and programs rely on CPython's guarantee that a single
 * operation on a builtin container ({@code list.append}, {@code dict[k] = v}, {@code deque.popleft})
 * is atomic — {@code queue}, {@code threading}, {@code concurrent.futures} and {@code logging} do —
 * and pyjit's containers are plain unsynchronized arrays and tables, fastest for the
 * single-threaded programs that are the common case. Locking every container operation would cost
 * every program; one lock costs nothing until a second thread starts.
 *
 * <p>The lock is off until {@code _thread.start_new_thread} first runs ({@link #enable}); from then
 * on every thread running Python code holds it. A thread that waits longer than the switch interval
 * asks the holder to let go ({@link #switchRequested}); the interpreter and the baseline tier check
 * that flag at loop back-edges and function entries and call {@link #yieldToWaiters}. Blocking
 * operations (sleep, lock waits, reads of pipes and terminals, waiting for a child process) run in
 * {@link #released} so the other threads go on meanwhile. The same check points deliver Ctrl-C
 * ({@link SignalDelivery}). Native (LLVM) code runs only
 * numeric loops and holds the lock throughout, like a C extension that does not release it.
 */
public final class GlobalInterpreterLock {
    private GlobalInterpreterLock() {}

    /** CPython's default {@code sys.getswitchinterval()}: 5 ms. */
    private static volatile long switchIntervalNanos = 5_000_000L;

    private static final ReentrantLock LOCK = new ReentrantLock(true);

    /** True once a second thread may run Python code; read on every check point. */
    private static volatile boolean enabled;

    /** Set by a waiting thread; the holder lets go at its next check point. */
    public static volatile boolean switchRequested;

    /** Told when {@link #requestSwitch} is called: native code, which has no check points, leaves for one. */
    private static volatile Runnable switchListener;

    /** Registers what {@link #requestSwitch} also does (the native tier's interrupt). */
    public static void onSwitchRequest(Runnable listener) {
        switchListener = listener;
    }

    /** Asks the thread running Python code to stop at its next check point. */
    public static void requestSwitch() {
        switchRequested = true;
        Runnable l = switchListener;
        if (l != null) l.run();
    }

    /** Whether threads have started, so the lock is in force. */
    public static boolean enabled() {
        return enabled;
    }

    /**
     * Turns the lock on; the calling thread (about to start the first other thread) takes it.
     * Called with no Python thread running in parallel, so no other thread can hold it yet.
     */
    public static synchronized void enable() {
        if (enabled) return;
        LOCK.lock();
        enabled = true;
    }

    /** Takes the lock for a thread that starts running Python code. */
    public static void acquire() {
        if (!enabled || LOCK.isHeldByCurrentThread()) return;
        try {
            while (!LOCK.tryLock(switchIntervalNanos, TimeUnit.NANOSECONDS)) {
                requestSwitch();
            }
        } catch (InterruptedException e) {
            // not cancellable: a Python thread must own the lock before it touches any object
            LOCK.lock();
            Thread.currentThread().interrupt();
        }
    }

    /** Lets go of the lock for a thread that stops running Python code (its end). */
    public static void release() {
        if (LOCK.isHeldByCurrentThread()) {
            LOCK.unlock();
        }
    }

    /** At a check point, when {@link #switchRequested}: hands the lock to the threads waiting for it. */
    public static void yieldToWaiters() {
        if (SignalDelivery.pending()) {
            switchRequested = false;
            SignalDelivery.runHandlers(); // may raise KeyboardInterrupt here, between two instructions
        }
        if (!LOCK.isHeldByCurrentThread()) {
            if (!SignalDelivery.pending()) switchRequested = false;
            return;
        }
        switchRequested = false;
        if (!LOCK.hasQueuedThreads()) return;
        LOCK.unlock();
        acquire(); // the lock is fair: the waiters queued before this thread go first
    }

    /** Runs a blocking operation with the lock released, so other Python threads run meanwhile. */
    public static <T> T released(Supplier<T> blocking) {
        if (!enabled || !LOCK.isHeldByCurrentThread()) return blocking.get();
        LOCK.unlock();
        try {
            return blocking.get();
        } finally {
            acquire();
        }
    }

    /** {@link #released(Supplier)} for an operation without a result. */
    public static void released(Runnable blocking) {
        released(() -> {
            blocking.run();
            return null;
        });
    }

    /** {@code sys.getswitchinterval()}, in seconds. */
    public static double switchInterval() {
        return switchIntervalNanos / 1e9;
    }

    /** {@code sys.setswitchinterval(seconds)}. */
    public static void setSwitchInterval(double seconds) {
        switchIntervalNanos = Math.max(1_000L, (long) (seconds * 1e9));
    }
}
