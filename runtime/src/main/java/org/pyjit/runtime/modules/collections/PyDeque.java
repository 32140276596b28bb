package org.pyjit.runtime.modules.collections;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * The storage of {@code collections.deque}: a ring buffer with an optional maximum length, and a
 * modification count that its iterators check ("deque mutated during iteration").
 */
public final class PyDeque extends PyObject {
    Object[] items = new Object[8];
    int head, size;
    /** -1: unbounded. */
    long maxlen = -1;
    int state;

    PyDeque(PyType type) {
        super(type);
    }

    public int size() {
        return size;
    }

    Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void set(int i, Object v) {
        items[(head + i) & (items.length - 1)] = v;
    }

    private void grow() {
        if (size < items.length) return;
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) bigger[i] = get(i);
        items = bigger;
        head = 0;
    }

    void append(Object v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && size >= maxlen) popLeft();
        grow();
        items[(head + size) & (items.length - 1)] = v;
        size++;
        state++;
    }

    void appendLeft(Object v) {
        if (maxlen == 0) return;
        if (maxlen > 0 && size >= maxlen) pop();
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
        state++;
    }

    Object pop() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        int idx = (head + size - 1) & (items.length - 1);
        Object v = items[idx];
        items[idx] = null;
        size--;
        state++;
        return v;
    }

    Object popLeft() {
        if (size == 0) throw Errors.indexError("pop from an empty deque");
        Object v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    void clear() {
        items = new Object[8];
        head = size = 0;
        state++;
    }

    Object[] toArray() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) out[i] = get(i);
        return out;
    }

    /** Replaces the contents (used by insert, remove, rotate, reverse, del). */
    void setAll(Object[] values) {
        int cap = 8;
        while (cap < values.length) cap *= 2;
        items = new Object[cap];
        System.arraycopy(values, 0, items, 0, values.length);
        head = 0;
        size = values.length;
        state++;
    }

    /** A normalized index for item access; IndexError when out of range. */
    int index(Object key) {
        Object k = Ops.indexOrNull(key);
        if (k == null) throw Errors.typeError("sequence index must be integer, not '" + Ops.typeName(key) + "'");
        long i = k instanceof Long l ? l : Long.MAX_VALUE;
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Errors.indexError("deque index out of range");
        return (int) i;
    }

    void rotate(long n) {
        if (size <= 1) return;
        int k = (int) Math.floorMod(n, (long) size);
        if (k == 0) return;
        Object[] all = toArray();
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) out[(i + k) % size] = all[i];
        setAll(out);
    }
}
