package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.objects.PyFunction;

/** Tier 0: runs register bytecode. (Being written.) */
public final class Interpreter {
    private Interpreter() {}

    public static Object callFunction(PyFunction f, Object[] args, String[] kwnames) {
        throw new UnsupportedOperationException("interpreter not written yet");
    }
}
