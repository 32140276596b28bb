package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.CLASSMETHOD;
import static org.pyjit.runtime.types.BuiltinTypes.STATICMETHOD;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code staticmethod} and {@code classmethod}: constructors (which, since 3.10, copy the wrapped
 * function's {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __annotations__} into the wrapper's dict), {@code __func__}, {@code __wrapped__},
 * {@code __get__}, {@code __isabstractmethod__} and repr.
 */
final class StaticClassMethods {
    private StaticClassMethods() {}

    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    static void install() {
        STATICMETHOD.instanceFactory = cls -> {
            PyStaticMethod s = new PyStaticMethod(PyNone.NONE);
            s.type = cls;
            return s;
        };
        CLASSMETHOD.instanceFactory = cls -> {
            PyClassMethod c = new PyClassMethod(PyNone.NONE);
            c.type = cls;
            return c;
        };
        installCommon(STATICMETHOD, "staticmethod");
        installCommon(CLASSMETHOD, "classmethod");
        Install.method(STATICMETHOD, "__get__", 1, 2, a -> {
            checkGetArgs(a);
            return ((PyStaticMethod) a[0]).callable;
        });
        Install.methodKw(STATICMETHOD, "__call__", (a, kw) -> {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Ops.callKw(((PyStaticMethod) a[0]).callable, rest, kw);
        });
        Install.method(CLASSMETHOD, "__get__", 1, 2, a -> {
            checkGetArgs(a);
            Object type = a.length > 2 && a[2] != PyNone.NONE ? a[2] : Ops.typeOf(a[1]);
            return bindClassMethod(((PyClassMethod) a[0]).callable, type);
        });
    }

    private static void installCommon(PyType t, String name) {
        t.instancesHaveDict = true;
        t.namespace.putStr("__dict__", InstanceDict.dictDescriptor(t));
        Install.constructor(t, (a, kw) -> ObjectMethods.newInstance((PyType) a[0]));
        Install.methodKw(t, "__init__", (a, kw) -> {
            Install.noKeywords(name, kw);
            if (a.length != 2) throw Errors.typeError(name + " expected 1 argument, got " + (a.length - 1));
            PyObject self = (PyObject) a[0];
            if (self instanceof PyStaticMethod s) s.callable = a[1];
            else ((PyClassMethod) self).callable = a[1];
            copyWrapperAttributes(self, a[1]);
            return PyNone.NONE;
        });
        Install.readonly(t, "__func__", StaticClassMethods::callable);
        Install.readonly(t, "__wrapped__", StaticClassMethods::callable);
        Install.readonly(t, "__isabstractmethod__", o -> DescriptorMethods.isAbstract(callable(o)));
        Install.method(t, "__repr__", 0, 0, a -> "<" + name + "(" + Ops.repr(callable(a[0])) + ")>");
    }

    private static Object callable(Object o) {
        return o instanceof PyStaticMethod s ? s.callable : ((PyClassMethod) o).callable;
    }

    private static void copyWrapperAttributes(PyObject wrapper, Object wrapped) {
        if (!(wrapped instanceof PyObject)) return;
        for (String attr : WRAPPER_ASSIGNMENTS) {
            Object v = Ops.getAttrOrNull(wrapped, attr);
            if (v != null) wrapper.setInstanceAttr(attr, v);
        }
    }

    private static void checkGetArgs(Object[] a) {
        if (a[1] == PyNone.NONE && (a.length < 3 || a[2] == PyNone.NONE)) throw Errors.typeError("__get__(None, None) is invalid");
    }

    /** {@code classmethod.__get__}: a method bound to the class (chaining through a wrapped descriptor's {@code __get__}). */
    static Object bindClassMethod(Object callable, Object type) {
        if (callable instanceof PyFunction || callable instanceof PyMethodDescriptor || callable instanceof PyBuiltinFunction
                || !(callable instanceof PyObject)) {
            return new PyBoundMethod(type, callable);
        }
        Object get = Ops.typeOf(callable).lookup("__get__");
        if (get == null) return new PyBoundMethod(type, callable);
        return Ops.callDescriptor(get, callable, new Object[] {type, type});
    }
}
