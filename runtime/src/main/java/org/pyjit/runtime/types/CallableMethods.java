package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.BUILTIN_FUNCTION;
import static org.pyjit.runtime.types.BuiltinTypes.METHOD;
import static org.pyjit.runtime.types.BuiltinTypes.METHOD_DESCRIPTOR;

import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * Bound methods ({@code method}: {@code __self__}, {@code __func__}, attributes forwarded to the
 * function, equality by receiver identity), builtin functions ({@code builtin_function_or_method})
 * and methods of builtin types ({@code method_descriptor}).
 */
final class CallableMethods {
    private CallableMethods() {}

    static void install() {
        installMethod();
        installBuiltinFunction();
        installMethodDescriptor();
    }

    private static void installMethod() {
        PyType t = METHOD;
        TypeLayout.markFinal(t);
        Install.constructor(t, (a, kw) -> {
            Install.noKeywords("method", kw);
            if (a.length != 3) throw Errors.typeError("method expected 2 arguments, got " + (a.length - 1));
            if (!Ops.isCallable(a[1])) throw Errors.typeError("first argument must be callable");
            if (a[2] == PyNone.NONE) throw Errors.typeError("instance must not be None");
            return new PyBoundMethod(a[2], a[1]);
        });
        Install.method(t, "__getattribute__", 1, 1, a -> {
            String name = ObjectMethods.attributeName(a[1]);
            Object r = Attributes.genericGetOrNull(a[0], Ops.typeOf(a[0]), name);
            return r != null ? r : Ops.getAttr(((PyBoundMethod) a[0]).function, name);
        });
        Install.readonly(t, "__self__", o -> ((PyBoundMethod) o).self);
        Install.readonly(t, "__func__", o -> ((PyBoundMethod) o).function);
        Install.readonly(t, "__doc__", o -> Install.orNone(Ops.getAttrOrNull(((PyBoundMethod) o).function, "__doc__")));
        Install.method(t, "__repr__", 0, 0, a -> methodRepr((PyBoundMethod) a[0]));
        Install.method(t, "__eq__", 1, 1, a -> {
            if (!(a[1] instanceof PyBoundMethod o)) return BuiltinTypes.NOT_IMPLEMENTED;
            PyBoundMethod m = (PyBoundMethod) a[0];
            return sameReceiver(m.self, o.self) && Ops.eq(m.function, o.function);
        });
        Install.method(t, "__hash__", 0, 0, a -> {
            PyBoundMethod m = (PyBoundMethod) a[0];
            long h = ObjectIdentity.hash(m.self) ^ Ops.hash(m.function);
            return h == -1 ? -2L : h;
        });
        Install.method(t, "__get__", 1, 2, a -> a[0]);
        Install.methodKw(t, "__call__", (a, kw) -> ((PyBoundMethod) a[0]).call(rest(a), kw));
        Install.method(t, "__reduce__", 0, 0, a -> {
            PyBoundMethod m = (PyBoundMethod) a[0];
            return PyTuple.of(Install.orNone(BuiltinsModule.namespace().getStr("getattr")), PyTuple.of(m.self, Ops.getAttr(m.function, "__name__")));
        });
    }

    private static boolean sameReceiver(Object a, Object b) {
        return a == b || ObjectIdentity.id(a) == ObjectIdentity.id(b);
    }

    private static String methodRepr(PyBoundMethod m) {
        if (m.function instanceof PyMethodDescriptor md) {
            return "<built-in method " + md.name + " of " + Ops.typeName(m.self) + " object at " + ObjectIdentity.address(m.self) + ">";
        }
        Object name = Ops.getAttrOrNull(m.function, "__qualname__");
        if (name == null) name = Ops.getAttrOrNull(m.function, "__name__");
        String n = name == null ? "?" : Install.asString(name) != null ? Install.asString(name) : "?";
        return "<bound method " + n + " of " + Ops.repr(m.self) + ">";
    }

    private static Object[] rest(Object[] a) {
        Object[] r = new Object[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }

    private static void installBuiltinFunction() {
        PyType t = BUILTIN_FUNCTION;
        TypeLayout.markFinal(t);
        Install.readonly(t, "__name__", o -> ((PyBuiltinFunction) o).name);
        Install.readonly(t, "__qualname__", o -> {
            PyBuiltinFunction f = (PyBuiltinFunction) o;
            return f.staticOwner != null ? f.staticOwner.qualname + "." + f.name : f.name;
        });
        Install.getset(t, "__module__", o -> Install.orNone(((PyBuiltinFunction) o).module), null);
        Install.readonly(t, "__doc__", o -> Install.orNone(((PyBuiltinFunction) o).doc()));
        Install.readonly(t, "__text_signature__", o -> PyNone.NONE);
        Install.readonly(t, "__self__", o -> "builtins".equals(((PyBuiltinFunction) o).module) ? BuiltinsModule.MODULE : PyNone.NONE);
        Install.method(t, "__repr__", 0, 0, a -> "<built-in function " + ((PyBuiltinFunction) a[0]).name + ">");
        Install.methodKw(t, "__call__", (a, kw) -> ((PyBuiltinFunction) a[0]).call(rest(a), kw));
        Install.method(t, "__reduce__", 0, 0, a -> {
            PyBuiltinFunction f = (PyBuiltinFunction) a[0];
            if (f.staticOwner == null) return f.name;
            // a static method of a builtin type is found again as getattr(type, name), as CPython pickles it
            return org.pyjit.runtime.objects.PyTuple.of(BuiltinsModule.namespace().getStr("getattr"),
                    org.pyjit.runtime.objects.PyTuple.of(f.staticOwner, f.name));
        });
    }

    private static void installMethodDescriptor() {
        PyType t = METHOD_DESCRIPTOR;
        TypeLayout.markFinal(t);
        Install.readonly(t, "__name__", o -> ((PyMethodDescriptor) o).name);
        Install.readonly(t, "__qualname__", o -> ((PyMethodDescriptor) o).owner.qualname + "." + ((PyMethodDescriptor) o).name);
        Install.readonly(t, "__objclass__", o -> ((PyMethodDescriptor) o).owner);
        Install.readonly(t, "__doc__", o -> PyNone.NONE);
        Install.readonly(t, "__text_signature__", o -> PyNone.NONE);
        Install.method(t, "__get__", 1, 2, a -> {
            PyMethodDescriptor md = (PyMethodDescriptor) a[0];
            if (a[1] == PyNone.NONE) {
                if (a.length < 3 || a[2] == PyNone.NONE) throw Errors.typeError("__get__(None, None) is invalid");
                return md;
            }
            Install.checkReceiver(md.owner, md.name, a[1]);
            return new PyBoundMethod(a[1], md);
        });
        Install.methodKw(t, "__call__", (a, kw) -> ((PyMethodDescriptor) a[0]).call(rest(a), kw));
        Install.method(t, "__repr__", 0, 0, a -> {
            PyMethodDescriptor md = (PyMethodDescriptor) a[0];
            return "<method '" + md.name + "' of '" + md.owner.name + "' objects>";
        });
        Install.method(t, "__reduce__", 0, 0, a -> {
            PyMethodDescriptor md = (PyMethodDescriptor) a[0];
            return PyTuple.of(Install.orNone(BuiltinsModule.namespace().getStr("getattr")), PyTuple.of(md.owner, md.name));
        });
    }
}
