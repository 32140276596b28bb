package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.state.FrameHooks;

/**
 * The builtins that look at objects: isinstance, issubclass, id, hash, callable, getattr,
 * setattr, hasattr, delattr, vars, dir.
 */
public final class ReflectionBuiltins {
    private ReflectionBuiltins() {}

    static void install(PyDict ns) {
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("isinstance", "builtins", 2, 2,
                a -> InstanceChecks.isInstance(a[0], a[1])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("issubclass", "builtins", 2, 2,
                a -> InstanceChecks.isSubclass(a[0], a[1])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("id", "builtins", 1, 1, a -> ObjectIds.id(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("hash", "builtins", 1, 1, a -> Ops.hash(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("callable", "builtins", 1, 1, a -> callable(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("getattr", "builtins", 2, 3,
                a -> getattr(a[0], a[1], a.length > 2 ? a[2] : null)));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("setattr", "builtins", 3, 3, a -> {
            Ops.setAttr(a[0], Kw.attributeName(a[1]), a[2]);
            return PyNone.NONE;
        }));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("hasattr", "builtins", 2, 2, a -> hasattr(a[0], a[1])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("delattr", "builtins", 2, 2, a -> {
            Ops.delAttr(a[0], Kw.attributeName(a[1]));
            return PyNone.NONE;
        }));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("vars", "builtins", 0, 1,
                a -> a.length == 0 ? FrameHooks.callerLocals() : vars(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("dir", "builtins", 0, 1,
                a -> a.length == 0 ? DirListing.ofLocals(FrameHooks.callerLocals()) : DirListing.of(a[0])));
    }

    public static boolean callable(Object o) {
        return o instanceof PyType || Ops.isCallable(o);
    }

    /** {@code getattr(o, name[, default])}; dflt null means no default. */
    public static Object getattr(Object o, Object name, Object dflt) {
        String n = Kw.attributeName(name);
        if (dflt == null) return Ops.getAttr(o, n);
        try {
            return Ops.getAttr(o, n);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) return dflt;
            throw e;
        }
    }

    public static boolean hasattr(Object o, Object name) {
        String n = Kw.attributeName(name);
        try {
            Ops.getAttr(o, n);
            return true;
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) return false;
            throw e;
        }
    }

    /** {@code vars(o)}: its {@code __dict__}. */
    public static Object vars(Object o) {
        Object d = Ops.getAttrOrNull(o, "__dict__");
        if (d != null) return d;
        // until every type exposes __dict__ as an attribute, read it from the object directly
        if (o instanceof PyObject p && (p.dict != null || p.type.instancesHaveDict) && !(o instanceof PyType)) {
            return p.materializeDict();
        }
        throw Errors.typeError("vars() argument must have __dict__ attribute");
    }
}
