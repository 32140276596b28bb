package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** An {@code OSError} (or subclass): errno, strerror and the file names involved. Fields are null until set (read as None). */
public final class PyOSError extends PyBaseException {
    public Object errno;
    public Object strerror;
    public Object filename;
    public Object filename2;

    public PyOSError(PyType type) {
        super(type);
    }
}
