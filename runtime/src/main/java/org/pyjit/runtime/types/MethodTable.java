package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyClassMethod;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyStaticMethod;
import org.pyjit.runtime.objects.PyType;

/**
 * Installs the methods of one builtin type with CPython's argument-count messages: methods of one
 * or no argument say {@code "list.append() takes exactly one argument (0 given)"}, others
 * {@code "pop expected at most 1 argument, got 2"}, and keyword arguments to positional-only
 * methods {@code "list.append() takes no keyword arguments"}.
 */
final class MethodTable {
    /** Body of a method with keywords: receives self and the parsed parameter slots (null = not given). */
    @FunctionalInterface
    interface KwBody {
        Object call(Object self, Object[] params);
    }

    final PyType type;

    MethodTable(PyType type) {
        this.type = type;
    }

    /** A positional-only method taking {@code min..max} arguments besides self ({@code max} -1: any). */
    void method(String name, int min, int max, PyBuiltinFunction.Positional body) {
        String qualified = type.name + "." + name;
        String arityName = min == max && min <= 1 ? qualified : name;
        type.namespace.putStr(name, new PyMethodDescriptor(type, name, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(qualified + "() takes no keyword arguments");
            checkArity(arityName, args.length - 1, min, max);
            return body.call(args);
        }));
    }

    /**
     * A special method backed by a C slot in CPython ({@code __len__}, {@code __add__}…), whose
     * wrapper reports a wrong argument count as {@code "expected 1 argument, got 0"}.
     */
    void slot(String name, int nargs, PyBuiltinFunction.Positional body) {
        type.namespace.putStr(name, new PyMethodDescriptor(type, name, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
            if (args.length - 1 != nargs) {
                throw Errors.typeError("expected " + nargs + " argument" + (nargs == 1 ? "" : "s") + ", got " + (args.length - 1));
            }
            return body.call(args);
        }));
    }

    /** A method with named parameters bound by {@link ArgParser}. */
    void methodKw(String name, String[] params, int posOnly, int kwOnlyStart, int required, KwBody body) {
        ArgParser parser = new ArgParser(name, params, posOnly, kwOnlyStart, required);
        type.namespace.putStr(name, new PyMethodDescriptor(type, name,
                (args, kw) -> body.call(args[0], parser.parse(args, kw, 1))));
    }

    /** {@code __new__}: a builtin function receiving (cls, args…) and keyword names. */
    void constructor(org.pyjit.runtime.objects.PyCallable body) {
        type.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, body));
    }

    /** A class method (receives the class as args[0]), positional-only. */
    void classMethod(String name, int min, int max, PyBuiltinFunction.Positional body) {
        String arityName = min == max && min <= 1 ? type.name + "." + name : name;
        type.namespace.putStr(name, new PyClassMethod(new PyBuiltinFunction(name, null, (args, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError(type.name + "." + name + "() takes no keyword arguments");
            checkArity(arityName, args.length - 1, min, max);
            return body.call(args);
        })));
    }

    /** A static method, positional-only. */
    void staticMethod(String name, int min, int max, PyBuiltinFunction.Positional body) {
        PyBuiltinFunction f = PyBuiltinFunction.positional(name, null, min, max, body);
        f.staticOwner = type;
        type.namespace.putStr(name, new PyStaticMethod(f));
    }

    /** A read-only attribute. */
    void getter(String name, java.util.function.Function<Object, Object> get) {
        type.namespace.putStr(name, new PyGetSetDescriptor(type, name, get, null));
    }

    /** Marks instances unhashable ({@code __hash__ = None}). */
    void unhashable() {
        type.namespace.putStr("__hash__", PyNone.NONE);
    }

    static void checkArity(String name, int n, int min, int max) {
        if (n >= min && (max < 0 || n <= max)) return;
        if (min == max) {
            if (min == 0) throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
            if (min == 1) throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
            throw Errors.typeError(name + " expected " + min + " arguments, got " + n);
        }
        if (n < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }
}
