package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** A module: its namespace is its globals dict. */
public class PyModule extends PyObject {
    public final String name;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict globals) {
        super(BuiltinTypes.MODULE);
        this.name = name;
        this.dict = globals;
        if (globals.getStr("__name__") == null) globals.putStr("__name__", name);
    }

    public final PyDict globals() {
        return dict;
    }
}
