package org.pyjit.runtime.exceptions;

import java.util.function.BiFunction;
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

    /**
     * Set by the exception installer: builds the instance {@code type(*args)} would build for a
     * builtin exception class (the right Java subclass, its fields filled from the arguments,
     * {@code OSError(errno, …)} mapped to its subclass), without running Python code.
     */
    public static volatile BiFunction<PyType, Object[], PyBaseException> constructor;

    /** An exception of class {@code type} made from {@code args} as calling the builtin class does. */
    public static PyBaseException create(PyType type, Object... args) {
        BiFunction<PyType, Object[], PyBaseException> c = constructor;
        return c != null ? c.apply(type, args) : new PyBaseException(type, args);
    }
}
