package org.pyjit.runtime.modules.thread;

import java.util.ArrayList;
import java.util.List;

/**
 * The locks {@code _thread._set_sentinel()} hands out: {@code threading} acquires one in each new
 * thread and {@code Thread.join()} waits for it, so it must be released when the thread that asked
 * for it ends — in CPython, when the thread state is deleted; here, when the thread's body returns.
 */
final class ThreadSentinels {
    private ThreadSentinels() {}

    private static final ThreadLocal<List<PyLock>> OF_THREAD = ThreadLocal.withInitial(ArrayList::new);

    static PyLock create() {
        PyLock lock = PyLock.newLock();
        OF_THREAD.get().add(lock);
        return lock;
    }

    /** At the end of a thread: releases its sentinels that are still held. */
    static void releaseAll() {
        for (PyLock lock : OF_THREAD.get()) {
            if (lock.locked()) lock.release();
        }
        OF_THREAD.remove();
    }
}
