package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyType;

/**
 * Installs methods of builtin types with the argument checking (and so the error messages) of
 * the C calling convention CPython uses for each: METH_NOARGS, METH_O, Argument Clinic's
 * positional-only and keyword forms, PyArg_ParseTuple's varargs, and the slot wrappers of dunders.
 */
final class Methods {
    private Methods() {}

    /** A method body receiving self. */
    @FunctionalInterface
    interface Unary {
        Object call(Object self);
    }

    /** A method body receiving self and one argument. */
    @FunctionalInterface
    interface Binary {
        Object call(Object self, Object arg);
    }

    /** A body receiving self followed by one slot per parameter (null = not given). */
    @FunctionalInterface
    interface Bound {
        Object call(Object self, Object[] params);
    }

    private static void noKeywords(String[] kw, String qualified) {
        if (kw != null && kw.length > 0) throw Errors.typeError(qualified + "() takes no keyword arguments");
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
    static void noArgs(PyType t, String name, Unary f) {
        String q = t.name + "." + name;
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            noKeywords(kw, q);
            if (a.length != 1) throw Errors.typeError(q + "() takes no arguments (" + (a.length - 1) + " given)");
            return f.call(a[0]);
        }));
    }

    /** METH_O: "str.join() takes exactly one argument (0 given)". */
    static void oneArg(PyType t, String name, Binary f) {
        String q = t.name + "." + name;
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            noKeywords(kw, q);
            if (a.length != 2) throw Errors.typeError(q + "() takes exactly one argument (" + (a.length - 1) + " given)");
            return f.call(a[0], a[1]);
        }));
    }

    /** Argument Clinic, positional-only: "center expected at least 1 argument, got 0". */
    static void positional(PyType t, String name, int min, int max, PyBuiltinFunction.Positional f) {
        String q = t.name + "." + name;
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            noKeywords(kw, q);
            int n = a.length - 1;
            if (n < min) throw Errors.typeError(name + " expected at least " + min + " argument" + plural(min) + ", got " + n);
            if (n > max) throw Errors.typeError(name + " expected at most " + max + " argument" + plural(max) + ", got " + n);
            return f.call(a);
        }));
    }

    /** PyArg_ParseTuple varargs: "count() takes at least 1 argument (0 given)". */
    static void varargs(PyType t, String name, int min, int max, PyBuiltinFunction.Positional f) {
        String q = t.name + "." + name;
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            noKeywords(kw, q);
            int n = a.length - 1;
            if (n < min) throw Errors.typeError(name + "() takes at least " + min + " argument" + plural(min) + " (" + n + " given)");
            if (n > max) throw Errors.typeError(name + "() takes at most " + max + " argument" + plural(max) + " (" + n + " given)");
            return f.call(a);
        }));
    }

    /** Argument Clinic with keywords, bound by {@link ArgParser}. */
    static void keywords(PyType t, String name, String[] params, int posOnly, int kwOnlyStart, int required, Bound f) {
        ArgParser p = new ArgParser(name, params, posOnly, kwOnlyStart, required);
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> f.call(a[0], p.parse(a, kw, 1))));
    }

    /** A slot wrapper ({@code __add__}, {@code __len__}): "expected 1 argument, got 0". */
    static void wrapper(PyType t, String name, int nargs, PyBuiltinFunction.Positional f) {
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
            int n = a.length - 1;
            if (n != nargs) throw Errors.typeError("expected " + nargs + " argument" + plural(nargs) + ", got " + n);
            return f.call(a);
        }));
    }

    /** A slot wrapper with optional arguments ({@code __pow__}): " expected at most 2 arguments, got 3". */
    static void wrapperRange(PyType t, String name, int min, int max, PyBuiltinFunction.Positional f) {
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
            int n = a.length - 1;
            if (n < min) throw Errors.typeError(" expected at least " + min + " argument" + plural(min) + ", got " + n);
            if (n > max) throw Errors.typeError(" expected at most " + max + " argument" + plural(max) + ", got " + n);
            return f.call(a);
        }));
    }

    /** A read-only computed attribute ({@code int.real}). */
    static void getter(PyType t, String name, java.util.function.Function<Object, Object> get) {
        t.namespace.putStr(name, new PyGetSetDescriptor(t, name, get, null));
    }

    /** A {@code classmethod} written in Java: the body receives the class as args[0]. */
    static void classMethod(PyType t, String name, org.pyjit.runtime.objects.PyCallable body) {
        t.namespace.putStr(name, new org.pyjit.runtime.objects.PyClassMethod(new PyBuiltinFunction(name, null, body)));
    }
}
