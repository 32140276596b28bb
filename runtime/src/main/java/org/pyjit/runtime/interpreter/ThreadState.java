package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.state.RecursionLimit;

/** Per-thread interpreter state: the frame stack depth, the top frame and the exception being handled. */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::register);
    /** Every thread's state while the thread lives (faulthandler dumps them all); ended threads are dropped when listed. */
    private static final java.util.Map<Thread, ThreadState> LIVE = new java.util.concurrent.ConcurrentHashMap<>();

    private static ThreadState register() {
        ThreadState s = new ThreadState();
        LIVE.put(s.owner, s);
        return s;
    }

    /** The states of the live threads that have run Python code. */
    public static java.util.List<ThreadState> live() {
        LIVE.keySet().removeIf(t -> !t.isAlive());
        return java.util.List.copyOf(LIVE.values());
    }

    /** The thread this state belongs to. */
    public Thread owner() {
        return owner;
    }
    /** The state last looked up: a one-entry cache in front of the thread-local (most programs have one thread). */
    private static ThreadState last;

    /** The thread this state belongs to. */
    private final Thread owner = Thread.currentThread();
    public int depth;
    public Frame top;
    /** The exception an {@code except}/{@code finally} block is handling ({@code sys.exc_info()}), or null. */
    public PyBaseException handled;
    /** {@code sys.settrace} and {@code sys.setprofile} functions of this thread, or null. */
    Object traceFunc, profileFunc;
    /** True while a trace or profile function runs (it is not traced itself). */
    boolean inTraceCall;

    public static ThreadState current() {
        ThreadState s = last; // a racy read is fine: a state from another thread fails the owner check
        if (s != null && s.owner == Thread.currentThread()) return s;
        s = CURRENT.get();
        last = s;
        return s;
    }

    /** {@code sys.getrecursionlimit()}: one value for all threads, as in CPython. */
    public static int recursionLimit() {
        return RecursionLimit.get();
    }

    public static void setRecursionLimit(int limit) {
        RecursionLimit.set(limit);
    }
}
