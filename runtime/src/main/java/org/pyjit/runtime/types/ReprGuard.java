package org.pyjit.runtime.types;

import java.util.IdentityHashMap;

/**
 * CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}: the containers whose repr is being built on
 * this thread, so a container that contains itself prints {@code [...]} instead of recursing.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Marks {@code o} as being printed; false when it already is (the caller prints the placeholder). */
    public static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    /** Ends a successful {@link #enter}. */
    public static void leave(Object o) {
        ACTIVE.get().remove(o);
    }
}
