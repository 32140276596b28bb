package org.pyjit.runtime.types.string;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.ops.Ops;

/**
 * Slice arithmetic as CPython's {@code PySlice_Unpack} and {@code PySlice_AdjustIndices}, and the
 * clamped slice indices ({@code _PyEval_SliceIndex}) that {@code find}/{@code count}/... take.
 */
public final class SliceIndices {
    /** Resolved start, stop, step and the number of selected items. */
    public final long start, stop, step, length;

    private SliceIndices(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    private static final long MAX = Long.MAX_VALUE;

    /** An index given as an optional slice bound: clamped to the long range, None allowed. */
    public static long sliceIndex(Object o, long ifNone) {
        if (o == null || o == PyNone.NONE) return ifNone;
        Object i = Ops.indexOrNull(o);
        if (i == null) throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        if (i instanceof Long l) return l;
        return ((BigInteger) i).signum() < 0 ? -MAX : MAX;
    }

    /** {@code slice.indices(length)}-style resolution of {@code s} over a sequence of {@code len} items. */
    public static SliceIndices of(PySlice s, long len) {
        long step = 1;
        if (s.step != PyNone.NONE) {
            step = sliceIndex(s.step, 1);
            if (step == 0) throw Errors.valueError("slice step cannot be zero");
            if (step < -MAX) step = -MAX;
        }
        long start = sliceIndex(s.start, step < 0 ? MAX : 0);
        long stop = sliceIndex(s.stop, step < 0 ? Long.MIN_VALUE : MAX);
        start = adjust(start, len, step);
        stop = adjust(stop, len, step);
        long n = 0;
        if (step < 0) {
            if (stop < start) n = (start - stop - 1) / (-step) + 1;
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new SliceIndices(start, stop, step, n);
    }

    private static long adjust(long i, long len, long step) {
        if (i < 0) {
            i += len;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    }

    /**
     * The {@code [start, end)} window of {@code find(sub, start, end)} over {@code len} items, as
     * CPython's ADJUST_INDICES: negative values count from the end, then clamp at 0 and len
     * (start may stay past the end, making the window empty).
     */
    public static long[] window(Object startArg, Object endArg, long len) {
        long start = sliceIndex(startArg, 0);
        long end = sliceIndex(endArg, MAX);
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new long[] {start, end};
    }
}
