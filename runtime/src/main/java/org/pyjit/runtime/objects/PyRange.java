package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code range} with bounds that fit in a long (a larger one is a {@code OverflowError}). */
public final class PyRange extends PyObject {
    public final long start, stop, step;

    public PyRange(long start, long stop, long step) {
        super(BuiltinTypes.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
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
