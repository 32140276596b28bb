package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.TYPE;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code isinstance} and {@code issubclass} as CPython's PyObject_IsInstance / IsSubclass: exact
 * type first, tuples and unions, {@code __instancecheck__}/{@code __subclasscheck__} overrides of the
 * metaclass (ABCMeta), then the real check, which also honours a {@code __class__} attribute and
 * classes emulated with {@code __bases__}.
 */
public final class TypeChecks {
    private TypeChecks() {}

    /** {@code isinstance(obj, clsOrTuple)}. */
    public static boolean isInstance(Object inst, Object cls) {
        if (Ops.typeOf(inst) == cls) return true;
        if (cls instanceof PyType ct && ct.type == TYPE) return recursiveIsInstance(inst, ct);
        if (cls instanceof PyUnion u) return anyInstance(inst, u.args);
        if (cls instanceof PyTuple t) return anyInstance(inst, t.items);
        Object checker = Ops.typeOf(cls).lookup("__instancecheck__");
        if (checker != null) {
            if (checker == TypeMethods.INSTANCECHECK && cls instanceof PyType ct) return recursiveIsInstance(inst, ct);
            return Ops.isTrue(Ops.callDescriptor(checker, cls, new Object[] {inst}));
        }
        return recursiveIsInstance(inst, cls);
    }

    private static boolean anyInstance(Object inst, Object[] classes) {
        for (Object c : classes) if (isInstance(inst, c)) return true;
        return false;
    }

    /** {@code issubclass(derived, clsOrTuple)}. */
    public static boolean isSubclass(Object derived, Object cls) {
        if (cls instanceof PyType ct && ct.type == TYPE) {
            if (derived == cls) return true;
            return recursiveIsSubclass(derived, cls);
        }
        if (cls instanceof PyUnion u) return anySubclass(derived, u.args);
        if (cls instanceof PyTuple t) return anySubclass(derived, t.items);
        Object checker = Ops.typeOf(cls).lookup("__subclasscheck__");
        if (checker != null) {
            if (checker == TypeMethods.SUBCLASSCHECK) return recursiveIsSubclass(derived, cls);
            return Ops.isTrue(Ops.callDescriptor(checker, cls, new Object[] {derived}));
        }
        return recursiveIsSubclass(derived, cls);
    }

    private static boolean anySubclass(Object derived, Object[] classes) {
        for (Object c : classes) if (isSubclass(derived, c)) return true;
        return false;
    }

    /** {@code type.__instancecheck__}: the check without overrides. */
    static boolean recursiveIsInstance(Object inst, Object cls) {
        if (cls instanceof PyType ct) {
            PyType t = Ops.typeOf(inst);
            if (t.isSubtypeOf(ct)) return true;
            Object icls = classAttribute(inst, t);
            return icls != t && icls instanceof PyType ic && ic.isSubtypeOf(ct);
        }
        if (!isClassLike(cls)) throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        Object icls = Ops.getAttrOrNull(inst, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** {@code type.__subclasscheck__}: the check without overrides. */
    static boolean recursiveIsSubclass(Object derived, Object cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) return d.isSubtypeOf(c);
        if (!isClassLike(derived)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (!(cls instanceof PyUnion) && !isClassLike(cls)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    /** {@code inst.__class__}, read only when a class or instance could make it differ from the type. */
    private static Object classAttribute(Object inst, PyType t) {
        if (!(inst instanceof PyObject)) return t;
        if (t.lookup("__class__") == ObjectMethods.CLASS_DESCRIPTOR && t.lookup("__getattribute__") == Attributes.objectGetattribute) {
            return t;
        }
        return Ops.getAttrOrNull(inst, "__class__");
    }

    private static boolean isClassLike(Object o) {
        return o instanceof PyType || Ops.getAttrOrNull(o, "__bases__") instanceof PyTuple;
    }

    /** Walks {@code __bases__} as CPython does for objects that only pretend to be classes. */
    private static boolean abstractIsSubclass(Object derived, Object cls) {
        while (true) {
            if (derived == cls) return true;
            if (!(Ops.getAttrOrNull(derived, "__bases__") instanceof PyTuple bases) || bases.items.length == 0) return false;
            if (bases.items.length == 1) {
                derived = bases.items[0];
                continue;
            }
            for (Object b : bases.items) if (abstractIsSubclass(b, cls)) return true;
            return false;
        }
    }
}
