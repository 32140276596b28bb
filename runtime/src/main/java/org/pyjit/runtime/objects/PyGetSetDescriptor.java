package org.pyjit.runtime.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A computed attribute of a builtin type ({@code type.__name__}, {@code obj.__class__},
 * {@code func.__defaults__}): a data descriptor backed by Java getter and optional setter.
 */
public final class PyGetSetDescriptor extends PyObject {
    public final String name;
    public final PyType owner;
    public final Function<Object, Object> getter;
    /** Null for read-only attributes; receives null as the value for {@code del}. */
    public final BiConsumer<Object, Object> setter;

    public PyGetSetDescriptor(PyType owner, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        super(BuiltinTypes.GETSET_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }
}
