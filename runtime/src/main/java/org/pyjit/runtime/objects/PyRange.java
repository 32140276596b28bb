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

    /** Number of values, as CPython computes it. */
    public long length() {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }
}
