package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;

/** Installs the methods of {@code tuple}, with CPython 3.11's behaviour and messages. */
final class TupleMethods {
    private TupleMethods() {}

    static final PyType ITERATOR_TYPE = PyIterator.makeType("tuple_iterator");

    static void install() {
        PyType t = BuiltinTypes.TUPLE;
        t.instanceFactory = cls -> new PyTuple(cls, new Object[0]);
        MethodTable m = new MethodTable(t);
        m.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, t);
            if (cls == t) ConstructorSupport.noKeywords("tuple", kw);
            int n = ConstructorSupport.positionalCount(args, kw);
            MethodTable.checkArity("tuple", n, 0, 1);
            if (n == 0) return cls == t ? PyTuple.EMPTY : new PyTuple(cls, new Object[0]);
            Object arg = args[1];
            if (cls == t && arg instanceof PyTuple a && a.type == t) return a;
            Object[] items = SequenceSupport.toArray(arg);
            return cls == t ? PyTuple.of(items) : new PyTuple(cls, items);
        });
        m.method("count", 1, 1, a -> {
            long n = 0;
            for (Object x : ((PyTuple) a[0]).items) if (x == a[1] || Ops.eq(x, a[1])) n++;
            return n;
        });
        m.method("index", 1, 3, a -> {
            Object[] items = ((PyTuple) a[0]).items;
            long start = a.length > 2 ? SequenceSupport.boundArg(a[2], items.length) : 0;
            long stop = a.length > 3 ? SequenceSupport.boundArg(a[3], items.length) : items.length;
            for (long i = start; i < stop; i++) {
                Object x = items[(int) i];
                if (x == a[1] || Ops.eq(x, a[1])) return i;
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        m.slot("__len__", 0, a -> (long) ((PyTuple) a[0]).items.length);
        m.slot("__contains__", 1, a -> ((PyTuple) a[0]).contains(a[1]));
        m.slot("__getitem__", 1, a -> getItem((PyTuple) a[0], a[1]));
        m.slot("__iter__", 0, a -> new ArrayIterator(ITERATOR_TYPE, ((PyTuple) a[0]).items));
        m.slot("__hash__", 0, a -> hash((PyTuple) a[0]));
        m.slot("__repr__", 0, a -> repr((PyTuple) a[0]));
        m.method("__getnewargs__", 0, 0, a -> PyTuple.of(new PyTuple(((PyTuple) a[0]).items)));
        m.slot("__add__", 1, a -> {
            if (!(a[1] instanceof PyTuple o)) return NOT_IMPLEMENTED;
            return SequenceSupport.concat((PyTuple) a[0], o);
        });
        org.pyjit.runtime.objects.PyBuiltinFunction.Positional mul = a -> {
            Long n = SequenceSupport.repeatCount(a[1]);
            if (n == null) return NOT_IMPLEMENTED;
            PyTuple self = (PyTuple) a[0];
            if (n == 1 && self.type == t) return self;
            return PyTuple.of(SequenceSupport.repeat(self.items, self.items.length, n));
        };
        m.slot("__mul__", 1, mul);
        m.slot("__rmul__", 1, mul);
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                if (!(a[1] instanceof PyTuple o)) return NOT_IMPLEMENTED;
                Object[] x = ((PyTuple) a[0]).items;
                return SequenceSupport.lexCompare(x, x.length, o.items, o.items.length, op);
            });
        }
    }

    static Object getItem(PyTuple tuple, Object key) {
        Object[] items = tuple.items;
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, items.length);
            int n = (int) si.length();
            if (n == items.length && si.step() == 1 && tuple.type == BuiltinTypes.TUPLE) return tuple;
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) r[i] = items[(int) si.at(i)];
            return PyTuple.of(r);
        }
        int k = SequenceSupport.normalize(SequenceSupport.itemIndex(key, "tuple"), items.length);
        if (k < 0) throw Errors.indexError("tuple index out of range");
        return items[k];
    }

    /** CPython's tuple hash over the item hashes (also for subclass instances). */
    static long hash(PyTuple t) {
        long[] h = new long[t.items.length];
        for (int i = 0; i < h.length; i++) h[i] = Ops.hash(t.items[i]);
        return Hashing.hashTuple(h);
    }

    static String repr(PyTuple t) {
        int n = t.items.length;
        if (n == 0) return "()";
        if (!ReprGuard.enter(t)) return "(...)";
        try {
            if (n == 1) return "(" + Ops.repr(t.items[0]) + ",)";
            return SequenceSupport.reprItems(t.items, n, "(", ")");
        } finally {
            ReprGuard.leave(t);
        }
    }

    /** Iterator over a fixed array (tuples; snapshots). */
    static final class ArrayIterator extends PyIterator {
        Object[] items;
        int index;

        ArrayIterator(PyType type, Object[] items) {
            super(type);
            this.items = items;
        }

        @Override
        public Object next() {
            if (items == null) return null;
            if (index < items.length) return items[index++];
            items = null;
            return null;
        }

        long remaining() {
            return items == null ? 0 : items.length - index;
        }
    }

    static {
        new MethodTable(ITERATOR_TYPE).method("__length_hint__", 0, 0, a -> ((ArrayIterator) a[0]).remaining());
    }
}
