package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;
import static org.pyjit.runtime.types.BuiltinTypes.OBJECT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * The methods of {@code object}, which every class inherits: construction with CPython's
 * excess-argument rules, identity-based equality, hash and repr, generic attribute access,
 * {@code __class__}, {@code __dir__}, {@code __format__}, {@code __init_subclass__} and the
 * pickling protocol ({@link ObjectReduce}).
 */
final class ObjectMethods {
    private ObjectMethods() {}

    /** {@code object.__new__}: compared against to find classes that do not override it. */
    static final PyBuiltinFunction OBJECT_NEW = new PyBuiltinFunction("__new__", null, ObjectMethods::objectNew);
    /** {@code object.__init__}. */
    static final PyMethodDescriptor OBJECT_INIT = new PyMethodDescriptor(OBJECT, "__init__", ObjectMethods::objectInit);

    /** {@code object.__class__}. */
    static PyGetSetDescriptor CLASS_DESCRIPTOR;

    static void install() {
        PyType t = OBJECT;
        repairNamespaceTypes(t);
        t.namespace.putStr("__new__", OBJECT_NEW);
        t.namespace.putStr("__init__", OBJECT_INIT);
        Install.method(t, "__repr__", 0, 0, a -> defaultRepr(a[0]));
        Install.method(t, "__str__", 0, 0, a -> Ops.repr(a[0]));
        Install.method(t, "__hash__", 0, 0, a -> ObjectIdentity.hash(a[0]));
        Install.method(t, "__eq__", 1, 1, a -> Ops.compare(a[0], a[1], CompareOp.IS) == Boolean.TRUE ? Boolean.TRUE : NOT_IMPLEMENTED);
        Install.method(t, "__ne__", 1, 1, a -> notEqual(a[0], a[1]));
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            Install.method(t, cmp, 1, 1, a -> NOT_IMPLEMENTED);
        }
        installAttributeAccess(t);
        CLASS_DESCRIPTOR = Install.getset(t, "__class__", Ops::typeOf, ObjectMethods::setClass);
        Install.method(t, "__dir__", 0, 0, a -> objectDir(a[0]));
        Install.method(t, "__format__", 1, 1, a -> format(a[0], a[1]));
        Install.classMethod(t, "__init_subclass__", ObjectMethods::initSubclass);
        Install.classMethod(t, "__subclasshook__", (a, kw) -> NOT_IMPLEMENTED);
        Install.method(t, "__sizeof__", 0, 0, a -> sizeOf(Ops.typeOf(a[0])));
        t.namespace.putStr("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
                + "and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
        ObjectReduce.install(t);
    }

    /**
     * The types made before {@code dict} itself (object, type, int, …) got namespace dicts whose
     * type was still null; give every builtin type's namespace its type now.
     */
    private static void repairNamespaceTypes(PyType t) {
        if (t.namespace.type == null) t.namespace.type = BuiltinTypes.DICT;
        for (PyType s : t.subclasses()) repairNamespaceTypes(s);
    }

    private static void installAttributeAccess(PyType t) {
        PyMethodDescriptor getattribute = PyMethodDescriptor.positional(t, "__getattribute__", 1, 1, a -> {
            String name = attributeName(a[1]);
            Object r = Attributes.genericGetOrNull(a[0], Ops.typeOf(a[0]), name);
            if (r == null) throw noAttribute(a[0], name);
            return r;
        });
        PyMethodDescriptor setattr = PyMethodDescriptor.positional(t, "__setattr__", 2, 2, a -> {
            String name = attributeName(a[1]);
            refuseTypeObject(a[0], "__setattr__");
            Attributes.genericSet(a[0], name, a[2]);
            return PyNone.NONE;
        });
        PyMethodDescriptor delattr = PyMethodDescriptor.positional(t, "__delattr__", 1, 1, a -> {
            String name = attributeName(a[1]);
            refuseTypeObject(a[0], "__delattr__");
            Attributes.genericDelete(a[0], name);
            return PyNone.NONE;
        });
        t.namespace.putStr("__getattribute__", getattribute);
        t.namespace.putStr("__setattr__", setattr);
        t.namespace.putStr("__delattr__", delattr);
        Attributes.objectGetattribute = getattribute;
        Attributes.objectSetattr = setattr;
        Attributes.objectDelattr = delattr;
    }

