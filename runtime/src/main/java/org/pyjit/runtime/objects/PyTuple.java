package org.pyjit.runtime.objects;

import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code tuple}: an immutable array of values (a subclass instance keeps its type). */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    public final Object[] items;

    public PyTuple(Object[] items) {
        super(BuiltinTypes.TUPLE);
        this.items = items;
    }

    public PyTuple(PyType type, Object[] items) {
        super(type);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public final int size() {
        return items.length;
    }

    /** {@code item in self}: identity first, then {@code ==}, element by element (tuple's {@code __contains__}). */
    public final boolean contains(Object item) {
        for (Object x : items) {
            if (x == item || Ops.eq(x, item)) return true;
        }
        return false;
    }
}
