package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** {@code mappingproxy}: a read-only view of a mapping (a class's namespace, {@code types.MappingProxyType(d)}). */
public final class PyMappingProxy extends PyObject {
    public final Object mapping;

    public PyMappingProxy(Object mapping) {
        super(BuiltinTypes.MAPPINGPROXY);
        this.mapping = mapping;
    }
}
