package org.pyjit.runtime.modules.collections;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The {@code _collections} module: deque, defaultdict, {@code _count_elements} and {@code _tuplegetter}. */
public final class CollectionsModule {
    private CollectionsModule() {}

    static final PyType TUPLEGETTER = BuiltinTypes.make("_tuplegetter", BuiltinTypes.OBJECT);
    private static boolean installed;

    /** A {@code namedtuple} field: reads item {@code index} of the tuple. */
    static final class TupleGetter extends PyObject {
        final long index;
        Object doc;

        TupleGetter(long index, Object doc) {
            super(TUPLEGETTER);
            this.index = index;
            this.doc = doc;
        }
    }

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        DequeMethods.install();
        DefaultDict.install();
        PyType t = TUPLEGETTER;
        t.namespace.putStr("__module__", "_collections");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length != 3) throw Errors.typeError("_tuplegetter expected 2 arguments, got " + (a.length - 1));
            return new TupleGetter(Ops.index(a[1]), a[2]);
        }));
        m(t, "__get__", 1, 2, a -> {
            TupleGetter g = (TupleGetter) a[0];
            Object obj = a[1];
            if (obj == PyNone.NONE) return g;
            if (!(obj instanceof PyTuple tup)) {
                throw Errors.typeError("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                        + Ops.typeName(obj) + "' object");
            }
            if (g.index >= tup.items.length) throw Errors.indexError("tuple index out of range");
            return tup.items[(int) g.index];
        });
        m(t, "__set__", 2, 2, a -> {
            throw Errors.attributeError("can't set attribute");
        });
        m(t, "__delete__", 1, 1, a -> {
            throw Errors.attributeError("can't delete attribute");
        });
        t.namespace.putStr("__doc__", new PyGetSetDescriptor(t, "__doc__", o -> o instanceof TupleGetter g ? g.doc : PyNone.NONE,
                (o, v) -> ((TupleGetter) o).doc = v == null ? PyNone.NONE : v));
        m(t, "__reduce__", 0, 0, a -> PyTuple.of(TUPLEGETTER, PyTuple.of(((TupleGetter) a[0]).index, ((TupleGetter) a[0]).doc)));
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_collections");
        PyDict d = m.dict;
        d.putStr("__doc__", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n"
                + "- defaultdict:  dict subclass with a default value factory\n");
        d.putStr("deque", DequeMethods.DEQUE);
        d.putStr("defaultdict", DefaultDict.TYPE);
        d.putStr("_deque_iterator", DequeMethods.ITERATOR);
        d.putStr("_deque_reverse_iterator", DequeMethods.REVERSE_ITERATOR);
        d.putStr("_tuplegetter", TUPLEGETTER);
        d.putStr("_count_elements", PyBuiltinFunction.positional("_count_elements", "_collections", 2, 2, a -> {
            countElements(a[0], a[1]);
            return PyNone.NONE;
        }));
        return m;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** {@code mapping[elem] = mapping.get(elem, 0) + 1} for each element; direct on a plain dict (or Counter). */
    private static void countElements(Object mapping, Object iterable) {
        Iteration.Cursor c = Iteration.cursor(iterable);
        PyType t = Ops.typeOf(mapping);
        boolean direct = mapping instanceof PyDict && t.lookup("get") == BuiltinTypes.DICT.lookup("get")
                && t.lookup("__setitem__") == BuiltinTypes.DICT.lookup("__setitem__");
        if (direct) {
            PyDict d = (PyDict) mapping;
            for (Object e = c.next(); e != null; e = c.next()) {
                Object old = d.get(e);
                d.put(e, old == null ? (Object) 1L : Ops.binary(old, 1L, BinaryOp.ADD));
            }
            return;
        }
        Object get = Ops.getAttr(mapping, "get");
        for (Object e = c.next(); e != null; e = c.next()) {
            Ops.setItem(mapping, e, Ops.binary(Ops.call(get, e, 0L), 1L, BinaryOp.ADD));
        }
    }
}
