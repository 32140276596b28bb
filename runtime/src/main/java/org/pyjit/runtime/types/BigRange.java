package org.pyjit.runtime.types;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyRange;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Hashing;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/**
 * A {@code range} whose bounds do not fit in a long ({@code range(0, 10**20, 10**18)}): the same
 * Python type as {@link PyRange}, computed in arbitrary precision. Ranges that fit stay
 * {@link PyRange}, whose long fields the fast paths (for loops, native code) rely on.
 */
final class BigRange extends PyObject {
    static final PyType ITERATOR_TYPE = PyIterator.makeType("longrange_iterator");

    final BigInteger start, stop, step;

    BigRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** A {@link PyRange} when every bound fits in a long, else a BigRange. */
    static PyObject of(BigInteger start, BigInteger stop, BigInteger step) {
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new BigRange(start, stop, step);
    }

    /** The bounds of either kind of range as big integers: {start, stop, step}. */
    static BigInteger[] bounds(Object range) {
        if (range instanceof PyRange r) {
            return new BigInteger[] {BigInteger.valueOf(r.start), BigInteger.valueOf(r.stop), BigInteger.valueOf(r.step)};
        }
        BigRange b = (BigRange) range;
        return new BigInteger[] {b.start, b.stop, b.step};
    }

    /** The number of values of the range {start, stop, step}. */
    static BigInteger length(BigInteger[] r) {
        BigInteger start = r[0], stop = r[1], step = r[2];
        if (step.signum() > 0 ? start.compareTo(stop) >= 0 : start.compareTo(stop) <= 0) return BigInteger.ZERO;
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    BigInteger length() {
        return length(new BigInteger[] {start, stop, step});
    }

    static long lengthAsIndex(BigInteger n) {
        if (n.bitLength() >= 64) throw Errors.overflow("Python int too large to convert to C ssize_t");
        return n.longValue();
    }

    Object getItem(Object key) {
        BigInteger n = length();
        if (key instanceof PySlice s) {
            PyTuple idx = SliceMethods.indices(s, IntArith.normalize(n));
            BigInteger i0 = IntArith.big(idx.items[0]), i1 = IntArith.big(idx.items[1]), st = IntArith.big(idx.items[2]);
            return of(start.add(i0.multiply(step)), start.add(i1.multiply(step)), step.multiply(st));
        }
        Object i = Ops.indexOrNull(key);
        if (i == null) throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        BigInteger k = IntArith.big(i);
        if (k.signum() < 0) k = k.add(n);
        if (k.signum() < 0 || k.compareTo(n) >= 0) throw Errors.indexError("range object index out of range");
        return IntArith.normalize(start.add(k.multiply(step)));
    }

    /** {@code x in range} for an exact int. */
    static boolean containsInt(BigInteger[] r, BigInteger v) {
        BigInteger start = r[0], stop = r[1], step = r[2];
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        return inside && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    String repr() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    /** CPython's range hash: that of {@code (len, start, step)}, None where it does not matter. */
    static long hash(BigInteger[] r) {
        BigInteger n = length(r);
        long[] h = new long[3];
        h[0] = Ops.hash(IntArith.normalize(n));
        h[1] = n.signum() == 0 ? Ops.hash(PyNone.NONE) : Ops.hash(IntArith.normalize(r[0]));
        h[2] = n.compareTo(BigInteger.ONE) <= 0 ? Ops.hash(PyNone.NONE) : Ops.hash(IntArith.normalize(r[2]));
        return Hashing.hashTuple(h);
    }

    /** Ranges are equal when they produce the same values. */
    static boolean sameSequence(BigInteger[] a, BigInteger[] b) {
        BigInteger n = length(a);
        if (!n.equals(length(b))) return false;
        if (n.signum() == 0) return true;
        if (!a[0].equals(b[0])) return false;
        return n.equals(BigInteger.ONE) || a[2].equals(b[2]);
    }

    /** {@code longrange_iterator}: count values from first, stepping by step. */
    static final class Iterator extends PyIterator {
        BigInteger next;
        final BigInteger step;
        BigInteger remaining;

        Iterator(BigInteger first, BigInteger step, BigInteger count) {
            super(ITERATOR_TYPE);
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) return null;
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return IntArith.normalize(v);
        }
    }
}
