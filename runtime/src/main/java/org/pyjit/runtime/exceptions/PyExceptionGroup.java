package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code BaseExceptionGroup} (or {@code ExceptionGroup}): message and the nested exceptions (a tuple). Fields are null until set (read as None). */
public final class PyExceptionGroup extends PyBaseException {
    public Object message;
    public Object exceptions;

    public PyExceptionGroup(PyType type) {
        super(type);
    }
}
