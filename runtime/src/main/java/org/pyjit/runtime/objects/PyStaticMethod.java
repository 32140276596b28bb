package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code staticmethod}: yields the wrapped callable unchanged on attribute access. */
public final class PyStaticMethod extends PyObject {
    public Object callable;

    public PyStaticMethod(Object callable) {
        super(BuiltinTypes.STATICMETHOD);
        this.callable = callable;
    }
}
