package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code isinstance} and {@code issubclass} as CPython's {@code PyObject_IsInstance} and
 * {@code PyObject_IsSubclass}: tuples (nested) of classes, {@code __instancecheck__} and
 * {@code __subclasscheck__} on the metaclass (ABCs), and the {@code __class__} / {@code __bases__}
 * protocol for objects that only pretend to be classes.
 *
 * <p>The objects helper's {@code TypeChecks} may take this over: everything goes through
 * {@link #isInstance} and {@link #isSubclass}.
 */
public final class InstanceChecks {
    private InstanceChecks() {}

    /** {@code isinstance(obj, cls)}. */
    public static boolean isInstance(Object obj, Object cls) {
        PyType t = Ops.typeOf(obj);
        if (t == cls) return true;
        if (cls instanceof PyType c && c.type == BuiltinTypes.TYPE) return plainIsInstance(obj, t, c);
        if (cls instanceof PyTuple tuple && tuple.type.isSubtypeOf(BuiltinTypes.TUPLE)) {
            for (Object item : tuple.items) {
                if (isInstance(obj, item)) return true;
            }
            return false;
        }
        Object check = Ops.typeOf(cls).lookup("__instancecheck__");
        if (check != null && !isTypeDefault(check)) return Ops.isTrue(Ops.callDescriptor(check, cls, new Object[] {obj}));
        if (cls instanceof PyType c) return plainIsInstance(obj, t, c);
        if (Ops.getAttrOrNull(cls, "__bases__") instanceof PyTuple) {
            Object objClass = Ops.getAttrOrNull(obj, "__class__");
            return objClass != null && abstractIsSubclass(objClass, cls);
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(derived, cls)}. */
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType c && c.type == BuiltinTypes.TYPE && derived instanceof PyType d) return d.isSubtypeOf(c);
        if (cls instanceof PyTuple tuple && tuple.type.isSubtypeOf(BuiltinTypes.TUPLE)) {
            for (Object item : tuple.items) {
                if (isSubclass(derived, item)) return true;
            }
            return false;
        }
        Object check = Ops.typeOf(cls).lookup("__subclasscheck__");
        if (check != null && !isTypeDefault(check)) return Ops.isTrue(Ops.callDescriptor(check, cls, new Object[] {derived}));
        if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtypeOf(c);
        if (!isClassLike(derived)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (!isClassLike(cls)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /**
     * The plain check for a class: the type's MRO, then the instance's {@code __class__} when a
     * program class overrides it (proxies do).
     */
    private static boolean plainIsInstance(Object obj, PyType t, PyType cls) {
        if (t.isSubtypeOf(cls)) return true;
        if (t.builtin || !(obj instanceof PyObject)) return false;
        Object c = Ops.getAttrOrNull(obj, "__class__");
        return c != t && c instanceof PyType ct && ct.isSubtypeOf(cls);
    }

    /** {@code type.__instancecheck__}/{@code __subclasscheck__} give the plain answer: skip the call. */
    private static boolean isTypeDefault(Object method) {
        return BuiltinTypes.TYPE.namespace.getStr("__instancecheck__") == method
                || BuiltinTypes.TYPE.namespace.getStr("__subclasscheck__") == method;
    }

    private static boolean isClassLike(Object o) {
        return o instanceof PyType || Ops.getAttrOrNull(o, "__bases__") instanceof PyTuple;
    }

    /** Walks {@code __bases__} for objects that are not real classes. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        while (true) {
            if (derived == cls) return true;
            if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtypeOf(c);
            if (!(Ops.getAttrOrNull(derived, "__bases__") instanceof PyTuple bases)) return false;
            int n = bases.items.length;
            if (n == 0) return false;
            if (n == 1) { // avoid recursion in the single-inheritance case
                derived = bases.items[0];
                continue;
            }
            for (Object b : bases.items) {
                if (abstractIsSubclass(b, cls)) return true;
            }
            return false;
        }
    }
}
