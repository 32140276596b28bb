package org.pyjit.runtime.objects;

/**
 * Base of every Python value that is not one of the JVM's own scalar types
 * ({@code Long}, {@code BigInteger}, {@code Double}, {@code Boolean}, {@code String}).
 *
 * <p>Carries its Python type and, for instances that have a {@code __dict__}, their attributes:
 * in {@link Shape}-described slots while the attribute set only grows (so inline caches can guard
 * on the shape), or in a real {@link PyDict} once the program asks for {@code __dict__} or deletes
 * an attribute.
 */
public class PyObject {
    /** The Python type; mutable only through {@code __class__} assignment. */
    public PyType type;
    /** Attribute layout while in slot mode; null when the object has no attributes or is in dict mode. */
    public Shape shape;
    /** Attribute values in slot mode, indexed by {@link Shape#indexOf}. */
    public Object[] slots;
    /** The attribute dictionary once materialized; when non-null it is authoritative. */
    public PyDict dict;

    public PyObject(PyType type) {
        this.type = type;
    }

    /** Whether instances of this object's type carry a {@code __dict__}. */
    public final boolean hasInstanceDict() {
        return type.instancesHaveDict;
    }

    /** The value of instance attribute {@code name}, or null when absent. */
    public final Object getInstanceAttr(String name) {
        if (dict != null) return dict.getStr(name);
        if (shape == null) return null;
        int i = shape.indexOf(name);
        return i < 0 ? null : slots[i];
    }

    /** Sets instance attribute {@code name}; the caller has checked that the object has a dict. */
    public final void setInstanceAttr(String name, Object value) {
        if (dict != null) {
            dict.putStr(name, value);
            return;
        }
        Shape s = shape == null ? Shape.EMPTY : shape;
        int i = s.indexOf(name);
        if (i >= 0) {
            slots[i] = value;
            return;
        }
        Shape next = s.withAttribute(name);
        if (next == null) { // too many attributes for shapes: switch to dict mode
            materializeDict().putStr(name, value);
            return;
        }
        if (slots == null) slots = new Object[4];
        else if (slots.length <= next.size() - 1) slots = java.util.Arrays.copyOf(slots, slots.length * 2);
        slots[next.size() - 1] = value;
        shape = next;
    }

    /** Removes instance attribute {@code name}; returns false when it was absent. */
    public final boolean deleteInstanceAttr(String name) {
        if (dict == null && (shape == null || shape.indexOf(name) < 0)) return false;
        return materializeDict().removeStr(name);
    }

    /** Switches to dict mode (idempotent) and returns the attribute dictionary. */
    public final PyDict materializeDict() {
        if (dict == null) {
            PyDict d = new PyDict();
            if (shape != null) {
                String[] names = shape.names();
                for (int i = 0; i < names.length; i++) d.putStr(names[i], slots[i]);
            }
            dict = d;
            shape = null;
            slots = null;
        }
        return dict;
    }
}
