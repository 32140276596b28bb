package org.pyjit.runtime.modules.array;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.GenericAlias;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.SequenceSupport;

/** The sequence methods of {@code array.array}: items, slices, operators, comparisons, search. */
final class ArrayMethods {
    private ArrayMethods() {}

    static final PyType ITERATOR = PyIterator.makeType("arrayiterator");

    /** Iterates by position, so an array that shrinks meanwhile just ends the iteration. */
    static final class Iter extends PyIterator {
        private final PyArray a;
        /** The next position; -1 once exhausted (then it pickles as an empty iterator, as CPython's). */
        private int next;

        Iter(PyArray a) {
            super(ITERATOR);
            this.a = a;
        }

        @Override
        public Object next() {
            if (next < 0 || next >= a.count()) {
                next = -1;
                return null;
            }
            return a.get(next++);
        }
    }

    static void install(PyType t) {
        m(ITERATOR, "__reduce__", 0, 0, a -> {
            Iter it = (Iter) a[0];
            Object iter = org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("iter");
            if (it.next < 0) return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(org.pyjit.runtime.objects.PyTuple.of()));
            return org.pyjit.runtime.objects.PyTuple.of(iter, org.pyjit.runtime.objects.PyTuple.of(it.a), (long) it.next);
        });
        m(ITERATOR, "__setstate__", 1, 1, a -> {
            Iter it = (Iter) a[0];
            long i = Ops.index(a[1]);
            if (it.next >= 0) it.next = (int) Math.max(0, Math.min(i, it.a.count()));
            return PyNone.NONE;
        });
        ITERATOR.namespace.putStr("__module__", "array");
        m(t, "__len__", 0, 0, a -> (long) arr(a).count());
        m(t, "__getitem__", 1, 1, a -> getItem(arr(a), a[1]));
        m(t, "__setitem__", 2, 2, a -> {
            setItem(arr(a), a[1], a[2]);
            return PyNone.NONE;
        });
        m(t, "__delitem__", 1, 1, a -> {
            delItem(arr(a), a[1]);
            return PyNone.NONE;
        });
        m(t, "__iter__", 0, 0, a -> new Iter(arr(a)));
        m(t, "__contains__", 1, 1, a -> find(arr(a), a[1], 0, Long.MAX_VALUE) >= 0);
        m(t, "append", 1, 1, a -> {
            arr(a).append(a[1]);
            return PyNone.NONE;
        });
        m(t, "extend", 1, 1, a -> {
            extend(arr(a), a[1]);
            return PyNone.NONE;
        });
        m(t, "insert", 2, 2, a -> {
            PyArray s = arr(a);
            long i = Ops.index(a[1]);
            int n = s.count();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            byte[] item = new byte[s.itemsize];
            s.store(item, 0, a[2]);
            s.replace((int) i * s.itemsize, (int) i * s.itemsize, item, item.length);
            return PyNone.NONE;
        });
        m(t, "pop", 0, 1, a -> {
            PyArray s = arr(a);
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            int n = s.count();
            if (n == 0) throw Errors.indexError("pop from empty array");
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("pop index out of range");
            Object v = s.get((int) i);
            s.replace((int) i * s.itemsize, (int) (i + 1) * s.itemsize, new byte[0], 0);
            return v;
        });
        m(t, "remove", 1, 1, a -> {
            PyArray s = arr(a);
            long i = find(s, a[1], 0, Long.MAX_VALUE);
            if (i < 0) throw Errors.valueError("array.remove(x): x not in array");
            s.replace((int) i * s.itemsize, (int) (i + 1) * s.itemsize, new byte[0], 0);
            return PyNone.NONE;
        });
        m(t, "index", 1, 3, a -> {
            PyArray s = arr(a);
            long start = a.length > 2 ? bound(a[2], s.count()) : 0;
            long stop = a.length > 3 ? bound(a[3], s.count()) : Long.MAX_VALUE;
            long i = find(s, a[1], start, stop);
            if (i < 0) throw Errors.valueError("array.index(x): x not in array");
            return i;
        });
        m(t, "count", 1, 1, a -> {
            PyArray s = arr(a);
            long n = 0;
            for (int i = 0; i < s.count(); i++) if (Ops.eq(s.get(i), a[1])) n++;
            return n;
        });
        m(t, "reverse", 0, 0, a -> {
            PyArray s = arr(a);
            int n = s.count(), size = s.itemsize;
            byte[] tmp = new byte[size];
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                System.arraycopy(s.data, i * size, tmp, 0, size);
                System.arraycopy(s.data, j * size, s.data, i * size, size);
                System.arraycopy(tmp, 0, s.data, j * size, size);
            }
            return PyNone.NONE;
        });
        m(t, "__add__", 1, 1, a -> {
            PyArray s = arr(a);
            if (!(a[1] instanceof PyArray o)) {
                throw Errors.typeError("can only append array (not \"" + Ops.typeName(a[1]) + "\") to array");
            }
            if (o.code != s.code) throw Errors.typeError("bad argument type for built-in operation");
            PyArray r = ArrayModule.newArray(s.code);
            r.replace(0, 0, s.data, s.nbytes);
            r.replace(r.nbytes, r.nbytes, o.data, o.nbytes);
            return r;
        });
        m(t, "__iadd__", 1, 1, a -> {
            PyArray s = arr(a);
            if (!(a[1] instanceof PyArray o)) {
                throw Errors.typeError("can only extend array with array (not \"" + Ops.typeName(a[1]) + "\")");
            }
            extend(s, o);
            return s;
        });
        PyBuiltinFunction.Positional mul = a -> {
            PyArray s = arr(a);
            Object n = repeatArg(a[1]);
            PyArray r = ArrayModule.newArray(s.code);
            repeatInto(r, s.bytes(), count(n));
            return r;
        };
        m(t, "__mul__", 1, 1, mul);
        m(t, "__rmul__", 1, 1, mul);
        m(t, "__imul__", 1, 1, a -> {
            PyArray s = arr(a);
            Object n = repeatArg(a[1]);
            byte[] once = s.bytes();
            s.nbytes = 0;
            repeatInto(s, once, count(n));
            return s;
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m(t, "__" + op.name().toLowerCase() + "__", 1, 1, a -> compare(arr(a), a[1], op));
        }
        t.namespace.putStr("__hash__", PyNone.NONE);
        m(t, "__copy__", 0, 0, a -> copy(arr(a)));
        m(t, "__deepcopy__", 1, 1, a -> copy(arr(a)));
        GenericAlias.addClassGetItem(t);
        t.namespace.putStr("itemsize", new PyGetSetDescriptor(t, "itemsize", o -> (long) ((PyArray) o).itemsize, null));
        t.namespace.putStr("typecode", new PyGetSetDescriptor(t, "typecode", o -> String.valueOf(((PyArray) o).code), null));
    }

    /** The count of {@code array * n}: an integer, else CPython's TypeError. */
    private static Object repeatArg(Object n) {
        Object i = n instanceof Double ? null : Ops.indexOrNull(n);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(n) + "' object cannot be interpreted as an integer");
        return i;
    }

    private static long count(Object n) {
        if (!(n instanceof Long l)) {
            if (((java.math.BigInteger) n).signum() < 0) return 0;
            throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        }
        return Math.max(0, l);
    }

    private static void repeatInto(PyArray r, byte[] once, long n) {
        if (once.length == 0 || n == 0) return;
        if (n > Integer.MAX_VALUE / once.length) throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR, "");
        r.ensure(once.length * n);
        for (long i = 0; i < n; i++) r.replace(r.nbytes, r.nbytes, once, once.length);
    }

    static PyArray copy(PyArray s) {
        PyArray r = ArrayModule.newArray(s.code);
        r.replace(0, 0, s.data, s.nbytes);
        return r;
    }

    /** A start or stop argument of {@code index}: negative counts from the end, clamped to the length. */
    private static long bound(Object o, int n) {
        long i = SliceIndices.clampedIndex(o);
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
    }

    private static long find(PyArray s, Object x, long start, long stop) {
        for (long i = start; i < Math.min(stop, s.count()); i++) {
            if (Ops.eq(s.get((int) i), x)) return i;
        }
        return -1;
    }

    static void extend(PyArray s, Object iterable) {
        if (iterable instanceof PyArray o) {
            if (o.code != s.code) throw Errors.typeError("can only extend with array of same kind");
            byte[] copy = o.bytes();
            s.replace(s.nbytes, s.nbytes, copy, copy.length);
            return;
        }
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) s.append(x);
    }

    private static Object getItem(PyArray s, Object key) {
        int n = s.count();
        if (key instanceof PySlice slice) {
            SliceIndices si = SliceIndices.of(slice, n);
            PyArray r = ArrayModule.newArray(s.code);
            int size = s.itemsize;
            r.ensure(si.length() * size);
            for (long i = 0; i < si.length(); i++) System.arraycopy(s.data, (int) si.at(i) * size, r.data, (int) i * size, size);
            r.nbytes = (int) si.length() * size;
            return r;
        }
        int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "array"), n);
        if (i < 0) throw Errors.indexError("array index out of range");
        return s.get(i);
    }

    private static void setItem(PyArray s, Object key, Object value) {
        int n = s.count(), size = s.itemsize;
        if (!(key instanceof PySlice slice)) {
            int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "array"), n);
            if (i < 0) throw Errors.indexError("array assignment index out of range");
            s.store(s.data, i * size, value);
            return;
        }
        if (!(value instanceof PyArray o)) {
            throw Errors.typeError("can only assign array (not \"" + Ops.typeName(value) + "\") to array slice");
        }
        if (o.code != s.code) throw Errors.typeError("bad argument type for built-in operation");
        byte[] src = o.bytes();
        SliceIndices si = SliceIndices.of(slice, n);
        if (si.step() == 1) {
            int lo = (int) si.start();
            s.replace(lo * size, (int) Math.max(si.start(), si.stop()) * size, src, src.length);
            return;
        }
        int items = src.length / size;
        if (items != si.length()) {
            throw Errors.valueError("attempt to assign array of size " + items + " to extended slice of size " + si.length());
        }
        for (int i = 0; i < items; i++) System.arraycopy(src, i * size, s.data, (int) si.at(i) * size, size);
    }

    private static void delItem(PyArray s, Object key) {
        int n = s.count(), size = s.itemsize;
        if (!(key instanceof PySlice slice)) {
            int i = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "array"), n);
            if (i < 0) throw Errors.indexError("array assignment index out of range");
            s.replace(i * size, (i + 1) * size, new byte[0], 0);
            return;
        }
        SliceIndices si = SliceIndices.of(slice, n);
        if (si.length() == 0) return;
        boolean[] gone = new boolean[n];
        for (long i = 0; i < si.length(); i++) gone[(int) si.at(i)] = true;
        int to = 0;
        for (int i = 0; i < n; i++) {
            if (gone[i]) continue;
            System.arraycopy(s.data, i * size, s.data, to * size, size);
            to++;
        }
        s.nbytes = to * size;
    }

    /** CPython's order: equal lengths first for ==/!=, then the first differing item decides, else the lengths. */
    private static Object compare(PyArray s, Object other, CompareOp op) {
        if (!(other instanceof PyArray o)) return BuiltinTypes.NOT_IMPLEMENTED;
        int n = s.count(), m = o.count();
        if (n != m && (op == CompareOp.EQ || op == CompareOp.NE)) return op == CompareOp.NE;
        int i = 0;
        for (; i < n && i < m; i++) {
            if (!Ops.eq(s.get(i), o.get(i))) break;
        }
        if (i < n && i < m) {
            if (op == CompareOp.EQ) return false;
            if (op == CompareOp.NE) return true;
            return Ops.compare(s.get(i), o.get(i), op);
        }
        return switch (op) {
            case EQ -> n == m;
            case NE -> n != m;
            case LT -> n < m;
            case LE -> n <= m;
            case GT -> n > m;
            default -> n >= m;
        };
    }

    /** The items as a list. */
    static PyList toList(PyArray s) {
        PyList l = new PyList();
        for (int i = 0; i < s.count(); i++) l.append(s.get(i));
        return l;
    }

    static PyArray arr(Object[] a) {
        return (PyArray) a[0];
    }

    static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
