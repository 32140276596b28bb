package org.pyjit.runtime.interpreter;

import java.util.concurrent.locks.LockSupport;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;

/**
 * Ctrl-C for Python programs: the operating system's SIGINT is noted on the JVM's signal thread,
 * and the main Python thread runs the Python handler at its next check point (the same loop
 * back-edges and calls where it yields the global lock), as CPython runs handlers between
 * bytecodes. The default handler raises {@code KeyboardInterrupt}; an uncaught one ends the program
 * with status 130, as CPython's does. A second Ctrl-C while the first is still undelivered (the main
 * thread is inside native code or a long builtin) ends the process at once.
 *
 * <p>The main thread is never {@link Thread#interrupt interrupted}: that would close the file
 * channels it is blocked on. Waits that should end on Ctrl-C ({@code time.sleep}, lock waits) park
 * in {@link #sleepNanos} and are woken with {@link LockSupport#unpark}.
 */
public final class SignalDelivery {
    private SignalDelivery() {}

    private static final int SIGINT = 2;
    private static volatile boolean pending;
    private static volatile Thread mainThread;
    /** Bit n set: signal n arrived and its handler has not run yet. */
    private static final java.util.concurrent.atomic.AtomicLong ARRIVED = new java.util.concurrent.atomic.AtomicLong();

    /** Handles SIGINT for a program whose main Python thread is {@code main} (the command line's run). */
    public static void install(Thread main) {
        mainThread = main;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> deliver());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM keeps its own handling (exit on Ctrl-C)
        }
    }

    private static void deliver() {
        if ((ARRIVED.get() & 1L << SIGINT) != 0) {
            Runtime.getRuntime().halt(128 + SIGINT); // the first one was never delivered
        }
        arrive(SIGINT);
    }

    private static void arrive(int signum) {
        ARRIVED.getAndUpdate(v -> v | 1L << signum);
        pending = true;
        GlobalInterpreterLock.requestSwitch();
        Thread main = mainThread;
        if (main != null) LockSupport.unpark(main);
    }

    /**
     * Queues signal {@code signum} (a timer's SIGALRM) for the main thread, whose next check point
     * runs its handler, so the handler's exception interrupts what the main thread does, as in
     * CPython; false when no program's main thread is running (the caller runs the handler itself).
     */
    public static boolean post(int signum) {
        Thread main = mainThread;
        if (main == null || !main.isAlive()) return false;
        arrive(signum);
        return true;
    }

    /** Whether a signal waits for the main thread. */
    public static boolean pending() {
        return pending;
    }

    /** At a check point: on the main thread, runs the handlers of the signals that arrived. */
    static void runHandlers() {
        if (Thread.currentThread() != mainThread) {
            GlobalInterpreterLock.requestSwitch(); // leave it to the main thread
            return;
        }
        long bits = ARRIVED.get();
        int signum = bits == 0 ? SIGINT : Long.numberOfTrailingZeros(bits);
        long rest = ARRIVED.updateAndGet(v -> v & ~(1L << signum));
        pending = rest != 0; // one handler per check point; the others at the next ones
        if (pending) GlobalInterpreterLock.requestSwitch();
        if (signum != SIGINT) {
            org.pyjit.runtime.modules.SignalModule.runHandler(signum);
            return;
        }
        Object handler = org.pyjit.runtime.modules.SignalModule.handlerFor(SIGINT);
        if (handler == null) throw Errors.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT); // signal module not loaded
        if (handler instanceof Long action) {
            if (action == 1) return; // SIG_IGN
            Runtime.getRuntime().halt(128 + SIGINT); // SIG_DFL: the process dies of the signal
        }
        org.pyjit.runtime.ops.Ops.call(handler, (long) SIGINT, org.pyjit.runtime.objects.PyNone.NONE);
    }

    /** Runs the pending handlers when this is the main thread (between two steps of a long wait). */
    public static void checkPending() {
        if (pending && Thread.currentThread() == mainThread) runHandlers();
    }

    /**
     * Sleeps {@code nanos} with the global lock released; a signal for this thread runs its handler
     * (which may raise) and the sleep goes on for the time left, as CPython's does (PEP 475).
     */
    public static void sleepNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return;
            GlobalInterpreterLock.released(() -> LockSupport.parkNanos(left));
            if (pending && Thread.currentThread() == mainThread) runHandlers();
        }
    }
}
