package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A method of a builtin type, stored in the type's namespace ({@code str.upper}). Called with the
 * receiver as the first argument; attribute access on an instance binds it
 * ({@link PyBoundMethod}).
 */
public final class PyMethodDescriptor extends PyObject implements PyCallable {
    public final PyType owner;
    public final String name;
    /** Receives self as args[0]; arity and keyword checks are its own (or done by {@link #positional}). */
    private final PyCallable body;

    public PyMethodDescriptor(PyType owner, String name, PyCallable body) {
        super(BuiltinTypes.METHOD_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    /** A method taking {@code min..max} positional arguments besides self (max -1: any), no keywords. */
    public static PyMethodDescriptor positional(PyType owner, String name, int min, int max, PyBuiltinFunction.Positional body) {
        return new PyMethodDescriptor(owner, name, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
            ArityCheck.check(name, args.length - 1, min, max, true);
            return body.call(args);
        });
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (args.length == 0 || (kwnames != null && args.length == kwnames.length)) {
            throw Errors.typeError("unbound method " + owner.name + "." + name + "() needs an argument");
        }
        if (!Ops.typeOf(args[0]).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(args[0]) + "' object");
        }
        return body.call(args, kwnames);
    }

    /** Calls without the receiver type check (the caller found this method on the receiver's type). */
    public Object callUnchecked(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }
}
