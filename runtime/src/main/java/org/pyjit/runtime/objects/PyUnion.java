package org.pyjit.runtime.objects;

/**
 * A {@code types.UnionType} value such as {@code int | None}: the flattened, de-duplicated member
 * types ({@code None} stored as {@code NoneType}), in the order written.
 */
public final class PyUnion extends PyObject {
    public final Object[] args;

    public PyUnion(PyType type, Object[] args) {
        super(type);
        this.args = args;
    }
}
