package org.pyjit.runtime.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python object identity: {@code id(x)}, the address in default reprs ({@code <A object at 0x7f…>})
 * and the identity-based default hash. The JVM moves objects, so ids are handed out from a counter
 * the first time an object is asked for one and kept in a weak identity map: an id is stable for the
 * object's lifetime and never shared by two live objects. Ids look like CPython's 64-bit addresses
 * (16-byte aligned, {@code 0x7f…}), so {@code hash(o) == id(o) >> 4} holds as in CPython.
 */
public final class ObjectIdentity {
    private ObjectIdentity() {}

    /** First id handed out; CPython's heap addresses on Linux look like this. */
    private static final long BASE = 0x7f3a00000000L;
    /** Ids of the cached small ints and the bools, which CPython shares (so {@code is} and {@code id} agree). */
    private static final long SMALL_BASE = 0x7f39ff000000L;

    private static final AtomicLong next = new AtomicLong(BASE);
    private static final ConcurrentHashMap<Object, Long> ids = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** {@code id(o)}. */
    public static long id(Object o) {
        if (o instanceof Boolean b) return SMALL_BASE + (b ? 0x10 : 0x20);
        if (o instanceof Long l && l >= -5 && l <= 256) return SMALL_BASE + 0x1000 + (l + 5) * 0x20;
        expunge();
        Long id = ids.get(new Probe(o));
        if (id != null) return id;
        return ids.computeIfAbsent(new Key(o, collected), k -> next.getAndAdd(16));
    }

    /** The default {@code object.__hash__}: the id rotated right by 4 bits, as CPython's pointer hash. */
    public static long hash(Object o) {
        long h = Long.rotateRight(id(o), 4);
        return h == -1 ? -2 : h;
    }

    /** {@code 0x…} as {@code %p} prints the object's address. */
    public static String address(Object o) {
        return "0x" + Long.toHexString(id(o));
    }

    private static void expunge() {
        for (Object r; (r = collected.poll()) != null; ) ids.remove(r);
    }

    /** The map's key: weak, compared by referent identity. */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object referent, ReferenceQueue<Object> q) {
            super(referent, q);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) return true;
            Object mine = get();
            return mine != null && other instanceof Key k && k.get() == mine;
        }
    }

    /** A lookup key that matches the {@link Key} of the same referent without allocating a reference. */
    private static final class Probe {
        final Object referent;

        Probe(Object referent) {
            this.referent = referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.get() == referent;
        }
    }
}
