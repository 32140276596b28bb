package org.pyjit.runtime.modules;

import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller}. */
final class OperatorGetters {
    private OperatorGetters() {}

    static final PyType ITEMGETTER = BuiltinTypes.make("itemgetter", BuiltinTypes.OBJECT);
    static final PyType ATTRGETTER = BuiltinTypes.make("attrgetter", BuiltinTypes.OBJECT);
    static final PyType METHODCALLER = BuiltinTypes.make("methodcaller", BuiltinTypes.OBJECT);

    /** One of the three: its kind is its type; {@code items} are the keys, dotted names split, or the call's arguments. */
    static final class Getter extends PyObject {
        final Object[] items;
        final String[][] paths;
        final String[] kwnames;

        Getter(PyType t, Object[] items, String[][] paths, String[] kwnames) {
            super(t);
            this.items = items;
            this.paths = paths;
            this.kwnames = kwnames;
        }
    }

    private static boolean installed;

    static synchronized void install(PyDict d) {
        d.putStr("itemgetter", ITEMGETTER);
        d.putStr("attrgetter", ATTRGETTER);
        d.putStr("methodcaller", METHODCALLER);
        if (installed) return;
        installed = true;
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) t.namespace.putStr("__module__", "operator");
        ctor(ITEMGETTER, (a, kw) -> {
            noKeywords("itemgetter", kw);
            if (a.length < 2) throw Errors.typeError("itemgetter expected 1 argument, got 0");
            return new Getter(ITEMGETTER, Arrays.copyOfRange(a, 1, a.length), null, null);
        });
        ctor(ATTRGETTER, (a, kw) -> {
            noKeywords("attrgetter", kw);
            if (a.length < 2) throw Errors.typeError("attrgetter expected 1 argument, got 0");
            String[][] paths = new String[a.length - 1][];
            for (int i = 1; i < a.length; i++) {
                String s = a[i] instanceof String x ? x : a[i] instanceof PyBoxed b && b.value instanceof String x ? x : null;
                if (s == null) throw Errors.typeError("attribute name must be a string");
                paths[i - 1] = s.split("\\.", -1);
            }
            return new Getter(ATTRGETTER, Arrays.copyOfRange(a, 1, a.length), paths, null);
        });
        ctor(METHODCALLER, (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 2) throw Errors.typeError("methodcaller needs at least one argument, the method name");
            if (!(a[1] instanceof String)) throw Errors.typeError("method name must be a string");
            return new Getter(METHODCALLER, Arrays.copyOfRange(a, 1, a.length), null, kw);
        });
        callMethod(ITEMGETTER, (g, obj) -> {
            if (g.items.length == 1) return Ops.getItem(obj, g.items[0]);
            Object[] out = new Object[g.items.length];
            for (int i = 0; i < out.length; i++) out[i] = Ops.getItem(obj, g.items[i]);
            return new PyTuple(out);
        });
        callMethod(ATTRGETTER, (g, obj) -> {
            if (g.paths.length == 1) return walk(obj, g.paths[0]);
            Object[] out = new Object[g.paths.length];
            for (int i = 0; i < out.length; i++) out[i] = walk(obj, g.paths[i]);
            return new PyTuple(out);
        });
        callMethod(METHODCALLER, (g, obj) -> {
            Object method = Ops.getAttr(obj, (String) g.items[0]);
            return Ops.callKw(method, Arrays.copyOfRange(g.items, 1, g.items.length), g.kwnames);
        });
        repr(ITEMGETTER, g -> "operator.itemgetter(" + join(g.items, 0, g.items.length) + ")");
        repr(ATTRGETTER, g -> "operator.attrgetter(" + join(g.items, 0, g.items.length) + ")");
        repr(METHODCALLER, g -> {
            int nkw = g.kwnames == null ? 0 : g.kwnames.length;
            StringBuilder b = new StringBuilder("operator.methodcaller(").append(join(g.items, 0, g.items.length - nkw));
            for (int i = 0; i < nkw; i++) {
                b.append(", ").append(g.kwnames[i]).append('=').append(Ops.repr(g.items[g.items.length - nkw + i]));
            }
            return b.append(')').toString();
        });
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER}) {
            t.namespace.putStr("__reduce__", PyMethodDescriptor.positional(t, "__reduce__", 0, 0,
                    a -> PyTuple.of(Ops.typeOf(a[0]), new PyTuple(((Getter) a[0]).items))));
        }
        METHODCALLER.namespace.putStr("__reduce__", PyMethodDescriptor.positional(METHODCALLER, "__reduce__", 0, 0,
                a -> reduceMethodCaller((Getter) a[0])));
    }

    /**
     * As CPython's: {@code (methodcaller, (name, *args))}, or with keyword arguments
     * {@code (functools.partial(methodcaller, name, **kwargs), args)}, since the constructor's
     * keywords cannot be passed through a reduce tuple.
     */
    private static PyTuple reduceMethodCaller(Getter g) {
        int nkw = g.kwnames == null ? 0 : g.kwnames.length;
        int npos = g.items.length - nkw;
        if (nkw == 0) return PyTuple.of(Ops.typeOf(g), new PyTuple(g.items.clone()));
        Object partial = Ops.getAttr(org.pyjit.runtime.imports.ImportSystem.importModule("functools"), "partial");
        Object[] pargs = new Object[2 + nkw];
        pargs[0] = Ops.typeOf(g);
        pargs[1] = g.items[0];
        System.arraycopy(g.items, npos, pargs, 2, nkw);
        Object bound = Ops.callKw(partial, pargs, g.kwnames.clone());
        return PyTuple.of(bound, new PyTuple(Arrays.copyOfRange(g.items, 1, npos)));
    }

    private static String join(Object[] items, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(", ");
            b.append(Ops.repr(items[i]));
        }
        return b.toString();
    }

    private static Object walk(Object obj, String[] path) {
        Object v = obj;
        for (String name : path) v = Ops.getAttr(v, name);
        return v;
    }

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    private static void ctor(PyType t, org.pyjit.runtime.objects.PyCallable body) {
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, body));
    }

    private interface Apply {
        Object apply(Getter g, Object obj);
    }

    private static void callMethod(PyType t, Apply body) {
        t.namespace.putStr("__call__", new PyMethodDescriptor(t, "__call__", (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(t.name + "() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError(t.name + " expected 1 argument, got " + (a.length - 1));
            return body.apply((Getter) a[0], a[1]);
        }));
    }

    private static void repr(PyType t, java.util.function.Function<Getter, String> body) {
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> body.apply((Getter) a[0])));
    }
}
