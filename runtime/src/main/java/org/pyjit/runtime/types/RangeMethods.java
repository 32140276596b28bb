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
 * Installs the methods of {@code range}: {@link PyRange} (long bounds) on fast paths, and
 * {@link BigRange} (arbitrary bounds) computed in big integers.
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
        m.getter("start", o -> o instanceof PyRange r ? r.start : norm(((BigRange) o).start));
        m.getter("stop", o -> o instanceof PyRange r ? r.stop : norm(((BigRange) o).stop));
        m.getter("step", o -> o instanceof PyRange r ? r.step : norm(((BigRange) o).step));
        m.slot("__len__", 0, a -> BigRange.lengthAsIndex(BigRange.length(BigRange.bounds(a[0]))));
        m.slot("__bool__", 0, a -> a[0] instanceof PyRange r ? r.length() != 0 : ((BigRange) a[0]).length().signum() != 0);
        m.slot("__getitem__", 1, a -> isBig(a[0]) ? asBig(a[0]).getItem(a[1]) : getItem((PyRange) a[0], a[1]));
        m.slot("__contains__", 1, a -> contains(a[0], a[1]));
        m.slot("__iter__", 0, a -> {
            if (!isBig(a[0])) {
                PyRange r = (PyRange) a[0];
                return new RangeIterator(r.start, r.step, r.length());
            }
            BigInteger[] b = BigRange.bounds(a[0]);
            return new BigRange.Iterator(b[0], b[2], BigRange.length(b));
        });
        m.method("__reversed__", 0, 0, a -> {
            if (!isBig(a[0])) {
                PyRange r = (PyRange) a[0];
                long n = r.length();
                return new RangeIterator(r.start + (n - 1) * r.step, -r.step, n);
            }
            BigInteger[] b = BigRange.bounds(a[0]);
            BigInteger n = BigRange.length(b);
            return new BigRange.Iterator(b[0].add(n.subtract(BigInteger.ONE).multiply(b[2])), b[2].negate(), n);
        });
        m.method("count", 1, 1, a -> {
            if (isExactInt(a[1])) return contains(a[0], a[1]) ? 1L : 0L;
            long n = 0;
            Object it = Ops.iter(a[0]);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) if (Ops.eq(x, a[1])) n++;
            return n;
        });
        m.method("index", 1, 1, a -> {
            if (isExactInt(a[1])) {
                if (!contains(a[0], a[1])) throw Errors.valueError(Ops.repr(a[1]) + " is not in range");
                BigInteger[] b = BigRange.bounds(a[0]);
                return norm(org.pyjit.runtime.ops.IntArith.big(widen(a[1])).subtract(b[0]).divide(b[2]));
            }
            long i = 0;
            Object it = Ops.iter(a[0]);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it), i++) if (Ops.eq(x, a[1])) return i;
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        m.slot("__repr__", 0, a -> {
            if (a[0] instanceof BigRange b) return b.repr();
            PyRange r = (PyRange) a[0];
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        });
        m.slot("__hash__", 0, a -> BigRange.hash(BigRange.bounds(a[0])));
        m.method("__reduce__", 0, 0, a -> {
            BigInteger[] b = BigRange.bounds(a[0]);
            return PyTuple.of(BuiltinTypes.RANGE, PyTuple.of(norm(b[0]), norm(b[1]), norm(b[2])));
        });
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> {
                boolean isRange = a[1] instanceof PyRange || a[1] instanceof BigRange;
                if (!isRange || (op != CompareOp.EQ && op != CompareOp.NE)) return NOT_IMPLEMENTED;
                boolean eq = a[0] == a[1] || BigRange.sameSequence(BigRange.bounds(a[0]), BigRange.bounds(a[1]));
                return op == CompareOp.EQ ? eq : !eq;
            });
        }
        new MethodTable(BigRange.ITERATOR_TYPE).method("__length_hint__", 0, 0, a -> norm(((BigRange.Iterator) a[0]).remaining));
        new MethodTable(ITERATOR_TYPE).method("__length_hint__", 0, 0, a -> ((RangeIterator) a[0]).remaining);
    }

    private static Object make(Object[] args) {
        int n = args.length - 1;
        BigInteger start = BigInteger.ZERO, stop, step = BigInteger.ONE;
        if (n == 1) {
            stop = bound(args[1]);
        } else {
            start = bound(args[1]);
            stop = bound(args[2]);
            if (n == 3) {
                step = bound(args[3]);
                if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
            }
        }
        return BigRange.of(start, stop, step);
    }

    private static BigInteger bound(Object o) {
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        return org.pyjit.runtime.ops.IntArith.big(i);
    }

    /** Ranges the long fast paths cannot serve: big bounds, or more than Long.MAX_VALUE values. */
    private static boolean isBig(Object r) {
        return r instanceof BigRange || ((PyRange) r).length() < 0;
    }

    private static BigRange asBig(Object r) {
        if (r instanceof BigRange b) return b;
        PyRange p = (PyRange) r;
        return new BigRange(BigInteger.valueOf(p.start), BigInteger.valueOf(p.stop), BigInteger.valueOf(p.step));
    }

    private static Object norm(BigInteger b) {
        return org.pyjit.runtime.ops.IntArith.normalize(b);
    }

    private static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    private static Object widen(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    static boolean contains(Object range, Object x) {
        if (!isExactInt(x)) {
            Object it = Ops.iter(range);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) if (Ops.eq(v, x)) return true;
            return false;
        }
        x = widen(x);
        if (range instanceof BigRange || !(x instanceof Long)) {
            return BigRange.containsInt(BigRange.bounds(range), org.pyjit.runtime.ops.IntArith.big(x));
        }
        PyRange r = (PyRange) range;
        long v = (Long) x;
        if (r.step > 0 ? !(v >= r.start && v < r.stop) : !(v <= r.start && v > r.stop)) return false;
        long diff = r.step > 0 ? v - r.start : r.start - v;
        return Long.remainderUnsigned(diff, r.step > 0 ? r.step : -r.step) == 0;
    }

    static Object getItem(PyRange r, Object key) {
        long len = r.length();
        if (key instanceof PySlice s) {
            SliceIndices si = SliceIndices.of(s, len);
            try {
                long start = Math.addExact(r.start, Math.multiplyExact(si.start(), r.step));
                long stop = Math.addExact(r.start, Math.multiplyExact(si.stop(), r.step));
                return new PyRange(start, stop, Math.multiplyExact(r.step, si.step()));
            } catch (ArithmeticException e) {
                return asBig(r).getItem(key); // the result's bounds leave the long range
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

    /** {@code range_iterator}: {@code count} values from {@code next}, stepping by {@code step}. */
    static final class RangeIterator extends PyIterator {
        long next;
        private final long step;
        long remaining;
        /** The first value: CPython pickles the iterator as the whole range and an index into it. */
        final long first;

        RangeIterator(long first, long step, long count) {
            super(ITERATOR_TYPE);
            this.first = first;
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
