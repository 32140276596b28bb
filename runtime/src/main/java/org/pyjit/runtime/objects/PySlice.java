package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code slice}: start, stop and step as given (None where omitted). */
public final class PySlice extends PyObject {
    public final Object start, stop, step;

    /** Null parts (omitted in the source, as the interpreter passes them) become None. */
    public PySlice(Object start, Object stop, Object step) {
        super(BuiltinTypes.SLICE);
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }
}
