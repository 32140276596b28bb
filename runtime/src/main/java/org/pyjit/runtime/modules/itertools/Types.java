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
            if (kw != null && kw.length > 0 && org.pyjit.runtime.builtins.Kw.refusesKeywords(cls)) throw Errors.typeError(name + "() takes no keyword arguments");
            int n = args.length - (kw == null ? 0 : kw.length) - 1;
            ArityCheck.check(name, n, min, max, false);
            return body.make(cls, java.util.Arrays.copyOfRange(args, 1, 1 + n));
        }));
        return t;
    }

    static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** Installs {@code __reduce__}: CPython 3.11 pickles every itertools object (3.12 deprecates it). */
    static void reduce(PyType t, java.util.function.Function<Object, Object> body) {
        method(t, "__reduce__", 0, 0, a -> body.apply(a[0]));
    }

    /** Installs {@code __setstate__}, which returns None. */
    static void setState(PyType t, java.util.function.BiConsumer<Object, Object> body) {
        method(t, "__setstate__", 1, 1, a -> {
            body.accept(a[0], a[1]);
            return org.pyjit.runtime.objects.PyNone.NONE;
        });
    }

    /** The tuple {@code (type(self), args)} or, with a state, {@code (type(self), args, state)}. */
    static org.pyjit.runtime.objects.PyTuple reduced(Object self, org.pyjit.runtime.objects.PyTuple args, Object... state) {
        Object type = org.pyjit.runtime.ops.Ops.typeOf(self);
        return state.length == 0 ? org.pyjit.runtime.objects.PyTuple.of(type, args)
                : org.pyjit.runtime.objects.PyTuple.of(type, args, state[0]);
    }

    /** An iterator's state argument that must be a tuple (CPython: "state is not a tuple"). */
    static Object[] stateTuple(Object state) {
        if (!(state instanceof org.pyjit.runtime.objects.PyTuple t)) throw Errors.typeError("state is not a tuple");
        return t.items;
    }
}
