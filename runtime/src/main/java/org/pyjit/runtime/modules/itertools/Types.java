package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.ArityCheck;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyType;

/** Helpers for defining the iterator types of {@code itertools}: name, module, constructor. */
final class Types {
    private Types() {}

    /** A constructor body: the class and the bound parameters (positional, or parsed by an ArgParser). */
    interface Constructor {
        Object make(PyType cls, Object[] params);
    }

    /** An iterator type {@code itertools.name} whose {@code __new__} parses its arguments with {@code parser}. */
    static PyType withParser(String name, ArgParser parser, Constructor body) {
        PyType t = PyIterator.makeType(name);
        t.namespace.putStr("__module__", "itertools");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            PyType cls = (PyType) args[0];
            return body.make(cls, parser.parse(args, kw, 1));
        }));
        return t;
    }

    /** An iterator type taking {@code min..max} positional arguments (max -1: any) and no keywords. */
    static PyType positional(String name, int min, int max, Constructor body) {
        PyType t = PyIterator.makeType(name);
        t.namespace.putStr("__module__", "itertools");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            PyType cls = (PyType) args[0];
            if (kw != null && kw.length > 0 && cls.builtin) throw Errors.typeError(name + "() takes no keyword arguments");
            int n = args.length - (kw == null ? 0 : kw.length) - 1;
            ArityCheck.check(name, n, min, max, false);
            return body.make(cls, java.util.Arrays.copyOfRange(args, 1, 1 + n));
        }));
        return t;
    }

    static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
