package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A {@code super} object: attribute lookup along the MRO of {@link #objType} starting after
 * {@link #thisType}, binding what it finds to {@link #obj}. The lookup itself is in
 * {@code types.SuperSupport}.
 */
public final class PySuper extends PyObject {
    /** The class named in {@code super(C, obj)} (for zero-argument super: the {@code __class__} cell). */
    public PyType thisType;
    /** The receiver, or null for an unbound {@code super(C)}. */
    public Object obj;
    /** {@code obj} itself when it is a subclass of thisType, else its type; null when unbound. */
    public PyType objType;

    public PySuper(PyType type) {
        super(type);
    }
}
