package org.pyjit.runtime.exceptions;

/**
 * The Java throwable that carries a Python exception through Java frames. Cheap: no Java stack
 * trace is captured; the Python traceback lives on {@link PyBaseException#traceback}.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** The interpreter frame that last added a traceback entry (a re-raise in that frame adds none). */
    public Object tracedFrame;
    /** Added to the faulting instruction's offset for its traceback position (1: the instruction's first step). */
    public int positionOffset;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type.name;
    }
}
