package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** The checks of a builtin {@code __new__} on its class argument, with CPython's messages. */
final class NewClassChecks {
    private NewClassChecks() {}

    /** args[0] of {@code base.__new__(cls, ...)}: a type that is {@code base} or a subclass of it. */
    static PyType newClass(Object[] args, PyType base, String name) {
        if (args.length == 0) throw Errors.typeError(name + ".__new__(): not enough arguments");
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError(name + ".__new__(X): X is not a type object (" + Ops.typeName(args[0]) + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw Errors.typeError(name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + name);
        }
        return cls;
    }
}
