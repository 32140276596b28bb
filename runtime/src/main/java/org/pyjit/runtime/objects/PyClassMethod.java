package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code classmethod}: binds the wrapped callable to the class on attribute access. */
public final class PyClassMethod extends PyObject {
    public Object callable;

    public PyClassMethod(Object callable) {
        super(BuiltinTypes.CLASSMETHOD);
        this.callable = callable;
    }
}
