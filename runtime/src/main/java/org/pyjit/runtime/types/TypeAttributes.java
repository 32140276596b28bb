package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * The computed attributes of classes, as getset descriptors on {@code type}: {@code __name__},
 * {@code __qualname__}, {@code __module__}, {@code __bases__} (assignable, with CPython's checks),
 * {@code __base__}, {@code __mro__}, {@code __dict__} (a read-only mappingproxy), {@code __doc__},
 * {@code __abstractmethods__}, {@code __annotations__} and {@code __flags__}.
 */
final class TypeAttributes {
    private TypeAttributes() {}

    // CPython's tp_flags bits, for __flags__ (copyreg tests Py_TPFLAGS_HEAPTYPE)
    private static final long HEAPTYPE = 1L << 9, BASETYPE = 1L << 10, READY = 1L << 12, HAVE_GC = 1L << 14,
            IMMUTABLETYPE = 1L << 8, IS_ABSTRACT = 1L << 20;

    static void install(PyType t) {
        Install.getset(t, "__name__", o -> ((PyType) o).name, (o, v) -> {
            PyType c = (PyType) o;
            checkSettable(c, "__name__", v);
            c.name = stringFor(c, "__name__", v);
        });
        Install.getset(t, "__qualname__", o -> ((PyType) o).qualname, (o, v) -> {
            PyType c = (PyType) o;
            checkSettable(c, "__qualname__", v);
            c.qualname = stringFor(c, "__qualname__", v);
        });
        Install.getset(t, "__module__", TypeAttributes::module, (o, v) -> {
            PyType c = (PyType) o;
            checkSettable(c, "__module__", v);
            c.setAttribute("__module__", v);
        });
        Install.getset(t, "__bases__", o -> new PyTuple(((PyType) o).bases.clone()), (o, v) -> setBases((PyType) o, v));
        Install.readonly(t, "__base__", o -> Install.orNone(TypeLayout.base((PyType) o)));
        Install.readonly(t, "__mro__", o -> new PyTuple(((PyType) o).mro.clone()));
        Install.readonly(t, "__dict__", o -> new PyMappingProxy(((PyType) o).namespace));
        Install.getset(t, "__doc__", TypeAttributes::doc, (o, v) -> {
            PyType c = (PyType) o;
            checkSettable(c, "__doc__", v);
            c.setAttribute("__doc__", v);
        });
        Install.getset(t, "__abstractmethods__", TypeAttributes::abstractMethods, TypeAttributes::setAbstractMethods);
        Install.getset(t, "__annotations__", TypeAttributes::annotations, TypeAttributes::setAnnotations);
        Install.readonly(t, "__flags__", o -> flags((PyType) o));
    }

    /** CPython's check_set_special_type_attr. */
    private static void checkSettable(PyType c, String name, Object value) {
        if (c.builtin) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + c.name + "'");
        if (value == null) throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '" + c.name + "'");
    }

    private static String stringFor(PyType c, String attr, Object v) {
        String s = Install.asString(v);
        if (s == null) throw Errors.typeError("can only assign string to " + c.name + "." + attr + ", not '" + Ops.typeName(v) + "'");
        return s;
    }

    private static Object module(Object o) {
        PyType c = (PyType) o;
        Object m = c.namespace.getStr("__module__");
        // type's own namespace holds this very descriptor (for its instances): type.__module__ is 'builtins'
        if (m != null && !(c.builtin && m instanceof PyGetSetDescriptor)) return m;
        if (c.builtin) return "builtins";
        throw Errors.attributeError("__module__");
    }

    private static Object doc(Object o) {
        PyType c = (PyType) o;
        Object d = c.namespace.getStr("__doc__");
        if (d == null || (c.builtin && d instanceof PyGetSetDescriptor)) return PyNone.NONE;
        if (!c.builtin && d instanceof PyObject && !(d instanceof PyType)) {
            Object get = Ops.typeOf(d).lookup("__get__");
            if (get != null) return Ops.callDescriptor(get, d, new Object[] {PyNone.NONE, c});
        }
        return d;
    }

    private static Object abstractMethods(Object o) {
        PyType c = (PyType) o;
        Object v = c == BuiltinTypes.TYPE ? null : c.namespace.getStr("__abstractmethods__");
        if (v == null) throw Errors.attributeError("__abstractmethods__");
        return v;
    }

    private static void setAbstractMethods(Object o, Object v) {
        PyType c = (PyType) o;
        if (v == null && c.namespace.getStr("__abstractmethods__") == null) throw Errors.attributeError("__abstractmethods__");
        c.setAttribute("__abstractmethods__", v);
    }

    private static Object annotations(Object o) {
        PyType c = (PyType) o;
        if (c.builtin) throw Errors.attributeError("type object '" + c.name + "' has no attribute '__annotations__'");
        Object a = c.namespace.getStr("__annotations__");
        if (a == null) {
            a = new PyDict();
            c.setAttribute("__annotations__", a);
            return a;
        }
        if (a instanceof PyObject && !(a instanceof PyDict)) {
            Object get = Ops.typeOf(a).lookup("__get__");
            if (get != null) return Ops.callDescriptor(get, a, new Object[] {PyNone.NONE, c});
        }
        return a;
    }

    private static void setAnnotations(Object o, Object v) {
        PyType c = (PyType) o;
        if (c.builtin) throw Errors.typeError("cannot set '__annotations__' attribute of immutable type '" + c.name + "'");
        if (v == null && c.namespace.getStr("__annotations__") == null) throw Errors.attributeError("__annotations__");
        c.setAttribute("__annotations__", v);
    }

    private static long flags(PyType c) {
        long f = READY | HAVE_GC;
        f |= c.builtin ? IMMUTABLETYPE : HEAPTYPE;
        if (!TypeLayout.isFinal(c)) f |= BASETYPE;
        Object am = c.namespace.getStr("__abstractmethods__");
        if (am != null && !(am instanceof PyGetSetDescriptor) && Ops.isTrue(am)) f |= IS_ABSTRACT;
        PyType[] subclassFlags = {BuiltinTypes.INT, BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.BYTES,
                BuiltinTypes.STR, BuiltinTypes.DICT, org.pyjit.runtime.exceptions.ExceptionTypes.BASE_EXCEPTION, BuiltinTypes.TYPE};
        for (int i = 0; i < subclassFlags.length; i++) if (c.isSubtypeOf(subclassFlags[i])) f |= 1L << (24 + i);
        return f;
    }

    /** {@code cls.__bases__ = (…)}: CPython's type_set_bases checks, then the MROs below are recomputed. */
    private static void setBases(PyType c, Object v) {
        checkSettable(c, "__bases__", v);
        if (!(v instanceof PyTuple tuple)) {
            throw Errors.typeError("can only assign tuple to " + c.name + ".__bases__, not " + Ops.typeName(v));
        }
        if (tuple.items.length == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + c.name + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[tuple.items.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.items[i] instanceof PyType b)) {
                throw Errors.typeError(c.name + ".__bases__ must be tuple of classes, not '" + Ops.typeName(tuple.items[i]) + "'");
            }
            if (b.isSubtypeOf(c)) throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            bases[i] = b;
        }
        PyType newBase = TypeLayout.bestBase(bases);
        TypeLayout.checkCompatible(TypeLayout.base(c), newBase, "__bases__");
        PyType[] oldBases = c.bases;
        c.bases = bases;
        try {
            TypeMethods.recomputeMro(c);
        } catch (RuntimeException e) {
            c.bases = oldBases;
            TypeMethods.recomputeMro(c);
            throw e;
        }
        for (PyType b : bases) {
            if (!b.subclasses().contains(c)) b.addSubclass(c);
        }
        c.invalidate();
    }
}
