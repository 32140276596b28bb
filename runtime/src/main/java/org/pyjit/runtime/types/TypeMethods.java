package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.TYPE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * The methods and attributes of {@code type}: calling a class ({@code type.__call__}: {@code __new__}
 * then {@code __init__}), class creation ({@link TypeCreation}), the class attributes
 * ({@link TypeAttributes}), {@code mro()}, {@code __subclasses__()}, the isinstance protocol,
 * {@code __prepare__}, {@code __or__} and {@code __repr__}.
 */
final class TypeMethods {
    private TypeMethods() {}

    static final PyMethodDescriptor MRO = PyMethodDescriptor.positional(TYPE, "mro", 0, 0, a -> mroList((PyType) a[0]));
    static final PyMethodDescriptor INSTANCECHECK = PyMethodDescriptor.positional(TYPE, "__instancecheck__", 1, 1,
            a -> TypeChecks.recursiveIsInstance(a[1], a[0]));
    static final PyMethodDescriptor SUBCLASSCHECK = PyMethodDescriptor.positional(TYPE, "__subclasscheck__", 1, 1,
            a -> TypeChecks.recursiveIsSubclass(a[1], a[0]));

    static void install() {
        PyType t = TYPE;
        t.instanceFactory = cls -> {
            throw Errors.typeError("type instances are made by type.__new__");
        };
        TypeLayout.markVariableSize(t, BuiltinTypes.INT, BuiltinTypes.TUPLE, BuiltinTypes.BYTES);
        TypeLayout.markWeakrefable(t, BuiltinTypes.MODULE, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.FUNCTION,
                BuiltinTypes.CODE, BuiltinTypes.METHOD, BuiltinTypes.GENERATOR, BuiltinTypes.COROUTINE);
        t.namespace.putStr("__new__", TypeCreation.TYPE_NEW);
        Install.methodKw(t, "__init__", TypeMethods::typeInit);
        Install.methodKw(t, "__call__", TypeMethods::typeCall);
        Install.method(t, "__repr__", 0, 0, a -> repr((PyType) a[0]));
        installAttributeAccess(t);
        TypeAttributes.install(t);
        t.namespace.putStr("mro", MRO);
        t.namespace.putStr("__instancecheck__", INSTANCECHECK);
        t.namespace.putStr("__subclasscheck__", SUBCLASSCHECK);
        Install.method(t, "__subclasses__", 0, 0, a -> {
            PyList l = new PyList();
            for (PyType s : ((PyType) a[0]).subclasses()) l.append(s);
            return l;
        });
        Install.classMethod(t, "__prepare__", (a, kw) -> new PyDict());
        Install.method(t, "__or__", 1, 1, a -> UnionTypeMethods.or(a[0], a[1]));
        Install.method(t, "__ror__", 1, 1, a -> UnionTypeMethods.or(a[1], a[0]));
        Install.method(t, "__dir__", 0, 0, a -> {
            Set<String> names = new LinkedHashSet<>();
            ObjectMethods.mergeClassDict(names, a[0]);
            return ObjectMethods.toList(names);
        });
        Install.method(t, "__sizeof__", 0, 0, a -> 920L);
        UnionTypeMethods.install();
        SuperSupport.install();
        SlotsLayout.install();
    }

    private static void installAttributeAccess(PyType t) {
        PyMethodDescriptor getattribute = PyMethodDescriptor.positional(t, "__getattribute__", 1, 1, a -> {
            String name = ObjectMethods.attributeName(a[1]);
            Object r = Attributes.genericGetOrNull(a[0], Ops.typeOf(a[0]), name);
            if (r == null) throw ObjectMethods.noAttribute(a[0], name);
            return r;
        });
        PyMethodDescriptor setattr = PyMethodDescriptor.positional(t, "__setattr__", 2, 2, a -> {
            Attributes.genericSet(a[0], ObjectMethods.attributeName(a[1]), a[2]);
            return PyNone.NONE;
        });
        PyMethodDescriptor delattr = PyMethodDescriptor.positional(t, "__delattr__", 1, 1, a -> {
            Attributes.genericDelete(a[0], ObjectMethods.attributeName(a[1]));
            return PyNone.NONE;
        });
        t.namespace.putStr("__getattribute__", getattribute);
        t.namespace.putStr("__setattr__", setattr);
        t.namespace.putStr("__delattr__", delattr);
        Attributes.typeGetattribute = getattribute;
        Attributes.typeSetattr = setattr;
        Attributes.typeDelattr = delattr;
    }

    /** {@code <class '__main__.A'>}, {@code <class 'int'>}. */
    static String repr(PyType t) {
        String mod = ObjectMethods.moduleName(t);
        if (mod != null && !mod.equals("builtins")) return "<class '" + mod + "." + t.qualname + "'>";
        return "<class '" + t.name + "'>";
    }

    static PyList mroList(PyType t) {
        List<PyType> tail = Mro.linearizeBases(t.bases);
        PyList l = new PyList();
        l.append(t);
        for (PyType m : tail) l.append(m);
        return l;
    }

    /**
     * {@code type.__call__(cls, *args, **kw)}: {@code type(x)}; otherwise {@code cls.__new__(cls, …)}
     * and, when that returns an instance of cls, {@code __init__} on it, which must return None.
     */
    private static Object typeCall(Object[] a, String[] kwnames) {
        PyType cls = (PyType) a[0];
        int nkw = Install.kwCount(kwnames);
        if (cls == TYPE) {
            int npos = a.length - 1 - nkw;
            if (npos == 1 && nkw == 0) return Ops.typeOf(a[1]);
            if (npos != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        Object newAttr = cls.lookup("__new__");
        if (newAttr == null) throw Errors.typeError("cannot create '" + cls.name + "' instances");
        Object obj = Calls.callNew(newAttr, a, kwnames);
        PyType ot = Ops.typeOf(obj);
        if (!ot.isSubtypeOf(cls)) return obj;
        Object init = ot.lookup("__init__");
        if (init == null || (init == ObjectMethods.OBJECT_INIT && a.length == 1)) return obj;
        Object[] initArgs = a.clone();
        initArgs[0] = obj;
        Object r = Calls.callMethod(init, initArgs, kwnames);
        if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        return obj;
    }

    private static Object typeInit(Object[] a, String[] kwnames) {
        int nkw = Install.kwCount(kwnames);
        int npos = a.length - 1 - nkw;
        if (npos == 1 && nkw > 0) throw Errors.typeError("type.__init__() takes no keyword arguments");
        if (npos != 1 && npos != 3) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        return PyNone.NONE;
    }

    /** Recomputes the MRO of {@code t} and of every class below it (after {@code __bases__} changed). */
    static void recomputeMro(PyType t) {
        PyType[] mro = Mro.withHead(t, Mro.linearizeBases(t.bases));
        t.mro = mro;
        for (PyType s : t.subclasses()) {
            if (java.util.Arrays.asList(s.bases).contains(t)) recomputeMro(s); // skip stale entries of former subclasses
        }
    }
}
