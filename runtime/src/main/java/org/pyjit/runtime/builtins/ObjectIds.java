package org.pyjit.runtime.builtins;

import org.pyjit.runtime.objects.ObjectIdentity;

/**
 * {@code id(obj)}: a number that stays the same for an object while it lives and differs from
 * every other live object's. Delegates to {@link ObjectIdentity}, which also gives the addresses in
 * default reprs ({@code <A object at 0x7f…>}) and the identity hash, so all three agree as in CPython.
 */
public final class ObjectIds {
    private ObjectIds() {}

    /** The id of {@code o}. */
    public static long id(Object o) {
        return ObjectIdentity.id(o);
    }
}
