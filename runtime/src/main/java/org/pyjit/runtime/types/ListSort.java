package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.string.Strings;

/**
 * {@code list.sort}: a stable natural merge sort shaped like CPython's timsort (runs found the same
 * way — strictly descending runs reversed —, short runs extended by binary insertion to the same
 * minimum run length, then merged), comparing only with {@code <} through {@link Ops#compare}.
 * Only {@code <} is used, so any consistent ordering sorts exactly as CPython sorts it; an
 * exception from a comparison leaves the list a permutation of its items, as CPython does.
 */
public final class ListSort {
    private ListSort() {}

    private static final Object[] SORTING = new Object[0];

    /** Sorts {@code list} in place; {@code key} may be null. */
    public static void sortList(PyList list, Object key, boolean reverse) {
        Object[] items = list.items;
        int n = list.size;
        // CPython empties the list while sorting, so mutations by key/comparisons can be detected
        list.items = SORTING;
        list.size = 0;
        Object[] keys = items;
        try {
            if (key != null) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.call(key, items[i]);
            }
            if (reverse) {
                ListMethods.reverse(keys, 0, n);
                if (keys != items) ListMethods.reverse(items, 0, n);
            }
            try {
                new Sorter(keys, keys == items ? null : items).sort(n);
            } finally {
                if (reverse) {
                    ListMethods.reverse(keys, 0, n);
                    if (keys != items) ListMethods.reverse(items, 0, n);
                }
            }
        } finally {
            boolean modified = list.items != SORTING || list.size != 0;
            list.items = items;
            list.size = n;
            if (modified) throw Errors.valueError("list modified during sort");
        }
    }

    /** Sorts {@code a[0:n]} in place ({@code sorted()} on a fresh array). */
    public static void sortArray(Object[] a, int n) {
        new Sorter(a, null).sort(n);
    }

    /** One sort: keys, and the values that move with them (null when the keys are the values). */
    private static final class Sorter {
        private static final int MIN_MERGE = 64;
        private final Object[] keys;
        private final Object[] values;
        private final int[] runBase = new int[85];
        private final int[] runLen = new int[85];
        private int stackSize;

        Sorter(Object[] keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        static boolean lt(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) return x < y;
            if (a instanceof Double x && b instanceof Double y) return x < y;
            if (a instanceof String x && b instanceof String y) return Strings.compare(x, y) < 0;
            if (a instanceof PyTuple x && b instanceof PyTuple y && x.type == BuiltinTypes.TUPLE && y.type == BuiltinTypes.TUPLE) {
                return tupleLt(x.items, y.items);
            }
            Object r = Ops.compare(a, b, CompareOp.LT);
            return r instanceof Boolean bool ? bool : Ops.isTrue(r);
        }

        /**
         * {@code x < y} for exact tuples (sort keys such as {@code (len(w), w)}), as tuple's own
         * comparison: the first items that are not identical or equal decide with {@code <},
         * else the lengths; int and str items are compared without dispatch.
         */
        private static boolean tupleLt(Object[] x, Object[] y) {
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                Object p = x[i], q = y[i];
                if (p == q) continue;
                if (p instanceof Long l && q instanceof Long m) {
                    if (l.longValue() != m.longValue()) return l < m;
                } else if (p instanceof String s && q instanceof String t) {
                    int c = Strings.compare(s, t);
                    if (c != 0) return c < 0;
                } else if (!Ops.eq(p, q)) {
                    return lt(p, q);
                }
            }
            return x.length < y.length;
        }

        static int minRun(int n) {
            int r = 0;
            while (n >= MIN_MERGE) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        void sort(int n) {
            if (n < 2) return;
            int minRun = minRun(n);
            int lo = 0;
            int remaining = n;
            while (remaining > 0) {
                int run = countRun(lo, lo + remaining);
                if (run < minRun) {
                    int force = Math.min(remaining, minRun);
                    binarySort(lo, lo + force, lo + run);
                    run = force;
                }
                runBase[stackSize] = lo;
                runLen[stackSize] = run;
                stackSize++;
                mergeCollapse();
                lo += run;
                remaining -= run;
            }
            while (stackSize > 1) {
                int k = stackSize - 2;
                if (k > 0 && runLen[k - 1] < runLen[k + 1]) k--;
                mergeAt(k);
            }
        }

        /** Length of the run starting at {@code lo}; a strictly descending run is reversed in place. */
        private int countRun(int lo, int hi) {
            if (lo + 1 == hi) return 1;
            int n = 2;
            if (lt(keys[lo + 1], keys[lo])) {
                for (int i = lo + 2; i < hi && lt(keys[i], keys[i - 1]); i++) n++;
                reverseRange(lo, lo + n);
            } else {
                for (int i = lo + 2; i < hi && !lt(keys[i], keys[i - 1]); i++) n++;
            }
            return n;
        }

        private void reverseRange(int lo, int hi) {
            ListMethods.reverse(keys, lo, hi);
            if (values != null) ListMethods.reverse(values, lo, hi);
        }

        /** Binary insertion of {@code [start, hi)} into the sorted {@code [lo, start)}; equal keys stay in order. */
        private void binarySort(int lo, int hi, int start) {
            for (; start < hi; start++) {
                Object pivot = keys[start];
                int l = lo, r = start;
                while (l < r) {
                    int p = l + ((r - l) >>> 1);
                    if (lt(pivot, keys[p])) r = p;
                    else l = p + 1;
                }
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != null) {
                    Object v = values[start];
                    System.arraycopy(values, l, values, l + 1, start - l);
                    values[l] = v;
                }
            }
        }

        private void mergeCollapse() {
            while (stackSize > 1) {
                int k = stackSize - 2;
                if (k > 0 && runLen[k - 1] <= runLen[k] + runLen[k + 1]
                        || k > 1 && runLen[k - 2] <= runLen[k] + runLen[k - 1]) {
                    if (runLen[k - 1] < runLen[k + 1]) k--;
                } else if (runLen[k] > runLen[k + 1]) {
                    break;
                }
                mergeAt(k);
            }
        }

        /** Merges runs {@code k} and {@code k+1} (adjacent) stably. */
        private void mergeAt(int k) {
            int base = runBase[k], lenA = runLen[k], lenB = runLen[k + 1];
            runLen[k] = lenA + lenB;
            if (k == stackSize - 3) {
                runBase[k + 1] = runBase[k + 2];
                runLen[k + 1] = runLen[k + 2];
            }
            stackSize--;
            Object[] tmpKeys = java.util.Arrays.copyOfRange(keys, base, base + lenA);
            Object[] tmpVals = values == null ? null : java.util.Arrays.copyOfRange(values, base, base + lenA);
            int i = 0, j = base + lenA, end = base + lenA + lenB, d = base;
            try {
                while (i < lenA && j < end) {
                    if (lt(keys[j], tmpKeys[i])) {
                        keys[d] = keys[j];
                        if (values != null) values[d] = values[j];
                        j++;
                    } else {
                        keys[d] = tmpKeys[i];
                        if (values != null) values[d] = tmpVals[i];
                        i++;
                    }
                    d++;
                }
            } finally {
                // the slots [d, j) are exactly as many as the left-run items not yet placed
                System.arraycopy(tmpKeys, i, keys, d, lenA - i);
                if (values != null) System.arraycopy(tmpVals, i, values, d, lenA - i);
            }
        }
    }
}
