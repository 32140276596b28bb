package org.pyjit.runtime.objects;

import java.util.Arrays;
import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code list}: a growable array; {@link #size} elements of {@link #items} are live. */
public class PyList extends PyObject {
    public Object[] items;
    public int size;

    public PyList() {
        this(BuiltinTypes.LIST);
    }

    public PyList(PyType type) {
        super(type);
        this.items = new Object[4];
    }

    /** Takes ownership of {@code items} (all of them live). */
    public PyList(Object[] items) {
        super(BuiltinTypes.LIST);
        this.items = items;
        this.size = items.length;
    }

    public final void append(Object v) {
        if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size * 2));
        items[size++] = v;
    }

    public final Object get(int i) {
        return items[i];
    }

    /** The live elements as a fresh array. */
    public final Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public final void ensureCapacity(int n) {
        if (items.length < n) items = Arrays.copyOf(items, Math.max(n, items.length * 2));
    }
}
