package org.pyjit.runtime.builtins;

import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * A stable merge sort with {@code list.sort}'s semantics ({@code key}, {@code reverse} keeping
 * equal items in their original order, only {@code <} comparisons), used by {@code sorted} only
 * while no {@code list.sort} is installed.
 */
final class FallbackSort {
    private FallbackSort() {}

    static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size;
        Object[] values = list.toArray();
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) keys[i] = key == null ? values[i] : Ops.call(key, values[i]);
        if (reverse) {
            reverseInPlace(values);
            reverseInPlace(keys);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        mergeSort(order, new Integer[n], 0, n, keys);
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) sorted[i] = values[order[i]];
        if (reverse) reverseInPlace(sorted);
        System.arraycopy(sorted, 0, list.items, 0, n);
    }

    private static void reverseInPlace(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            // take from the right only when strictly less: keeps the sort stable
            if (Ops.isTrue(Ops.compare(keys[a[j]], keys[a[i]], CompareOp.LT))) tmp[k++] = a[j++];
            else tmp[k++] = a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
}
