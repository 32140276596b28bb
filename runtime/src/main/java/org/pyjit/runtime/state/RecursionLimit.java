package org.pyjit.runtime.state;

import java.util.function.IntSupplier;

/**
 * The recursion limit of {@code sys.getrecursionlimit()}/{@code sys.setrecursionlimit()}: one
 * value for the process, which the interpreter reads on every call to decide when to raise
 * {@code RecursionError}.
 */
public final class RecursionLimit {
    private RecursionLimit() {}

    /** CPython's default. */
    public static final int DEFAULT = 1000;

    private static volatile int limit = DEFAULT;
    /** The current thread's Python call depth; the interpreter installs its own. */
    private static volatile IntSupplier depth = () -> 0;

    public static int get() {
        return limit;
    }

    /** Sets the limit; validation (>= 1, above the current depth) is {@code sys}'s job. */
    public static void set(int newLimit) {
        limit = newLimit;
    }

    /** The interpreter's current call depth, for {@code setrecursionlimit}'s "limit is too low" check. */
    public static int currentDepth() {
        return depth.getAsInt();
    }

    /** Hook for the interpreter: how to read the current thread's call depth. */
    public static void setDepthSupplier(IntSupplier supplier) {
        depth = supplier;
    }
}
