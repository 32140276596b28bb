package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** An {@code ImportError} (or subclass): message, module name and path. Fields are null until set (read as None). */
public final class PyImportError extends PyBaseException {
    public Object msg;
    public Object name;
    public Object path;

    public PyImportError(PyType type) {
        super(type);
    }
}
