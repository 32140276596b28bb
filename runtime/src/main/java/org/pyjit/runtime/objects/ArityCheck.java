package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;

/** CPython's messages for a builtin called with the wrong number of positional arguments. */
public final class ArityCheck {
    private ArityCheck() {}

    /**
     * Throws {@code TypeError} unless {@code min <= n <= max} ({@code max < 0}: no upper bound).
     * {@code method} selects the wording CPython uses for methods of builtin types.
     */
    public static void check(String name, int n, int min, int max, boolean method) {
        if (n >= min && (max < 0 || n <= max)) return;
        if (min == max) {
            if (min == 0) throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
            if (min == 1) throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
            throw Errors.typeError(name + " expected " + min + " arguments, got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
}
