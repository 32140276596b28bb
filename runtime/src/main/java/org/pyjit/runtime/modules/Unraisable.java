package org.pyjit.runtime.modules;

import org.pyjit.runtime.errors.TracebackPrinter;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * Exceptions that cannot propagate (raised in weak-reference callbacks, finalizers, at exit):
 * printed to {@code sys.stderr} after a header line, as CPython's default unraisable hook does.
 */
public final class Unraisable {
    private Unraisable() {}

    /** Prints {@code header} ("Exception ignored in: …") and the exception's traceback. */
    public static void report(String header, PyException e) {
        String text;
        try {
            text = header + "\n" + TracebackPrinter.format(e.value);
        } catch (RuntimeException inner) {
            text = header + "\n" + e.value.type.name + "\n";
        }
        Object err = SysModule.stderr();
        try {
            if (err != null && err != PyNone.NONE) {
                Ops.call(Ops.getAttr(err, "write"), text);
                return;
            }
        } catch (PyException ignored) {
            // fall back to the process's stderr
        }
        System.err.print(text);
    }
}
