package org.pyjit.runtime.state;

import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.exceptions.PyBaseException;

/**
 * The exception being handled on this thread ({@code sys.exc_info()}, {@code sys.exception()},
 * the implicit context of a new exception): the interpreter sets it on entry to an
 * {@code except} block and restores the previous value when the block ends.
 */
public final class ExceptionState {
    private ExceptionState() {}


    /** The exception being handled, or null. */
    public static PyBaseException get() {
        return ThreadState.current().handled;
    }

    /** Sets the exception being handled (null: none); returns the previous one so the caller can restore it. */
    public static PyBaseException set(PyBaseException e) {
        ThreadState ts = ThreadState.current();
        PyBaseException old = ts.handled;
        ts.handled = e;
        return old;
    }
}
