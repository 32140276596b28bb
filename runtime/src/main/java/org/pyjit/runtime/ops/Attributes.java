package org.pyjit.runtime.ops;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Attribute access: CPython's generic {@code object.__getattribute__}, {@code type.__getattribute__}
 * and module lookup, with descriptors (functions, properties, getset descriptors,
 * static/class methods, objects with {@code __get__}/{@code __set__}) and {@code __getattr__}.
 */
public final class Attributes {
    private Attributes() {}

    /** Set by the object type's installer: the builtin {@code object.__getattribute__}. */
    public static volatile Object objectGetattribute;
    /** Set by the object type's installer: the builtin {@code object.__setattr__}. */
    public static volatile Object objectSetattr;
    /** Set by the object type's installer: the builtin {@code object.__delattr__}. */
    public static volatile Object objectDelattr;
    /** Set by the type installer: the builtin {@code type.__getattribute__} (generic lookup for classes). */
    public static volatile Object typeGetattribute;
    /** Set by the type installer: the builtin {@code type.__setattr__}. */
    public static volatile Object typeSetattr;
    /** Set by the type installer: the builtin {@code type.__delattr__}. */
    public static volatile Object typeDelattr;

    public static Object get(Object o, String name) {
        PyType t = Ops.typeOf(o);
        Object ga = t.lookup("__getattribute__");
        Object r;
        // builtin types that define their own __getattribute__ (super, module, method) are honoured too
        if (ga == null || ga == objectGetattribute || ga == typeGetattribute) {
            try {
                r = genericGetOrNull(o, t, name);
            } catch (PyException e) { // a descriptor raised AttributeError: __getattr__ gets its chance
                if (!e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                Object gattr = t.lookup("__getattr__");
                if (gattr == null) throw e;
                return Ops.callDescriptor(gattr, o, new Object[] {name});
            }
            if (r != null) return r;
        } else {
            try {
                return Ops.callDescriptor(ga, o, new Object[] {name});
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) throw e;
                Object gattr = t.lookup("__getattr__");
                if (gattr == null) throw e;
                return Ops.callDescriptor(gattr, o, new Object[] {name});
            }
        }
        Object gattr = t.lookup("__getattr__");
        if (gattr != null) return Ops.callDescriptor(gattr, o, new Object[] {name});
        throw missing(o, name);
    }

    public static Object getOrNull(Object o, String name) {
        try {
            return get(o, name);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    static PyException missing(Object o, String name) {
        if (o instanceof PyModule m) {
            return Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'", o, name);
        }
        if (o instanceof PyType t) {
            return Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'", o, name);
        }
        return Errors.noAttribute(o, name);
    }

    /** {@code object.__getattribute__} without {@code __getattr__}: the value or null when absent. */
    public static Object genericGetOrNull(Object o, PyType t, String name) {
        if (o instanceof PyType cls) return typeGetOrNull(cls, t, name);
        Object descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) return bindDescriptor(descr, o, t);
        if (o instanceof PyObject p) {
            Object v = p.getInstanceAttr(name);
            if (v != null) return v;
        }
        if (descr != null) return bindDescriptor(descr, o, t);
        return null;
    }

    /** {@code type.__getattribute__}: metatype data descriptors, then the MRO, then metatype attributes. */
    private static Object typeGetOrNull(PyType cls, PyType meta, String name) {
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) return bindDescriptor(metaAttr, cls, meta);
        Object attr = cls.lookup(name);
        if (attr != null) return bindToClass(attr, cls);
        if (metaAttr != null) return bindDescriptor(metaAttr, cls, meta);
        return null;
    }

    /** A class attribute read through the class: {@code __get__(None, cls)}. */
    private static Object bindToClass(Object attr, PyType cls) {
        if (attr instanceof PyFunction || attr instanceof PyMethodDescriptor || attr instanceof PyBuiltinFunction) return attr;
        if (attr instanceof PyStaticMethod sm) return sm.callable;
        if (attr instanceof PyClassMethod cm) return new PyBoundMethod(cls, cm.callable);
        if (attr instanceof PyProperty || attr instanceof PyGetSetDescriptor) return attr;
        if (attr instanceof String || attr instanceof Long || attr instanceof Double || attr instanceof Boolean) return attr;
        Object get = Ops.typeOf(attr).lookup("__get__");
        if (get == null) return attr;
        return Ops.callDescriptor(get, attr, new Object[] {PyNone.NONE, cls});
    }

    private static PyType typeOf(Object o) {
        return Ops.typeOf(o);
    }

