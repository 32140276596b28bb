package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** An {@code AttributeError}: the attribute name and the object it was looked up on. Fields are null until set (read as None). */
public final class PyAttributeError extends PyBaseException {
    public Object name;
    public Object obj;

    public PyAttributeError(PyType type) {
        super(type);
    }
}
