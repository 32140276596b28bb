package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ObjectIdentity;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code Pickler.memo} and {@code Unpickler.memo}: proxies with {@code copy()} (a dict
 * {@code {id(obj): (index, obj)}} or {@code {index: obj}}), {@code clear()} and {@code __len__}, and
 * the setters that accept a proxy or such a dict.
 */
final class PickleMemoProxies {
    private PickleMemoProxies() {}

    static final PyType PICKLER_PROXY = BuiltinTypes.make("PicklerMemoProxy", BuiltinTypes.OBJECT);
    static final PyType UNPICKLER_PROXY = BuiltinTypes.make("UnpicklerMemoProxy", BuiltinTypes.OBJECT);

    /** A view of one pickler's memo. */
    static final class PicklerMemoProxy extends PyObject {
        final Pickler pickler;

        PicklerMemoProxy(Pickler p) {
            super(PICKLER_PROXY);
            pickler = p;
        }
    }

    /** A view of one unpickler's memo. */
    static final class UnpicklerMemoProxy extends PyObject {
        final Unpickler unpickler;

        UnpicklerMemoProxy(Unpickler u) {
            super(UNPICKLER_PROXY);
            unpickler = u;
        }
    }

    static void install() {
        PyType t = PICKLER_PROXY;
        t.namespace.putStr("__module__", "_pickle");
        m(t, "copy", a -> picklerCopy(((PicklerMemoProxy) a[0]).pickler));
        m(t, "clear", a -> {
            ((PicklerMemoProxy) a[0]).pickler.memo.clear();
            return PyNone.NONE;
        });
        m(t, "__len__", a -> (long) ((PicklerMemoProxy) a[0]).pickler.memo.size());
        m(t, "__reduce__", a -> PyTuple.of(BuiltinTypes.DICT, PyTuple.of(picklerCopy(((PicklerMemoProxy) a[0]).pickler))));
        PyType u = UNPICKLER_PROXY;
        u.namespace.putStr("__module__", "_pickle");
        m(u, "copy", a -> ((UnpicklerMemoProxy) a[0]).unpickler.memoCopy());
        m(u, "clear", a -> {
            ((UnpicklerMemoProxy) a[0]).unpickler.memoClear();
            return PyNone.NONE;
        });
        m(u, "__len__", a -> (long) ((UnpicklerMemoProxy) a[0]).unpickler.memoCopy().size());
        m(u, "__reduce__", a -> PyTuple.of(BuiltinTypes.DICT, PyTuple.of(((UnpicklerMemoProxy) a[0]).unpickler.memoCopy())));
    }

    private static void m(PyType t, String name, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, 0, 0, body));
    }

    static PyDict picklerCopy(Pickler p) {
        PyDict d = new PyDict();
        p.memo.forEach((obj, idx) -> d.put(ObjectIdentity.id(obj), PyTuple.of((long) idx, obj)));
        return d;
    }

    static void setPicklerMemo(Pickler p, Object v) {
        if (v == null) throw Errors.typeError("attribute deletion is not supported");
        if (v instanceof PicklerMemoProxy proxy) {
            p.memo = proxy.pickler.memo.copy();
            return;
        }
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("'memo' attribute must be a PicklerMemoProxy object or dict, not " + Ops.typeName(v));
        }
        PickleMemo memo = new PickleMemo();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            Object value = d.valueAt(e);
            if (!(value instanceof PyTuple t) || t.items.length != 2) throw Errors.typeError("'memo' values must be 2-item tuples");
            memo.put(t.items[1], (int) Ops.index(t.items[0]));
        }
        p.memo = memo;
    }
}
