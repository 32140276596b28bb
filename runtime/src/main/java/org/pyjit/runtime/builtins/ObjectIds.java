package org.pyjit.runtime.builtins;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id(obj)}: a number that stays the same for an object while it lives and differs from
 * every other live object's. The JVM moves objects, so ids are handed out from a counter and
 * remembered in a weak identity map (an object no longer referenced drops its entry).
 *
 * <p>The objects helper's {@code ObjectIdentity.id} may replace this; {@code id()} calls only
 * {@link #id}.
 */
public final class ObjectIds {
    private ObjectIds() {}

    /** Ids look like CPython's addresses: aligned, in a plausible range, never reused. */
    private static final long BASE = 0x7f0000000000L;
    private static final long STEP = 16;

    private static final HashMap<IdentityKey, Long> IDS = new HashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static long next = BASE;

    /** The id of {@code o}. */
    public static synchronized long id(Object o) {
        expunge();
        IdentityKey probe = new IdentityKey(o, null);
        Long id = IDS.get(probe);
        if (id != null) return id;
        long v = next;
        next += STEP;
        IDS.put(new IdentityKey(o, QUEUE), v);
        return v;
    }

    private static void expunge() {
        for (Object r = QUEUE.poll(); r != null; r = QUEUE.poll()) IDS.remove(r);
    }

    /** A weak reference compared by the identity of its referent (or by itself once cleared). */
    private static final class IdentityKey extends WeakReference<Object> {
        private final int hash;

        IdentityKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof IdentityKey k)) return false;
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }
}
