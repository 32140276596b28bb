package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.PyBaseException;

/** Per-thread interpreter state: the frame stack depth, the top frame and the exception being handled. */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::new);
    /** {@code sys.getrecursionlimit()}: shared by all threads, as in CPython. */
    private static volatile int recursionLimit = 1000;

    public int depth;
    public Frame top;
    /** The exception an {@code except}/{@code finally} block is handling ({@code sys.exc_info()}), or null. */
    public PyBaseException handled;

    public static ThreadState current() {
        return CURRENT.get();
    }

    public static int recursionLimit() {
        return recursionLimit;
    }

    public static void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }
}
