package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;

/**
 * Turns a Java exception that escaped a builtin (a bug in pyjit) into a Python {@code SystemError},
 * so the program sees an exception instead of the JVM dying; {@code PYJIT_DEBUG=1} prints the Java trace.
 */
public final class InternalErrors {
    private InternalErrors() {}

    static final boolean DEBUG = System.getenv("PYJIT_DEBUG") != null;

    /** The SystemError a program sees for {@code e}. */
    public static PyException wrap(RuntimeException e) {
        if (DEBUG) e.printStackTrace();
        return Errors.systemError("pyjit internal error: " + e);
    }
}
