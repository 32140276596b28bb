package org.pyjit.tools.aot;

import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.ops.Ops;

/** One-line descriptions of the errors a module's compilation can raise, for {@code pyjit aot}'s report. */
final class AotErrors {
    private AotErrors() {}

    static String describe(Throwable e) {
        if (e instanceof PyException py) {
            String message;
            try {
                message = Ops.str(py.value);
            } catch (RuntimeException inner) {
                message = "?";
            }
            return py.value.type.name + ": " + message;
        }
        if (e instanceof StackOverflowError) return "nested too deeply to compile (stack overflow)";
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
