package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** Checks shared by the constructors ({@code __new__}/{@code __init__}) of the container types. */
final class ConstructorSupport {
    private ConstructorSupport() {}

    /** The class argument of {@code base.__new__(cls, …)}, checked as CPython's {@code tp_new} wrapper does. */
    static PyType checkCls(Object[] args, PyType base) {
        if (args.length == 0) throw Errors.typeError(base.name + ".__new__(): not enough arguments");
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError(base.name + ".__new__(X): X is not a type object (" + Ops.typeName(args[0]) + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw Errors.typeError(base.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + base.name);
        }
        return cls;
    }

    /** "list() takes no keyword arguments" when any keyword was passed. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** The positional arguments after the receiver/class, i.e. {@code args[1 .. args.length - nkw)}. */
    static int positionalCount(Object[] args, String[] kwnames) {
        return args.length - 1 - (kwnames == null ? 0 : kwnames.length);
    }
}
