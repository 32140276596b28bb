package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;

/**
 * {@code __build_class__(func, name, *bases, **kw)}: runs the class body {@code func} against the
 * namespace the metaclass prepares; the rest of the class statement (metaclass calculation,
 * {@code __mro_entries__}, {@code __prepare__}, the {@code __class__} cell check) is
 * {@link org.pyjit.runtime.types.ClassBuilder}.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static final PyBuiltinFunction BUILD_CLASS = new PyBuiltinFunction("__build_class__", "builtins", ClassBuilder::build);

    private static Object build(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof String name)) throw Errors.typeError("__build_class__: name is not a string");
        Object[] bases = java.util.Arrays.copyOfRange(args, 2, npos);
        Object[] kwvalues = java.util.Arrays.copyOfRange(args, npos, args.length);
        return org.pyjit.runtime.types.ClassBuilder.build(
                ns -> Interpreter.runWithLocals(body.code, body.globals, ns, body.closure, body), name, bases, kwnames, kwvalues);
    }
}
