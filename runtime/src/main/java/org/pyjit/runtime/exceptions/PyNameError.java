package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code NameError} (or subclass): the name that was not found. Fields are null until set (read as None). */
public final class PyNameError extends PyBaseException {
    public Object name;

    public PyNameError(PyType type) {
        super(type);
    }
}
