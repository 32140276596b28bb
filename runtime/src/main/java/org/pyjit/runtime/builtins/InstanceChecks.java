package org.pyjit.runtime.builtins;

import org.pyjit.runtime.types.TypeChecks;

/**
 * {@code isinstance} and {@code issubclass} as CPython's {@code PyObject_IsInstance} and
 * {@code PyObject_IsSubclass}; the implementation (tuples, unions, {@code __instancecheck__} /
 * {@code __subclasscheck__} overrides, {@code __class__} and {@code __bases__} emulation) is
 * {@link TypeChecks}, shared with the rest of the runtime.
 */
public final class InstanceChecks {
    private InstanceChecks() {}

    /** {@code isinstance(obj, cls)}. */
    public static boolean isInstance(Object obj, Object cls) {
        return TypeChecks.isInstance(obj, cls);
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(Object derived, Object cls) {
        return TypeChecks.isSubclass(derived, cls);
    }
}