    /** The attribute name argument of the attribute builtins (a str, or a str subclass instance). */
    static String attributeName(Object o) {
        String s = Install.asString(o);
        if (s == null) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(o) + "'");
        return s;
    }

    /** CPython's "hackcheck": object's setattr/delattr may not bypass type's on a class. */
    private static void refuseTypeObject(Object self, String what) {
        if (self instanceof PyType) throw Errors.typeError("can't apply this " + what + " to type object");
    }

    /** The AttributeError CPython raises for a missing attribute of {@code o}. */
    static RuntimeException noAttribute(Object o, String name) {
        if (o instanceof PyType t) return Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'", o, name);
        return Errors.noAttribute(o, name);
    }

    // ---------------------------------------------------------------- construction

    private static Object objectNew(Object[] args, String[] kwnames) {
        if (args.length == 0 || args.length == Install.kwCount(kwnames)) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Ops.typeName(args[0]) + ")");
        }
        Object ownNew = cls.lookup("__new__");
        if (ownNew != OBJECT_NEW) checkNewIsSafe(cls);
        if (args.length > 1) {
            if (ownNew != OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == OBJECT_INIT) throw Errors.typeError(cls.name + "() takes no arguments");
        }
        checkNotAbstract(cls);
        return newInstance(cls);
    }

    /** A fresh instance of {@code cls} through its layout's factory, or "cannot create 'X' instances". */
    static PyObject newInstance(PyType cls) {
        if (runtimeMadeOnly(cls)) throw Errors.typeError("cannot create '" + cls.name + "' instances");
        return cls.instanceFactory.apply(cls);
    }

    /**
     * Whether {@code cls} derives from a builtin type with no constructor of its own, whose instances
     * the runtime alone makes (CPython's types without {@code tp_new}).
     */
    static boolean runtimeMadeOnly(PyType cls) {
        PyType builtinBase = cls;
        while (!builtinBase.builtin) builtinBase = TypeLayout.base(builtinBase);
        return builtinBase != OBJECT && builtinBase.instanceFactory == OBJECT.instanceFactory
                && builtinBase.lookup("__new__") == OBJECT_NEW;
    }

    /**
     * CPython's tp_new_wrapper check: object.__new__ may only build instances whose nearest
     * ancestor with a builtin constructor is object ("object.__new__(int) is not safe, use int.__new__()").
     */
    private static void checkNewIsSafe(PyType cls) {
        PyType staticBase = cls;
        while (staticBase != null && isPythonNew(staticBase.lookup("__new__"))) staticBase = TypeLayout.base(staticBase);
        if (staticBase != null && staticBase.lookup("__new__") != OBJECT_NEW) {
            throw Errors.typeError("object.__new__(" + cls.name + ") is not safe, use " + staticBase.name + ".__new__()");
        }
    }

    private static boolean isPythonNew(Object newAttr) {
        return newAttr instanceof PyStaticMethod || newAttr instanceof PyFunction;
    }

    /** "Can't instantiate abstract class A with abstract methods f, g" when {@code __abstractmethods__} is non-empty. */
    private static void checkNotAbstract(PyType cls) {
        Object am = cls.namespace.getStr("__abstractmethods__");
        if (am == null || am instanceof PyGetSetDescriptor || !Ops.isTrue(am)) return;
        List<String> names = new ArrayList<>();
        for (Object x : Install.toArray(am)) names.add(Ops.str(x));
        names.sort(null);
        throw Errors.typeError("Can't instantiate abstract class " + cls.name + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    private static Object objectInit(Object[] args, String[] kwnames) {
        if (args.length == 0 || args.length == Install.kwCount(kwnames)) {
            throw Errors.typeError("descriptor '__init__' of 'object' object needs an argument");
        }
        if (args.length > 1) {
            PyType t = Ops.typeOf(args[0]);
            if (t.lookup("__init__") != OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == OBJECT_NEW) {
                throw Errors.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    private static Object initSubclass(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        if (Install.kwCount(kwnames) > 0) throw Errors.typeError(cls.qualname + ".__init_subclass__() takes no keyword arguments");
        if (args.length > 1) {
            throw Errors.typeError(cls.qualname + ".__init_subclass__() takes no arguments (" + (args.length - 1) + " given)");
        }
        return PyNone.NONE;
    }

    // ---------------------------------------------------------------- repr, comparison, format

    /** {@code <__main__.A object at 0x7f…>}, or {@code <int object at …>} for builtin types. */
    static String defaultRepr(Object self) {
        PyType t = Ops.typeOf(self);
        String mod = moduleName(t);
        String addr = ObjectIdentity.address(self);
        if (mod != null && !mod.equals("builtins")) return "<" + mod + "." + t.qualname + " object at " + addr + ">";
        return "<" + t.name + " object at " + addr + ">";
    }

    /** The type's {@code __module__} when it is a str; "builtins" for builtin types without one. */
    static String moduleName(PyType t) {
        Object m = t.namespace.getStr("__module__");
        if (m == null) return t.builtin ? "builtins" : null;
        return Install.asString(m);
    }

    private static Object notEqual(Object self, Object other) {
        Object eq = Ops.typeOf(self).lookup("__eq__");
        if (eq == null) return NOT_IMPLEMENTED;
        Object r = Ops.callDescriptor(eq, self, new Object[] {other});
        if (r == NOT_IMPLEMENTED) return r;
        return !Ops.isTrue(r);
    }

    private static Object format(Object self, Object spec) {
        String s = Install.asString(spec);
        if (s == null) throw Errors.typeError("__format__() argument must be str, not " + Ops.typeName(spec));
        if (!s.isEmpty()) throw Errors.typeError("unsupported format string passed to " + Ops.typeName(self) + ".__format__");
        return Ops.str(self);
    }

    // ---------------------------------------------------------------- __class__

    private static void setClass(Object self, Object value) {
        if (value == null) throw Errors.typeError("can't delete __class__ attribute");
        if (!(value instanceof PyType newto)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        }
        PyType oldto = Ops.typeOf(self);
        boolean modules = newto.isSubtypeOf(BuiltinTypes.MODULE) && oldto.isSubtypeOf(BuiltinTypes.MODULE);
        if (!(self instanceof PyObject p) || (!modules && (newto.builtin || oldto.builtin))) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        TypeLayout.checkCompatible(oldto, newto, "__class__");
        p.type = newto;
    }

    // ---------------------------------------------------------------- __dir__, __sizeof__

    private static Object objectDir(Object self) {
        Set<String> names = new LinkedHashSet<>();
        Object d = Ops.getAttrOrNull(self, "__dict__");
        if (d instanceof PyDict dict) addKeys(names, dict);
        Object cls = Ops.getAttrOrNull(self, "__class__");
        if (cls != null) mergeClassDict(names, cls);
        return toList(names);
    }

    /** Adds the names of {@code cls}'s namespace and, recursively, of its {@code __bases__}. */
    static void mergeClassDict(Set<String> names, Object cls) {
        if (cls instanceof PyType t) {
            addKeys(names, t.namespace);
            for (PyType b : t.bases) mergeClassDict(names, b);
            return;
        }
        Object d = Ops.getAttrOrNull(cls, "__dict__");
        if (d instanceof PyDict dict) addKeys(names, dict);
        else if (d instanceof PyMappingProxy mp && mp.mapping instanceof PyDict dict) addKeys(names, dict);
        Object bases = Ops.getAttrOrNull(cls, "__bases__");
        if (bases instanceof PyTuple bt) for (Object b : bt.items) mergeClassDict(names, b);
    }

    private static void addKeys(Set<String> names, PyDict d) {
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            String k = Install.asString(d.keyAt(e));
            if (k != null) names.add(k);
        }
    }

    static PyList toList(Set<String> names) {
        PyList l = new PyList();
        for (String n : names) l.append(n);
        return l;
    }

    /** CPython's basicsize on 64 bits: header, one word per slot, one for the weakref list. */
    private static long sizeOf(PyType t) {
        long size = 16;
        for (PyType m : t.mro) size += 8L * TypeLayout.realSlots(m).length;
        if (TypeLayout.hasWeakref(t)) size += 8;
        return size;
    }
}
