package org.pyjit.runtime.modules.collections;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.GenericAlias;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.ReprGuard;

/** {@code collections.defaultdict}: a dict whose {@code __missing__} inserts {@code default_factory()}. */
public final class DefaultDict extends PyDict {
    static final PyType TYPE = BuiltinTypes.make("defaultdict", BuiltinTypes.DICT, DefaultDict::new);

    Object factory = PyNone.NONE;

    DefaultDict(PyType t) {
        super(t);
    }

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "collections");
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            DefaultDict d = (DefaultDict) a[0];
            int npos = a.length - (kw == null ? 0 : kw.length) - 1;
            Object factory = PyNone.NONE;
            Object[] rest = a;
            if (npos > 0) {
                factory = a[1];
                if (factory != PyNone.NONE && !Ops.isCallable(factory)) {
                    throw Errors.typeError("first argument must be callable or None");
                }
                rest = new Object[a.length - 1];
                rest[0] = a[0];
                System.arraycopy(a, 2, rest, 1, a.length - 2);
            }
            d.factory = factory;
            return Ops.callKw(BuiltinTypes.DICT.lookup("__init__"), rest, kw);
        }));
        t.namespace.putStr("default_factory", new PyGetSetDescriptor(t, "default_factory", o -> ((DefaultDict) o).factory,
                (o, v) -> ((DefaultDict) o).factory = v == null ? PyNone.NONE : v));
        m(t, "__missing__", 1, 1, a -> {
            DefaultDict d = (DefaultDict) a[0];
            if (d.factory == PyNone.NONE) throw Errors.keyError(a[1]);
            Object v = Ops.call(d.factory);
            Ops.setItem(d, a[1], v);
            return v;
        });
        m(t, "__repr__", 0, 0, a -> {
            DefaultDict d = (DefaultDict) a[0];
            String factory;
            if (d.factory == PyNone.NONE) {
                factory = "None";
            } else if (!ReprGuard.enter(d.factory)) {
                factory = "...";
            } else {
                try {
                    factory = Ops.repr(d.factory);
                } finally {
                    ReprGuard.leave(d.factory);
                }
            }
            Object dictRepr = Ops.callDescriptor(BuiltinTypes.DICT.lookup("__repr__"), d, new Object[0]);
            return Ops.typeOf(d).name + "(" + factory + ", " + dictRepr + ")";
        });
        m(t, "copy", 0, 0, a -> copy((DefaultDict) a[0]));
        m(t, "__copy__", 0, 0, a -> copy((DefaultDict) a[0]));
        m(t, "__reduce__", 0, 0, a -> {
            DefaultDict d = (DefaultDict) a[0];
            Object args = d.factory == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(d.factory);
            return PyTuple.of(Ops.typeOf(d), args, PyNone.NONE, PyNone.NONE, Ops.iter(Ops.call(Ops.getAttr(d, "items"))));
        });
        m(t, "__or__", 1, 1, a -> {
            if (!(a[1] instanceof PyDict)) return BuiltinTypes.NOT_IMPLEMENTED;
            Object r = copy((DefaultDict) a[0]);
            Ops.call(Ops.getAttr(r, "update"), a[1]);
            return r;
        });
        m(t, "__ror__", 1, 1, a -> {
            if (!(a[1] instanceof PyDict)) return BuiltinTypes.NOT_IMPLEMENTED;
            DefaultDict d = (DefaultDict) a[0];
            Object r = Ops.call(Ops.typeOf(d), d.factory, a[1]);
            Ops.call(Ops.getAttr(r, "update"), d);
            return r;
        });
        GenericAlias.addClassGetItem(t);
    }

    private static Object copy(DefaultDict d) {
        return Ops.call(Ops.typeOf(d), d.factory, d);
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
