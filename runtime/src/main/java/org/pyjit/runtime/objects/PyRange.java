package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code range} with bounds that fit in a long (a larger one is a {@code OverflowError}). */
public final class PyRange extends PyObject {
    public final long start, stop, step;
    /**
     * start, stop, step of a range whose bounds do not fit a long (CPython's "longrange"), else
     * null; such a range supports iteration, len, repr and its attributes (the long fields are 0, 0, 1).
     */
    public final java.math.BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.big = null;
    }

    /** A range with bounds beyond the long range. */
    public PyRange(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        super(BuiltinTypes.RANGE);
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.big = new java.math.BigInteger[] {start, stop, step};
    }

    /** The number of values of a big range. */
    public java.math.BigInteger bigLength() {
        java.math.BigInteger lo = big[0], hi = big[1], st = big[2];
        if (st.signum() < 0) {
            lo = big[1];
            hi = big[0];
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) return java.math.BigInteger.ZERO;
        return hi.subtract(lo).subtract(java.math.BigInteger.ONE).divide(st).add(java.math.BigInteger.ONE);
    }

    /**
     * Number of values, as CPython computes it. Read as unsigned: a range over more than
     * {@code Long.MAX_VALUE} values (e.g. {@code range(-2**63, 2**63-1)}) gives a negative result.
     */
    public long length() {
        // differences and the negated step are taken modulo 2**64 and divided unsigned, so no overflow
        if (step > 0) return start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        return start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0;
    }
}