    public static boolean isDataDescriptor(Object d) {
        if (d instanceof PyProperty || d instanceof PyGetSetDescriptor) return true;
        if (d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof String || d instanceof Long) return false;
        if (!(d instanceof PyObject)) return false;
        PyType t = Ops.typeOf(d);
        if (t.builtin && t != BuiltinTypes.PROPERTY) return false;
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /** {@code descr.__get__(obj, type)} for a descriptor found on {@code type}'s MRO. */
    public static Object bindDescriptor(Object descr, Object obj, PyType type) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) return new PyBoundMethod(obj, descr);
        if (descr instanceof PyGetSetDescriptor gs) return gs.getter.apply(obj);
        if (descr instanceof PyProperty p) {
            if (p.fget == PyNone.NONE || p.fget == null) {
                throw Errors.attributeError(p.name == null ? "property of '" + typeOf(obj).qualname + "' object has no getter"
                        : "property '" + p.name + "' of '" + typeOf(obj).qualname + "' object has no getter");
            }
            return Ops.call(p.fget, obj);
        }
        if (descr instanceof PyStaticMethod sm) return sm.callable;
        if (descr instanceof PyClassMethod cm) return new PyBoundMethod(type, cm.callable);
        if (descr instanceof PyBuiltinFunction || !(descr instanceof PyObject)) return descr;
        Object get = Ops.typeOf(descr).lookup("__get__");
        if (get == null) return descr;
        return Ops.callDescriptor(get, descr, new Object[] {obj, type});
    }

    public static void set(Object o, String name, Object value) {
        PyType t = Ops.typeOf(o);
        Object sa = t.lookup("__setattr__");
        if (sa != null && sa != objectSetattr && sa != typeSetattr) {
            Ops.callDescriptor(sa, o, new Object[] {name, value});
            return;
        }
        genericSet(o, name, value);
    }

    /** {@code object.__setattr__} (and {@code type.__setattr__} for classes). */
    public static void genericSet(Object o, String name, Object value) {
        PyType t = Ops.typeOf(o);
        Object descr = t.lookup(name);
        if (descr != null && setThroughDescriptor(descr, o, value, name)) return;
        if (o instanceof PyType cls) {
            if (cls.builtin) {
                throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name + "'");
            }
            cls.setAttribute(name, value);
            return;
        }
        if (o instanceof PyObject p && (p.type.instancesHaveDict || p.dict != null)) {
            p.setInstanceAttr(name, value);
            return;
        }
        if (descr == null) {
            throw Errors.noAttribute(o, name);
        }
        throw Errors.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
    }

    /** Handles a data descriptor; returns false when {@code descr} is not one. */
    private static boolean setThroughDescriptor(Object descr, Object o, Object value, String name) {
        if (descr instanceof PyGetSetDescriptor gs) {
            if (gs.setter == null) {
                throw Errors.attributeError("attribute '" + name + "' of '" + gs.owner.name + "' objects is not writable");
            }
            gs.setter.accept(o, value);
            return true;
        }
        if (descr instanceof PyProperty p) {
            Object f = value == null ? p.fdel : p.fset;
            if (f == null || f == PyNone.NONE) {
                String what = value == null ? "deleter" : "setter";
                throw Errors.attributeError(p.name == null ? "property of '" + typeOf(o).qualname + "' object has no " + what
                        : "property '" + p.name + "' of '" + typeOf(o).qualname + "' object has no " + what);
            }
            if (value == null) Ops.call(f, o);
            else Ops.call(f, o, value);
            return true;
        }
        if (!(descr instanceof PyObject) || descr instanceof PyFunction) return false;
        PyType dt = Ops.typeOf(descr);
        if (dt.builtin) return false;
        Object m = dt.lookup(value == null ? "__delete__" : "__set__");
        if (m == null) {
            if (dt.lookup(value == null ? "__set__" : "__delete__") == null) return false;
            throw Errors.attributeError(value == null ? "__delete__" : "__set__");
        }
        Ops.callDescriptor(m, descr, value == null ? new Object[] {o} : new Object[] {o, value});
        return true;
    }

    public static void delete(Object o, String name) {
        PyType t = Ops.typeOf(o);
        Object da = t.lookup("__delattr__");
        if (da != null && da != objectDelattr && da != typeDelattr) {
            Ops.callDescriptor(da, o, new Object[] {name});
            return;
        }
        genericDelete(o, name);
    }

    public static void genericDelete(Object o, String name) {
        PyType t = Ops.typeOf(o);
        Object descr = t.lookup(name);
        if (descr != null && setThroughDescriptor(descr, o, null, name)) return;
        if (o instanceof PyType cls) {
            if (cls.builtin) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.name + "'");
            if (cls.namespace.getStr(name) == null) throw missing(o, name);
            cls.setAttribute(name, null);
            return;
        }
        if (o instanceof PyObject p && p.deleteInstanceAttr(name)) return;
        throw missing(o, name);
    }
}
