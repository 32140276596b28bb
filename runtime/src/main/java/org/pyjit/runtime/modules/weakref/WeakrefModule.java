package org.pyjit.runtime.modules.weakref;

import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.TypeLayout;

/** The {@code _weakref} module: {@code ref} (ReferenceType), {@code proxy}, and the reference counts. */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** {@code weakref.ref}: subclassable ({@code KeyedRef}, {@code WeakMethod}). */
    public static final PyType REF = BuiltinTypes.make("ReferenceType", BuiltinTypes.OBJECT, PyWeakRef::new);

    private static final ArgParser REF_ARGS = new ArgParser("ref", new String[] {"object", "callback"}, 2, 2, 1);
    private static boolean installed;

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_weakref");
        PyDict d = m.dict;
        d.putStr("__doc__", "Weak-reference support module.");
        d.putStr("ref", REF);
        d.putStr("ReferenceType", REF);
        d.putStr("ProxyType", WeakProxy.PROXY);
        d.putStr("CallableProxyType", WeakProxy.CALLABLE_PROXY);
        fn(d, "getweakrefcount", 1, 1, a -> (long) PyWeakRef.referencesTo(a[0]).size());
        fn(d, "getweakrefs", 1, 1, a -> {
            PyList l = new PyList();
            for (PyWeakRef r : PyWeakRef.referencesTo(a[0])) l.append(r);
            return l;
        });
        fn(d, "_remove_dead_weakref", 2, 2, a -> {
            if (!(a[0] instanceof PyDict dict)) throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict");
            Object v = dict.get(a[1]);
            if (v instanceof PyWeakRef r && r.get() == null) dict.remove(a[1]);
            return PyNone.NONE;
        });
        d.putStr("proxy", new PyBuiltinFunction("proxy", "_weakref", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("proxy() takes no keyword arguments");
            org.pyjit.runtime.objects.ArityCheck.check("proxy", a.length, 1, 2, false);
            PyWeakRef.runCallbacks();
            Object o = a[0];
            PyWeakRef.checkWeakrefable(o);
            WeakProxy p = new WeakProxy(Ops.isCallable(o) ? WeakProxy.CALLABLE_PROXY : WeakProxy.PROXY);
            p.bind(o, a.length > 1 ? a[1] : PyNone.NONE);
            return p;
        }));
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_weakref", min, max, body));
    }

    /** Installs the methods of the reference and proxy types (once). */
    public static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = REF;
        t.namespace.putStr("__module__", "weakref");
        TypeLayout.markWeakrefable(BuiltinTypes.BUILTIN_FUNCTION, BuiltinTypes.MODULE);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, WeakrefModule::newRef));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> PyNone.NONE));
        t.namespace.putStr("__call__", PyMethodDescriptor.positional(t, "__call__", 0, 0, a -> {
            Object o = ((PyWeakRef) a[0]).get();
            return o == null ? PyNone.NONE : o;
        }));
        t.namespace.putStr("__hash__", PyMethodDescriptor.positional(t, "__hash__", 0, 0, a -> ((PyWeakRef) a[0]).hash()));
        t.namespace.putStr("__eq__", PyMethodDescriptor.positional(t, "__eq__", 1, 1, a -> equal(a[0], a[1], false)));
        t.namespace.putStr("__ne__", PyMethodDescriptor.positional(t, "__ne__", 1, 1, a -> equal(a[0], a[1], true)));
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> repr((PyWeakRef) a[0])));
        t.namespace.putStr("__callback__", new PyGetSetDescriptor(t, "__callback__", o -> ((PyWeakRef) o).callback, null));
        org.pyjit.runtime.modules.GenericAlias.addClassGetItem(t);
        WeakProxy.install();
    }

    private static Object newRef(Object[] args, String[] kw) {
        PyType cls = (PyType) args[0];
        // subclasses may take more arguments in __init__ (KeyedRef's key): only the first two are ours
        Object[] p = cls == REF ? REF_ARGS.parse(args, kw, 1) : new Object[] {args.length > 1 ? args[1] : null,
            args.length > 2 ? args[2] : null};
        if (p[0] == null) throw Errors.typeError("__new__ expected at least 1 argument, got 0");
        Object o = p[0];
        Object callback = p[1] == null ? PyNone.NONE : p[1];
        PyWeakRef.runCallbacks();
        PyWeakRef.checkWeakrefable(o);
        if (cls == REF && callback == PyNone.NONE) {
            List<PyWeakRef> existing = PyWeakRef.referencesTo(o);
            for (PyWeakRef r : existing) if (r.type == REF && r.callback == PyNone.NONE && !(r instanceof WeakProxy)) return r;
        }
        PyWeakRef r = (PyWeakRef) cls.instanceFactory.apply(cls);
        r.bind(o, callback);
        return r;
    }

    private static Object equal(Object a, Object b, boolean negate) {
        if (!(b instanceof PyWeakRef rb) || b instanceof WeakProxy) return BuiltinTypes.NOT_IMPLEMENTED;
        PyWeakRef ra = (PyWeakRef) a;
        Object x = ra.get(), y = rb.get();
        boolean same = x == null || y == null ? ra == rb : Ops.eq(x, y);
        return negate != same;
    }

    private static String repr(PyWeakRef r) {
        Object o = r.get();
        String head = "<weakref at " + address(r) + "; ";
        if (o == null) return head + "dead>";
        Object name = Ops.getAttrOrNull(o, "__name__");
        String type = Ops.typeName(o);
        return head + "to '" + type + "' at " + address(o) + (name instanceof String s ? " (" + s + ")" : "") + ">";
    }

    static String address(Object o) {
        return "0x" + Long.toHexString(org.pyjit.runtime.objects.ObjectIdentity.id(o));
    }
}
