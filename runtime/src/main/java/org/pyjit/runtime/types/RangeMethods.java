package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyRange;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.SliceIndices;

/**
 * Installs the methods of {@code range}. pyjit's ranges hold 64-bit bounds: arguments beyond
 * that raise {@code OverflowError} (CPython accepts them).
 */
final class RangeMethods {
    private RangeMethods() {}

    static final PyType ITERATOR_TYPE = PyIterator.makeType("range_iterator");

    static void install() {
        PyType t = BuiltinTypes.RANGE;
        MethodTable m = new MethodTable(t);
        m.constructor((args, kw) -> {
            ConstructorSupport.checkCls(args, t);
            ConstructorSupport.noKeywords("range", kw);
            MethodTable.checkArity("range", args.length - 1, 1, 3);
            return make(args);
        });
        m.getter("start", o -> ((PyRange) o).start);
        m.getter("stop", o -> ((PyRange) o).stop);
        m.getter("step", o -> ((PyRange) o).step);
        m.slot("__len__", 0, a -> {
            long n = ((PyRange) a[0]).length();
            if (n < 0) throw Errors.overflow("Python int too large to convert to C ssize_t");
            return n;
        });
        m.slot("__bool__", 0, a -> ((PyRange) a[0]).length() != 0);
        m.slot("__getitem__", 1, a -> getItem((PyRange) a[0], a[1]));
        m.slot("__contains__", 1, a -> contains((PyRange) a[0], a[1]));
        m.slot("__iter__", 0, a -> {
            PyRange r = (PyRange) a[0];
            return new RangeIterator(r.start, r.step, r.length());
        });
        m.method("__reversed__", 0, 0, a -> {
            PyRange r = (PyRange) a[0];
            long n = r.length();
            return new RangeIterator(r.start + (n - 1) * r.step, -r.step, n);
        });
        m.method("count", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (isExactInt(a[1])) return contains(r, a[1]) ? 1L : 0L;
            long n = 0;
            for (long i = 0; i != r.length(); i++) if (Ops.eq(r.start + i * r.step, a[1])) n++;
            return n;
        });
        m.method("index", 1, 1, a -> {
            PyRange r = (PyRange) a[0];
            if (isExactInt(a[1])) {
                if (!contains(r, a[1])) throw Errors.valueError(Ops.repr(a[1]) + " is not in range");
                long v = (Long) widen(a[1]);
                long diff = r.step > 0 ? v - r.start : r.start - v;
                return Long.divideUnsigned(diff, r.step > 0 ? r.step : -r.step);
            }
            for (long i = 0; i != r.length(); i++) if (Ops.eq(r.start + i * r.step, a[1])) return i;
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        m.slot("__repr__", 0, a -> {
            PyRange r = (PyRange) a[0];
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        });
        m.slot("__hash__", 0, a -> hash((PyRange) a[0]));
        m.method("__reduce__", 0, 0, a -> {
            PyRange r = (PyRange) a[0];
            return PyTuple.of(BuiltinTypes.RANGE, PyTuple.of(r.start, r.stop, r.step));
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                if (!(a[1] instanceof PyRange o) || (op != CompareOp.EQ && op != CompareOp.NE)) return NOT_IMPLEMENTED;
                boolean eq = sameSequence((PyRange) a[0], o);
                return op == CompareOp.EQ ? eq : !eq;
            });
        }
        new MethodTable(ITERATOR_TYPE).method("__length_hint__", 0, 0, a -> ((RangeIterator) a[0]).remaining);
    }

    private static PyRange make(Object[] args) {
        int n = args.length - 1;
        long start = 0, stop, step = 1;
        if (n == 1) {
            stop = bound(args[1]);
        } else {
            start = bound(args[1]);
            stop = bound(args[2]);
            if (n == 3) {
                step = bound(args[3]);
                if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
            }
        }
        return new PyRange(start, stop, step);
    }

    private static long bound(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        if (i instanceof BigInteger) throw Errors.overflow("Python int too large to convert to C long");
        return (Long) i;
    }

    private static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    private static Object widen(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    static boolean contains(PyRange r, Object x) {
        if (!isExactInt(x)) {
            for (long i = 0; i != r.length(); i++) if (Ops.eq(r.start + i * r.step, x)) return true;
            return false;
        }
        x = widen(x);
        if (!(x instanceof Long)) return false; // beyond 64 bits: outside every pyjit range
        long v = (Long) x;
        if (r.step > 0 ? !(v >= r.start && v < r.stop) : !(v <= r.start && v > r.stop)) return false;
        long diff = r.step > 0 ? v - r.start : r.start - v;
        return Long.remainderUnsigned(diff, r.step > 0 ? r.step : -r.step) == 0;
    }

    static Object getItem(PyRange r, Object key) {
        long len = r.length();
        if (len < 0) throw Errors.overflow("Python int too large to convert to C ssize_t");
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, len);
            try {
                long start = Math.addExact(r.start, Math.multiplyExact(si.start(), r.step));
                long stop = Math.addExact(r.start, Math.multiplyExact(si.stop(), r.step));
                return new PyRange(start, stop, Math.multiplyExact(r.step, si.step()));
            } catch (ArithmeticException e) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
        }
        Object i = Ops.indexOrNull(key);
        if (i == null) throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        if (i instanceof BigInteger) throw Errors.indexError("range object index out of range");
        long k = (Long) i;
        if (k < 0) k += len;
        if (k < 0 || k >= len) throw Errors.indexError("range object index out of range");
        return r.start + k * r.step;
    }

    /** Ranges are equal when they produce the same values. */
    static boolean sameSequence(PyRange a, PyRange b) {
        if (a == b) return true;
        long n = a.length();
        if (n != b.length()) return false;
        if (n == 0) return true;
        if (a.start != b.start) return false;
        return n == 1 || a.step == b.step;
    }

    /** CPython's range hash: that of {@code (len, start, step)}, with None for what does not matter. */
    static long hash(PyRange r) {
        long n = r.length();
        Object len = n >= 0 ? (Object) n : org.pyjit.runtime.ops.IntArith.normalize(new BigInteger(Long.toUnsignedString(n)));
        long[] h = new long[3];
        h[0] = Ops.hash(len);
        h[1] = n == 0 ? Ops.hash(PyNone.NONE) : Hashing.hashLong(r.start);
        h[2] = n <= 1 ? Ops.hash(PyNone.NONE) : Hashing.hashLong(r.step);
        return Hashing.hashTuple(h);
    }

    /** {@code range_iterator}: {@code count} values from {@code next}, stepping by {@code step}. */
    static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        long remaining;

        RangeIterator(long first, long step, long count) {
            super(ITERATOR_TYPE);
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        long nextValue() {
            return next;
        }

        long step() {
            return step;
        }

        @Override
        public Object next() {
            if (remaining == 0) return null;
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }
}
