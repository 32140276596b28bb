package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;

/** A {@code SyntaxError} (or subclass): the message and where in the source it is. Fields are null until set (read as None). */
public final class PySyntaxError extends PyBaseException {
    public Object msg;
    public Object filename;
    public Object lineno;
    public Object offset;
    public Object text;
    public Object endLineno;
    public Object endOffset;
    public Object printFileAndLine;

    public PySyntaxError(PyType type) {
        super(type);
    }
}
