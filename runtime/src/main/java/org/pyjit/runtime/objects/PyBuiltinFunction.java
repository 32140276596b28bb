package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A function written in Java: a builtin ({@code len}), a function of a builtin module
 * ({@code math.sqrt}), or a method of a builtin type once bound to its receiver.
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    /** Body that receives positional arguments only (arity already checked). */
    @FunctionalInterface
    public interface Positional {
        Object call(Object[] args);
    }

    public final String name;
    /** The module name for {@code __module__}, or null. */
    public final String module;
    private final PyCallable body;
    /** The builtin type this is a static method of ({@code bytes.maketrans}), or null: its qualname and pickling name it. */
    public PyType staticOwner;
    /** The docstring ({@code __doc__}), or null for None. */
    private String doc;

    /** Sets the docstring; returns this function, for use where it is defined. */
    public PyBuiltinFunction withDoc(String text) {
        this.doc = text;
        return this;
    }

    /** The docstring, or null. */
    public String doc() {
        return doc;
    }

    public PyBuiltinFunction(String name, String module, PyCallable body) {
        super(BuiltinTypes.BUILTIN_FUNCTION);
        this.name = name;
        this.module = module;
        this.body = body;
    }

    /** A function that takes between {@code min} and {@code max} positional arguments (max -1 = any) and no keywords. */
    public static PyBuiltinFunction positional(String name, String module, int min, int max, Positional body) {
        return new PyBuiltinFunction(name, module, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
            ArityCheck.check(name, args.length, min, max, false);
            return body.call(args);
        });
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }
}
