package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** Installs the methods of {@code dict}, with CPython 3.11's behaviour and messages. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        PyType t = BuiltinTypes.DICT;
        t.instanceFactory = PyDict::new;
        MethodTable m = new MethodTable(t);
        m.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, t);
            return cls.instanceFactory.apply(cls);
        });
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (args, kw) -> {
            updateCommon((PyDict) args[0], args, kw, "dict");
            return PyNone.NONE;
        }));
        t.namespace.putStr("update", new PyMethodDescriptor(t, "update", (args, kw) -> {
            updateCommon((PyDict) args[0], args, kw, "update");
            return PyNone.NONE;
        }));
        m.unhashable();
        installAccessors(m);
        installMutators(m);
        installOperators(m);
        DictViews.install();
        m.slot("__iter__", 0, a -> new DictIterator((PyDict) a[0], DictIterator.Kind.KEYS, false));
        m.method("__reversed__", 0, 0, a -> new DictIterator((PyDict) a[0], DictIterator.Kind.KEYS, true));
        m.method("keys", 0, 0, a -> new DictViews.View(DictViews.KEYS, (PyDict) a[0]));
        m.method("values", 0, 0, a -> new DictViews.View(DictViews.VALUES, (PyDict) a[0]));
        m.method("items", 0, 0, a -> new DictViews.View(DictViews.ITEMS, (PyDict) a[0]));
    }

    private static void installAccessors(MethodTable m) {
        m.method("get", 1, 2, a -> {
            Object v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        m.method("__getitem__", 1, 1, a -> getItem((PyDict) a[0], a[1]));
        m.slot("__len__", 0, a -> (long) ((PyDict) a[0]).size());
        m.method("__contains__", 1, 1, a -> ((PyDict) a[0]).containsKey(a[1]));
        m.method("copy", 0, 0, a -> ((PyDict) a[0]).copy());
        m.slot("__repr__", 0, a -> repr((PyDict) a[0]));
        m.classMethod("fromkeys", 1, 2, a -> fromKeys((PyType) a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE));
    }

    private static void installMutators(MethodTable m) {
        m.slot("__setitem__", 2, a -> {
            ((PyDict) a[0]).put(a[1], a[2]);
            return PyNone.NONE;
        });
        m.slot("__delitem__", 1, a -> {
            PyDict d = (PyDict) a[0];
            int e = d.findEntry(a[1]);
            if (e < 0) throw Errors.keyError(a[1]);
            d.removeAt(e);
            return PyNone.NONE;
        });
        m.method("setdefault", 1, 2, a -> {
            PyDict d = (PyDict) a[0];
            long h = Ops.hash(a[1]);
            int e = d.findEntry(a[1], h);
            if (e >= 0) return d.valueAt(e);
            Object v = a.length > 2 ? a[2] : PyNone.NONE;
            d.putWithHash(a[1], h, v);
            return v;
        });
        m.method("pop", 1, 2, a -> {
            PyDict d = (PyDict) a[0];
            int e = d.size() == 0 ? -1 : d.findEntry(a[1]);
            if (e < 0) {
                if (a.length > 2) return a[2];
                throw Errors.keyError(a[1]);
            }
            return d.removeAt(e);
        });
        m.method("popitem", 0, 0, a -> {
            Object[] kv = ((PyDict) a[0]).popLast();
            if (kv == null) throw Errors.keyError("popitem(): dictionary is empty");
            return PyTuple.of(kv);
        });
        m.method("clear", 0, 0, a -> {
            ((PyDict) a[0]).clear();
            return PyNone.NONE;
        });
    }

    private static void installOperators(MethodTable m) {
        m.slot("__or__", 1, a -> {
            if (!(a[1] instanceof PyDict)) return NOT_IMPLEMENTED;
            PyDict r = ((PyDict) a[0]).copy();
            updateArg(r, a[1]);
            return r;
        });
        m.slot("__ror__", 1, a -> {
            if (!(a[1] instanceof PyDict o)) return NOT_IMPLEMENTED;
            PyDict r = o.copy();
            updateArg(r, a[0]);
            return r;
        });
        m.slot("__ior__", 1, a -> {
            updateArg((PyDict) a[0], a[1]);
            return a[0];
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                if (!(a[1] instanceof PyDict o) || (op != CompareOp.EQ && op != CompareOp.NE)) return NOT_IMPLEMENTED;
                boolean eq = equal((PyDict) a[0], o);
                return op == CompareOp.EQ ? eq : !eq;
            });
        }
    }

    // ------------------------------------------------------------------ operations

    /** {@code d[key]}: KeyError(key), or {@code __missing__} for subclasses that define it. */
    static Object getItem(PyDict d, Object key) {
        Object v = d.get(key);
        if (v != null) return v;
        if (d.type != BuiltinTypes.DICT) {
            Object missing = d.type.lookup("__missing__");
            if (missing != null) return Ops.callDescriptor(missing, d, new Object[] {key});
        }
        throw Errors.keyError(key);
    }

    /** {@code dict.__init__} / {@code dict.update}: one optional positional argument, then keywords. */
    static void updateCommon(PyDict self, Object[] args, String[] kwnames, String name) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - 1 - nkw;
        MethodTable.checkArity(name, npos, 0, 1);
        if (npos == 1) updateArg(self, args[1]);
        for (int k = 0; k < nkw; k++) self.putStr(kwnames[k], args[1 + npos + k]);
    }

    /** CPython's {@code dict_update_arg}: a dict, anything with {@code keys()}, or an iterable of pairs. */
    static void updateArg(PyDict self, Object arg) {
        if (arg instanceof PyDict d && (d.type == BuiltinTypes.DICT || d.type.lookup("__iter__") == BuiltinTypes.DICT.lookup("__iter__"))) {
            self.putAll(d);
            return;
        }
        if (Ops.getAttrOrNull(arg, "keys") != null) {
            mergeMapping(self, arg);
            return;
        }
        mergeFromPairs(self, arg);
    }

    /** {@code PyDict_Merge} for a mapping that is not a plain dict: {@code keys()}, then {@code arg[key]}. */
    static void mergeMapping(PyDict self, Object mapping) {
        Object keys = Ops.call(Ops.getAttr(mapping, "keys"));
        Object it = Ops.iter(keys);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) self.put(k, Ops.getItem(mapping, k));
    }

    /** {@code PyDict_MergeFromSeq2}: every element must be a sequence of length 2. */
    static void mergeFromPairs(PyDict self, Object seq) {
        Object it = Ops.iter(seq);
        long i = 0;
        for (Object item = Ops.next(it); item != null; item = Ops.next(it), i++) {
            Object[] pair;
            try {
                pair = SequenceSupport.toArray(item, "");
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + pair.length
                        + "; 2 is required");
            }
            self.put(pair[0], pair[1]);
        }
    }

    static Object fromKeys(PyType cls, Object iterable, Object value) {
        Object d = cls == BuiltinTypes.DICT ? new PyDict() : Ops.call(cls);
        if (d instanceof PyDict pd && pd.type == BuiltinTypes.DICT) {
            if (iterable instanceof PyDict src && src.type == BuiltinTypes.DICT) {
                for (int e = src.nextEntry(0); e >= 0; e = src.nextEntry(e + 1)) pd.putWithHash(src.keyAt(e), src.hashAt(e), value);
                return pd;
            }
            if (iterable instanceof PySet s && (s.type == BuiltinTypes.SET || s.type == BuiltinTypes.FROZENSET)) {
                for (int j = s.nextSlot(0); j >= 0; j = s.nextSlot(j + 1)) pd.putWithHash(s.keyAt(j), s.hashAt(j), value);
                return pd;
            }
            Object it = Ops.iter(iterable);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) pd.put(k, value);
            return pd;
        }
        Object it = Ops.iter(iterable);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) Ops.setItem(d, k, value);
        return d;
    }

    /** {@code dict_equal}: same size, and every key of {@code a} maps to an equal value in {@code b}. */
    static boolean equal(PyDict a, PyDict b) {
        if (a == b) return true;
        if (a.size() != b.size()) return false;
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            Object k = a.keyAt(e);
            Object av = a.valueAt(e);
            int f = b.findEntry(k, a.hashAt(e));
            if (f < 0) return false;
            Object bv = b.valueAt(f);
            if (av != bv && !Ops.eq(av, bv)) return false;
            if (e >= a.entryLimit()) break; // a shrank during a comparison
        }
        return true;
    }

    static String repr(PyDict d) {
        if (!ReprGuard.enter(d)) return "{...}";
        try {
            if (d.size() == 0) return "{}";
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e), v = d.valueAt(e);
                if (!first) b.append(", ");
                first = false;
                b.append(Ops.repr(k)).append(": ").append(Ops.repr(v));
            }
            return b.append('}').toString();
        } finally {
            ReprGuard.leave(d);
        }
    }
}
