package org.pyjit.runtime.types;

import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;

/**
 * What calling a class does when it keeps {@code object.__new__}, for inline caches that
 * instantiate a class without going through {@code type.__call__}'s lookups.
 */
public final class InstanceCreation {
    private InstanceCreation() {}

    /** True when {@code cls.__new__} is {@code object.__new__} and cls cannot be abstract. */
    public static boolean hasPlainNew(PyType cls) {
        if (cls.lookup("__new__") != ObjectMethods.OBJECT_NEW) return false;
        Object am = cls.namespace.getStr("__abstractmethods__");
        return am == null || am instanceof PyGetSetDescriptor;
    }

    /** True for {@code object.__init__}. */
    public static boolean isObjectInit(Object init) {
        return init == ObjectMethods.OBJECT_INIT;
    }

    /**
     * True when {@code cls(args)} needs no {@code __init__} call beyond object's, which then
     * accepts any arguments: cls overrides {@code __new__} and keeps {@code object.__init__}
     * (ints, strs, tuples, ranges …).
     */
    public static boolean initIsNoOp(PyType cls) {
        return cls.lookup("__init__") == ObjectMethods.OBJECT_INIT && cls.lookup("__new__") != ObjectMethods.OBJECT_NEW;
    }

    /** {@code object.__new__(cls)} for a class {@link #hasPlainNew} accepted. */
    public static PyObject newInstance(PyType cls) {
        return ObjectMethods.newInstance(cls);
    }
}
