package org.pyjit.runtime.objects;

/**
 * An instance of a class with {@code __slots__} whose layout comes from {@code object}: the slot
 * values live in an array of their own, at indices fixed by the class layout, so they are never
 * part of the instance {@code __dict__} (which a subclass may add), as in CPython. Null = unset.
 */
public final class PySlottedObject extends PyObject {
    public final Object[] slotValues;

    public PySlottedObject(PyType type, int slotCount) {
        super(type);
        this.slotValues = new Object[slotCount];
    }
}
