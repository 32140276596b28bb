package org.pyjit.runtime.objects;

/**
 * An instance of a program-defined subclass of {@code int}, {@code float}, {@code str} or
 * {@code complex}: the builtin value those types represent with JVM scalars, plus the subclass's
 * type and attributes. Builtin methods unwrap {@link #value}.
 */
public final class PyBoxed extends PyObject {
    public Object value;

    public PyBoxed(PyType type, Object value) {
        super(type);
        this.value = value;
    }
}
