package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** The type of {@code None}, with its one instance. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(BuiltinTypes.NONE_TYPE);
    }

    @Override
    public String toString() {
        return "None";
    }
}
