package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** A closure cell: one variable shared between a function and the functions nested in it. Null = empty. */
public final class PyCell extends PyObject {
    public Object value;

    public PyCell(Object value) {
        super(BuiltinTypes.CELL);
        this.value = value;
    }
}
