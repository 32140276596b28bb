package org.pyjit.runtime.types;

/** Range iterators as native code holds them: next value, step, remaining count (unsigned). */
public final class RangeIterators {
    private RangeIterators() {}

    /** A range iterator in the given state. */
    public static Object create(long next, long step, long remaining) {
        return new RangeMethods.RangeIterator(next, step, remaining);
    }

    /** {next, step, remaining} of a range iterator, or null for any other object. */
    public static long[] state(Object o) {
        if (!(o instanceof RangeMethods.RangeIterator it)) return null;
        return new long[] {it.nextValue(), it.step(), it.remaining};
    }
}
