package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code StopIteration}: the value a generator returned. Fields are null until set (read as None). */
public final class PyStopIteration extends PyBaseException {
    public Object value;

    public PyStopIteration(PyType type) {
        super(type);
    }
}
