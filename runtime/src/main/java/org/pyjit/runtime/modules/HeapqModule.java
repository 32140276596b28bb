package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _heapq} module: the heap operations on a list with the same sift algorithms as
 * CPython (so heaps have the same layout) and {@code <} as the only comparison.
 */
public final class HeapqModule {
    private HeapqModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_heapq");
        PyDict d = m.dict;
        d.putStr("__about__", "Heap queues");
        fn(d, "heappush", 2, a -> {
            PyList h = list(a[0]);
            h.append(a[1]);
            siftDown(h, 0, h.size - 1, false);
            return PyNone.NONE;
        });
        fn(d, "heappop", 1, a -> pop(list(a[0]), false));
        fn(d, "_heappop_max", 1, a -> pop(list(a[0]), true));
        fn(d, "heapreplace", 2, a -> replace(list(a[0]), a[1], false));
        fn(d, "_heapreplace_max", 2, a -> replace(list(a[0]), a[1], true));
        fn(d, "heappushpop", 2, a -> {
            PyList h = list(a[0]);
            if (h.size == 0 || !less(h.items[0], a[1])) return a[1];
            // the comparison may have emptied the list
            if (h.size == 0) throw Errors.indexError("index out of range");
            Object top = h.items[0];
            h.items[0] = a[1];
            siftUp(h, 0, false);
            return top;
        });
        fn(d, "heapify", 1, a -> {
            heapify(list(a[0]), false);
            return PyNone.NONE;
        });
        fn(d, "_heapify_max", 1, a -> {
            heapify(list(a[0]), true);
            return PyNone.NONE;
        });
        return m;
    }

    private static void fn(PyDict d, String name, int n, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_heapq", n, n, body));
    }

    private static PyList list(Object o) {
        if (o instanceof PyList l) return l;
        throw Errors.typeError("heap argument must be a list");
    }

    private static boolean less(Object a, Object b) {
        return Ops.isTrue(Ops.compare(a, b, CompareOp.LT));
    }

    private static Object pop(PyList h, boolean max) {
        if (h.size == 0) throw Errors.indexError("index out of range");
        Object last = h.items[--h.size];
        h.items[h.size] = null;
        if (h.size == 0) return last;
        Object top = h.items[0];
        h.items[0] = last;
        siftUp(h, 0, max);
        return top;
    }

    private static Object replace(PyList h, Object item, boolean max) {
        if (h.size == 0) throw Errors.indexError("index out of range");
        Object top = h.items[0];
        h.items[0] = item;
        siftUp(h, 0, max);
        return top;
    }

    private static void heapify(PyList h, boolean max) {
        for (int i = h.size / 2 - 1; i >= 0; i--) siftUp(h, i, max);
    }

    /*
     * The sift loops follow CPython's: a comparison runs Python code that may change the list, so the
     * item array is read again after each one and a change of size is a RuntimeError (no stale reads).
     */

    /** Moves the item at {@code pos} up towards {@code start} while it is smaller (larger for max) than its parent. */
    private static void siftDown(PyList h, int start, int pos, boolean max) {
        int size = h.size;
        if (pos >= size) throw Errors.indexError("list index out of range");
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object item = h.items[pos], parent = h.items[parentPos];
            boolean moveUp = max ? less(parent, item) : less(item, parent);
            checkSize(h, size);
            if (!moveUp) break;
            Object[] items = h.items;
            Object tmp = items[parentPos];
            items[parentPos] = items[pos];
            items[pos] = tmp;
            pos = parentPos;
        }
    }

    /** Moves the smaller child up until a leaf is reached, puts the item there, then sifts it down. */
    private static void siftUp(PyList h, int pos, boolean max) {
        int end = h.size, start = pos;
        if (pos >= end) throw Errors.indexError("list index out of range");
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                Object a = h.items[child], b = h.items[child + 1];
                boolean leftFirst = max ? less(b, a) : less(a, b);
                if (!leftFirst) child++;
                checkSize(h, end);
            }
            Object[] items = h.items;
            Object tmp = items[child];
            items[child] = items[pos];
            items[pos] = tmp;
            pos = child;
        }
        siftDown(h, start, pos, max);
    }

    private static void checkSize(PyList h, int size) {
        if (h.size != size) throw Errors.runtimeError("list changed size during iteration");
    }
}
