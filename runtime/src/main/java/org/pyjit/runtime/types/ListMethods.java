package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;

/** Installs the methods of {@code list}, with CPython 3.11's behaviour and messages. */
final class ListMethods {
    private ListMethods() {}

    static void install() {
        PyType t = BuiltinTypes.LIST;
        t.instanceFactory = PyList::new;
        MethodTable m = new MethodTable(t);
        m.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, t);
            return cls.instanceFactory.apply(cls);
        });
        t.namespace.putStr("__init__", new org.pyjit.runtime.objects.PyMethodDescriptor(t, "__init__", (args, kw) -> {
            ConstructorSupport.noKeywords("list", kw);
            MethodTable.checkArity("list", args.length - 1, 0, 1);
            PyList self = (PyList) args[0];
            clear(self);
            if (args.length > 1) extend(self, args[1]);
            return PyNone.NONE;
        }));
        m.unhashable();
        installMutators(m);
        installQueries(m);
        installOperators(m);
        ListIterators.install();
        m.slot("__iter__", 0, a -> new ListIterators.Forward((PyList) a[0]));
        m.method("__reversed__", 0, 0, a -> new ListIterators.Reverse((PyList) a[0]));
    }

    private static void installMutators(MethodTable m) {
        m.method("append", 1, 1, a -> {
            ((PyList) a[0]).append(a[1]);
            return PyNone.NONE;
        });
        m.method("extend", 1, 1, a -> {
            extend((PyList) a[0], a[1]);
            return PyNone.NONE;
        });
        m.method("insert", 2, 2, a -> {
            PyList l = (PyList) a[0];
            long i = Ops.index(a[1]);
            if (i < 0) i = Math.max(0, i + l.size);
            insert(l, (int) Math.min(i, l.size), a[2]);
            return PyNone.NONE;
        });
        m.method("pop", 0, 1, a -> {
            PyList l = (PyList) a[0];
            if (l.size == 0) throw Errors.indexError("pop from empty list");
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            int k = SequenceSupport.normalize(i, l.size);
            if (k < 0) throw Errors.indexError("pop index out of range");
            Object v = l.items[k];
            removeRange(l, k, k + 1);
            return v;
        });
        m.method("remove", 1, 1, a -> {
            PyList l = (PyList) a[0];
            for (int i = 0; i < l.size; i++) {
                Object x = l.items[i];
                if (x == a[1] || Ops.eq(x, a[1])) {
                    if (i < l.size) removeRange(l, i, i + 1);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        m.method("clear", 0, 0, a -> {
            clear((PyList) a[0]);
            return PyNone.NONE;
        });
        m.method("reverse", 0, 0, a -> {
            PyList l = (PyList) a[0];
            reverse(l.items, 0, l.size);
            return PyNone.NONE;
        });
        m.methodKw("sort", new String[] {"key", "reverse"}, 0, 0, 0, (self, p) -> {
            boolean reverse = p[1] != null && Ops.index(p[1]) != 0;
            ListSort.sortList((PyList) self, p[0] == null || p[0] == PyNone.NONE ? null : p[0], reverse);
            return PyNone.NONE;
        });
    }

    private static void installQueries(MethodTable m) {
        m.method("copy", 0, 0, a -> new PyList(((PyList) a[0]).toArray()));
        m.method("count", 1, 1, a -> {
            PyList l = (PyList) a[0];
            long n = 0;
            for (int i = 0; i < l.size; i++) {
                Object x = l.items[i];
                if (x == a[1] || Ops.eq(x, a[1])) n++;
            }
            return n;
        });
        m.method("index", 1, 3, a -> {
            PyList l = (PyList) a[0];
            long start = a.length > 2 ? SequenceSupport.boundArg(a[2], l.size) : 0;
            long stop = a.length > 3 ? SequenceSupport.boundArg(a[3], l.size) : l.size;
            for (long i = start; i < stop && i < l.size; i++) {
                Object x = l.items[(int) i];
                if (x == a[1] || Ops.eq(x, a[1])) return i;
            }
            throw Errors.valueError(Ops.repr(a[1]) + " is not in list");
        });
        m.slot("__len__", 0, a -> (long) ((PyList) a[0]).size);
        m.slot("__contains__", 1, a -> {
            PyList l = (PyList) a[0];
            for (int i = 0; i < l.size; i++) {
                Object x = l.items[i];
                if (x == a[1] || Ops.eq(x, a[1])) return true;
            }
            return false;
        });
        m.method("__getitem__", 1, 1, a -> getItem((PyList) a[0], a[1]));
        m.slot("__setitem__", 2, a -> {
            setItem((PyList) a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        m.slot("__delitem__", 1, a -> {
            delItem((PyList) a[0], a[1]);
            return PyNone.NONE;
        });
        m.slot("__repr__", 0, a -> repr((PyList) a[0]));
    }

    private static void installOperators(MethodTable m) {
        m.slot("__add__", 1, a -> {
            if (!(a[1] instanceof PyList o)) return NOT_IMPLEMENTED;
            return SequenceSupport.concat((PyList) a[0], o);
        });
        m.slot("__iadd__", 1, a -> {
            extend((PyList) a[0], a[1]);
            return a[0];
        });
        org.pyjit.runtime.objects.PyBuiltinFunction.Positional mul = a -> {
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) return NOT_IMPLEMENTED;
            PyList self = (PyList) a[0];
            return new PyList(SequenceSupport.repeat(self.items, self.size, n));
        };
        m.slot("__mul__", 1, mul);
        m.slot("__rmul__", 1, mul);
        m.slot("__imul__", 1, a -> {
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) return NOT_IMPLEMENTED;
            PyList self = (PyList) a[0];
            Object[] r = SequenceSupport.repeat(self.items, self.size, n);
            self.items = r.length == 0 ? new Object[4] : r;
            self.size = r.length;
            return self;
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                if (!(a[1] instanceof PyList o)) return NOT_IMPLEMENTED;
                PyList self = (PyList) a[0];
                return SequenceSupport.lexCompare(self.items, self.size, o.items, o.size, op);
            });
        }
    }

    // ------------------------------------------------------------------ operations

    static String repr(PyList l) {
        if (!ReprGuard.enter(l)) return "[...]";
        try {
            if (l.size == 0) return "[]";
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) { // re-read size: an element's repr may mutate the list
                if (i > 0) b.append(", ");
                b.append(Ops.repr(l.items[i]));
            }
            return b.append(']').toString();
        } finally {
            ReprGuard.leave(l);
        }
    }

    static void clear(PyList l) {
        l.items = new Object[4];
        l.size = 0;
    }

    /** {@code list.extend}: list and tuple without an iterator (self-extension included). */
    static void extend(PyList l, Object iterable) {
        // CPython's fast path: exact lists and tuples (a subclass's own __iter__ decides), and the list itself
        if (iterable == l || iterable instanceof PyList x && x.type == BuiltinTypes.LIST
                || iterable instanceof org.pyjit.runtime.objects.PyTuple t && t.type == BuiltinTypes.TUPLE) {
            Object[] v = SequenceSupport.toArray(iterable);
            if ((long) l.size + v.length > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
            l.ensureCapacity(l.size + v.length);
            System.arraycopy(v, 0, l.items, l.size, v.length);
            l.size += v.length;
            return;
        }
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) l.append(x);
    }

    static void insert(PyList l, int at, Object v) {
        if (l.size == SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        l.ensureCapacity(l.size + 1);
        System.arraycopy(l.items, at, l.items, at + 1, l.size - at);
        l.items[at] = v;
        l.size++;
    }

    /** Removes elements {@code [lo, hi)}. */
    static void removeRange(PyList l, int lo, int hi) {
        System.arraycopy(l.items, hi, l.items, lo, l.size - hi);
        Arrays.fill(l.items, l.size - (hi - lo), l.size, null);
        l.size -= hi - lo;
    }

    static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    static Object getItem(PyList l, Object key) {
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, () -> l.size);
            int n = (int) si.length();
            Object[] r = new Object[n];
            if (si.step() == 1) System.arraycopy(l.items, (int) si.start(), r, 0, n);
            else for (int i = 0; i < n; i++) r[i] = l.items[(int) si.at(i)];
            return new PyList(r);
        }
        int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size);
        if (k < 0) throw Errors.indexError("list index out of range");
        return l.items[k];
    }

    static void setItem(PyList l, Object key, Object value) {
        if (key instanceof PySlice s) {
            setSlice(l, s, value);
            return;
        }
        int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size);
        if (k < 0) throw Errors.indexError("list assignment index out of range");
        l.items[k] = value;
    }

    static void delItem(PyList l, Object key) {
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, () -> l.size);
            if (si.step() == 1) {
                if (si.length() > 0) removeRange(l, (int) si.start(), (int) (si.start() + si.length()));
                return;
            }
            deleteExtended(l, si);
            return;
        }
        int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "list"), l.size);
        if (k < 0) throw Errors.indexError("list assignment index out of range");
        removeRange(l, k, k + 1);
    }

    private static void deleteExtended(PyList l, SliceIndices si) {
        int n = (int) si.length();
        if (n == 0) return;
        boolean[] drop = new boolean[l.size];
        for (int i = 0; i < n; i++) drop[(int) si.at(i)] = true;
        int w = 0;
        for (int r = 0; r < l.size; r++) if (!drop[r]) l.items[w++] = l.items[r];
        Arrays.fill(l.items, w, l.size, null);
        l.size = w;
    }

    private static void setSlice(PyList l, PySlice s, Object value) {
        SliceIndices si = SliceIndices.of(s, () -> l.size);
        if (si.step() == 1) {
            Object[] v = SequenceSupport.toArray(value, "can only assign an iterable");
            int lo = (int) si.start();
            int hi = (int) Math.max(si.start(), si.stop());
            replaceRange(l, lo, hi, v);
            return;
        }
        Object[] v = SequenceSupport.toArray(value, "must assign iterable to extended slice");
        if (v.length != si.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + v.length + " to extended slice of size " + si.length());
        }
        for (int i = 0; i < v.length; i++) l.items[(int) si.at(i)] = v[i];
    }

    /** Replaces elements {@code [lo, hi)} by {@code v} (any length). */
    static void replaceRange(PyList l, int lo, int hi, Object[] v) {
        int delta = v.length - (hi - lo);
        if ((long) l.size + delta > SequenceSupport.MAX_SIZE) throw SequenceSupport.memoryError();
        if (delta > 0) l.ensureCapacity(l.size + delta);
        System.arraycopy(l.items, hi, l.items, hi + delta, l.size - hi);
        System.arraycopy(v, 0, l.items, lo, v.length);
        if (delta < 0) Arrays.fill(l.items, l.size + delta, l.size, null);
        l.size += delta;
    }
}
