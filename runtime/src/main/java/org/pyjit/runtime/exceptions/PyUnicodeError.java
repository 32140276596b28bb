package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code UnicodeEncodeError}, {@code UnicodeDecodeError} or {@code UnicodeTranslateError}: the codec, the text or bytes, the failing range and the reason. Fields are null until set (read as None). */
public final class PyUnicodeError extends PyBaseException {
    public Object encoding;
    public Object object;
    public Object start;
    public Object end;
    public Object reason;

    public PyUnicodeError(PyType type) {
        super(type);
    }
}
