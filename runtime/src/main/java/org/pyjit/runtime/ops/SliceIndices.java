package org.pyjit.runtime.ops;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySlice;

/**
 * A slice resolved against a sequence length, with CPython's {@code PySlice_Unpack} +
 * {@code PySlice_AdjustIndices} semantics: None means the default end, negative indices count
 * from the end, out-of-range indices are clamped, and {@link #length} is the number of selected
 * items. Indices are visited as {@code start, start + step, …} ({@code length} of them).
 *
 * @param start  first index selected (may be out of range only when {@code length == 0})
 * @param stop   the adjusted stop index
 * @param step   non-zero step
 * @param length number of selected items (the slice length)
 */
public record SliceIndices(long start, long stop, long step, long length) {

    /** Largest value CPython's Py_ssize_t holds; slice bounds are clamped to +/- this. */
    private static final long SSIZE_MAX = Long.MAX_VALUE;

    /**
     * Resolves {@code slice} against a sequence of {@code length} items. Raises
     * {@code ValueError("slice step cannot be zero")} and, for bounds that are not integers,
     * None or {@code __index__}-able, CPython's {@code TypeError}.
     */
    public static SliceIndices of(PySlice slice, long length) {
        return of(slice, () -> length);
    }

    /**
     * As {@link #of(PySlice, long)}, reading the length after the bounds' {@code __index__} ran,
     * as CPython does: one of them may resize the sequence.
     */
    public static SliceIndices of(PySlice slice, java.util.function.LongSupplier currentLength) {
        long step = slice.step == PyNone.NONE ? 1 : clampedIndex(slice.step);
        if (step == 0) throw Errors.valueError("slice step cannot be zero");
        if (step < -SSIZE_MAX) step = -SSIZE_MAX; // so that -step cannot overflow
        long start;
        if (slice.start == PyNone.NONE) start = step < 0 ? SSIZE_MAX : 0;
        else start = clampedIndex(slice.start);
        long stop;
        if (slice.stop == PyNone.NONE) stop = step < 0 ? Long.MIN_VALUE : SSIZE_MAX;
        else stop = clampedIndex(slice.stop);
        return adjust(start, stop, step, currentLength.getAsLong());
    }

    /** {@code PySlice_AdjustIndices}: clamps already-unpacked bounds to a sequence of {@code length} items. */
    public static SliceIndices adjust(long start, long stop, long step, long length) {
        if (start < 0) {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n;
        if (step < 0) n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else n = start < stop ? (stop - start - 1) / step + 1 : 0;
        return new SliceIndices(start, stop, step, n);
    }

    /**
     * A slice bound as a long: through {@code __index__}, with values beyond the long range
     * clamped (as {@code _PySlice_GetLongIndices} clamps to Py_ssize_t).
     */
    public static long clampedIndex(Object bound) {
        Object i = Ops.indexOrNull(bound);
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof BigInteger b) return b.signum() < 0 ? Long.MIN_VALUE : SSIZE_MAX;
        return (Long) i;
    }

    /** The index of the {@code i}-th selected item ({@code 0 <= i < length}). */
    public long at(long i) {
        return start + i * step;
    }
}
