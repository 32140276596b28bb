package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Base of the iterators written in Java (over lists, dicts, ranges, …): {@link #next} returns null
 * at the end instead of raising {@code StopIteration}, so Java loops avoid an exception per loop.
 */
public abstract class PyIterator extends PyObject {
    protected PyIterator(PyType type) {
        super(type);
    }

    /** The next value, or null when exhausted (and on every call after that). */
    public abstract Object next();

    /** A builtin iterator type named {@code name} with {@code __iter__} and {@code __next__}. */
    public static PyType makeType(String name) {
        PyType t = BuiltinTypes.make(name, BuiltinTypes.OBJECT);
        t.namespace.putStr("__iter__", PyMethodDescriptor.positional(t, "__iter__", 0, 0, a -> a[0]));
        t.namespace.putStr("__next__", PyMethodDescriptor.positional(t, "__next__", 0, 0, a -> {
            Object v = ((PyIterator) a[0]).next();
            if (v == null) throw Errors.stopIteration(null);
            return v;
        }));
        return t;
    }
}
