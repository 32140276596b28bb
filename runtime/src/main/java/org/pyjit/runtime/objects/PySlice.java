package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code slice}: start, stop and step as given (None where omitted). */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }
}
