package org.pyjit.runtime.builtins;

import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;

/** The {@code builtins} module: its namespace is what every global lookup falls back to. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static final PyModule MODULE = new PyModule("builtins", new PyDict());

    public static PyDict namespace() {
        return MODULE.dict;
    }

    public static void install() {}
}
