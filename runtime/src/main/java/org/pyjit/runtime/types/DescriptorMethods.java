package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.PROPERTY;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code property} and the descriptors builtin types use for computed attributes
 * ({@code getset_descriptor}, and {@code member_descriptor} for {@code __slots__}): their
 * constructors, the descriptor protocol methods and their own attributes.
 * {@code staticmethod}/{@code classmethod} are in {@link StaticClassMethods}.
 */
final class DescriptorMethods {
    private DescriptorMethods() {}

    private static final String[] PROPERTY_PARAMS = {"fget", "fset", "fdel", "doc"};

    static void install() {
        installProperty();
        TypeLayout.markFinal(BuiltinTypes.GETSET_DESCRIPTOR);
        installDescriptorProtocol(BuiltinTypes.GETSET_DESCRIPTOR, "attribute");
        StaticClassMethods.install();
    }

    /** {@code __get__}, {@code __set__}, {@code __delete__}, names and repr of getset/member descriptors. */
    static void installDescriptorProtocol(PyType t, String kind) {
        Install.method(t, "__get__", 1, 2, a -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) a[0];
            if (a[1] == PyNone.NONE) {
                if (a.length < 3 || a[2] == PyNone.NONE) throw Errors.typeError("__get__(None, None) is invalid");
                return d;
            }
            Install.checkReceiver(d.owner, d.name, a[1]);
            return d.getter.apply(a[1]);
        });
        Install.method(t, "__set__", 2, 2, a -> {
            setThrough((PyGetSetDescriptor) a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        Install.method(t, "__delete__", 1, 1, a -> {
            setThrough((PyGetSetDescriptor) a[0], a[1], null);
            return PyNone.NONE;
        });
        Install.readonly(t, "__name__", o -> ((PyGetSetDescriptor) o).name);
        Install.readonly(t, "__qualname__", o -> ((PyGetSetDescriptor) o).owner.qualname + "." + ((PyGetSetDescriptor) o).name);
        Install.readonly(t, "__objclass__", o -> ((PyGetSetDescriptor) o).owner);
        Install.readonly(t, "__doc__", o -> PyNone.NONE);
        Install.method(t, "__repr__", 0, 0, a -> {
            PyGetSetDescriptor d = (PyGetSetDescriptor) a[0];
            return "<" + kind + " '" + d.name + "' of '" + d.owner.name + "' objects>";
        });
    }

    private static void setThrough(PyGetSetDescriptor d, Object obj, Object value) {
        Install.checkReceiver(d.owner, d.name, obj);
        if (d.setter == null) {
            throw Errors.attributeError("attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
        }
        d.setter.accept(obj, value);
    }

    // ---------------------------------------------------------------- property

    private static void installProperty() {
        PyType t = PROPERTY;
        t.instanceFactory = cls -> new PyProperty(cls, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        Install.constructor(t, (a, kw) -> ObjectMethods.newInstance((PyType) a[0]));
        Install.methodKw(t, "__init__", DescriptorMethods::propertyInit);
        Install.method(t, "__get__", 1, 2, a -> {
            if (a[1] == PyNone.NONE) return a[0];
            return Attributes.bindDescriptor(a[0], a[1], Ops.typeOf(a[1]));
        });
        Install.method(t, "__set__", 2, 2, a -> {
            propertySet((PyProperty) a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        Install.method(t, "__delete__", 1, 1, a -> {
            propertySet((PyProperty) a[0], a[1], null);
            return PyNone.NONE;
        });
        Install.method(t, "getter", 1, 1, a -> copy((PyProperty) a[0], a[1], null, null));
        Install.method(t, "setter", 1, 1, a -> copy((PyProperty) a[0], null, a[1], null));
        Install.method(t, "deleter", 1, 1, a -> copy((PyProperty) a[0], null, null, a[1]));
        Install.method(t, "__set_name__", 2, 2, a -> {
            ((PyProperty) a[0]).name = Install.asString(a[2]);
            return PyNone.NONE;
        });
        Install.readonly(t, "fget", o -> ((PyProperty) o).fget);
        Install.readonly(t, "fset", o -> ((PyProperty) o).fset);
        Install.readonly(t, "fdel", o -> ((PyProperty) o).fdel);
        Install.getset(t, "__doc__", o -> ((PyProperty) o).doc, (o, v) -> ((PyProperty) o).doc = Install.orNone(v));
        Install.readonly(t, "__isabstractmethod__", o -> {
            PyProperty p = (PyProperty) o;
            return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
        });
    }

    private static Object propertyInit(Object[] a, String[] kwnames) {
        Object[] v = KeywordArgs.parse("property", PROPERTY_PARAMS, 4, a, kwnames, 1);
        PyProperty p = (PyProperty) a[0];
        p.fget = v[0] == null ? PyNone.NONE : v[0];
        p.fset = v[1] == null ? PyNone.NONE : v[1];
        p.fdel = v[2] == null ? PyNone.NONE : v[2];
        Object doc = v[3] == null ? PyNone.NONE : v[3];
        if (doc == PyNone.NONE && p.fget != PyNone.NONE) {
            Object getterDoc = Ops.getAttrOrNull(p.fget, "__doc__");
            if (getterDoc != null) doc = getterDoc;
        }
        p.doc = doc;
        return PyNone.NONE;
    }

    private static void propertySet(PyProperty p, Object obj, Object value) {
        Object f = value == null ? p.fdel : p.fset;
        if (f == null || f == PyNone.NONE) {
            String what = value == null ? "deleter" : "setter";
            String owner = Ops.typeOf(obj).qualname;
            throw Errors.attributeError(p.name == null ? "property of '" + owner + "' object has no " + what
                    : "property '" + p.name + "' of '" + owner + "' object has no " + what);
        }
        if (value == null) Ops.call(f, obj);
        else Ops.call(f, obj, value);
    }

    /** {@code getter}/{@code setter}/{@code deleter}: a new property of the same type with one function replaced. */
    private static Object copy(PyProperty old, Object get, Object set, Object del) {
        boolean docFromGetter = old.fget != PyNone.NONE && old.doc != PyNone.NONE
                && Ops.getAttrOrNull(old.fget, "__doc__") == old.doc;
        Object doc = docFromGetter && get != null && get != PyNone.NONE ? PyNone.NONE : old.doc;
        Object r = Ops.call(old.type, get != null ? get : old.fget, set != null ? set : old.fset,
                del != null ? del : old.fdel, doc);
        if (r instanceof PyProperty p) p.name = old.name;
        return r;
    }

    /** {@code getattr(f, '__isabstractmethod__', False)} is true. */
    static boolean isAbstract(Object f) {
        if (f == null || f == PyNone.NONE || !(f instanceof PyObject)) return false;
        Object v = Ops.getAttrOrNull(f, "__isabstractmethod__");
        return v != null && Ops.isTrue(v);
    }
}
