package org.pyjit.runtime.objects;

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
    private static final WeakIdentityMap<Long> ids = new WeakIdentityMap<>();

    /** {@code id(o)}. */
    public static long id(Object o) {
        if (o instanceof Boolean b) return SMALL_BASE + (b ? 0x10 : 0x20);
        if (o instanceof Long l && l >= -5 && l <= 256) return SMALL_BASE + 0x1000 + (l + 5) * 0x20;
        return ids.computeIfAbsent(o, k -> next.getAndAdd(16));
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
}
