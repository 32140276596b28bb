package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;

/** An instance of {@code BaseException} or a subclass: the Python-level exception value. */
public class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    /** Innermost-last chain of frames the exception passed through, or null. */
    public PyTraceback traceback;
    public Object cause = PyNone.NONE;
    public Object context = PyNone.NONE;
    public boolean suppressContext;

    public PyBaseException(PyType type) {
        super(type);
    }

    public PyBaseException(PyType type, Object... args) {
        super(type);
        this.args = PyTuple.of(args);
    }
}
