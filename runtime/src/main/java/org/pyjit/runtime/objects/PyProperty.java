package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code property}: a data descriptor with getter, setter, deleter and doc. */
public final class PyProperty extends PyObject {
    public Object fget, fset, fdel, doc;
    /** The attribute name, from {@code __set_name__}, for error messages. */
    public String name;

    public PyProperty(PyType type, Object fget, Object fset, Object fdel, Object doc) {
        super(type == null ? BuiltinTypes.PROPERTY : type);
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }
}
