package org.pyjit.runtime.builtins;

import java.util.Map;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code builtins} module: its namespace is what every global lookup falls back to. Holds
 * the builtin types, the exception classes, the constants and the builtin functions (written in
 * the {@code *Builtins} classes of this package). The interpreter adds the functions that need
 * it ({@code globals}, {@code locals}, {@code exec}, {@code eval}, {@code compile},
 * {@code __import__}, {@code __build_class__}, {@code breakpoint}) with {@link #define}.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static final PyModule MODULE = new PyModule("builtins", new PyDict());

    public static PyDict namespace() {
        return MODULE.dict;
    }

    /** Called once by {@code TypeRegistry.bootstrap()}, after every builtin type has its methods. */
    public static void install() {
        PyDict ns = namespace();
        ns.putStr("__doc__", "Built-in functions, types, exceptions, and other objects.");
        ns.putStr("__package__", "");
        installTypes(ns);
        installConstants(ns);
        IterationBuiltins.install(ns);
        NumericBuiltins.install(ns);
        ReflectionBuiltins.install(ns);
        TextBuiltins.install(ns);
        IoBuiltins.install(ns);
    }

    /** Adds (or replaces) builtin function {@code f} under its own name. */
    public static void define(PyDict ns, PyBuiltinFunction f) {
        ns.putStr(f.name, f);
    }

    private static void installTypes(PyDict ns) {
        PyType[] types = {
            BuiltinTypes.OBJECT, BuiltinTypes.TYPE, BuiltinTypes.INT, BuiltinTypes.BOOL, BuiltinTypes.FLOAT,
            BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY, BuiltinTypes.LIST,
            BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.SET, BuiltinTypes.FROZENSET, BuiltinTypes.RANGE,
            BuiltinTypes.SLICE, BuiltinTypes.PROPERTY, BuiltinTypes.STATICMETHOD, BuiltinTypes.CLASSMETHOD,
            BuiltinTypes.SUPER, EnumerateObject.TYPE, ZipObject.TYPE, MapObject.TYPE, FilterObject.TYPE,
            ReversedObject.TYPE,
        };
        for (PyType t : types) ns.putStr(t.name, t);
        EnumerateObject.install();
        ZipObject.install();
        MapObject.install();
        FilterObject.install();
        ReversedObject.install();
        for (Map.Entry<String, PyType> e : ExceptionTypes.ALL.entrySet()) ns.putStr(e.getKey(), e.getValue());
        ns.putStr("EnvironmentError", ExceptionTypes.OS_ERROR);
        ns.putStr("IOError", ExceptionTypes.OS_ERROR);
    }

    private static void installConstants(PyDict ns) {
        ns.putStr("None", PyNone.NONE);
        ns.putStr("True", Boolean.TRUE);
        ns.putStr("False", Boolean.FALSE);
        ns.putStr("Ellipsis", BuiltinTypes.ELLIPSIS);
        ns.putStr("NotImplemented", BuiltinTypes.NOT_IMPLEMENTED);
        ns.putStr("__debug__", Boolean.TRUE);
        ns.putStr("exit", Quitter.named("exit"));
        ns.putStr("quit", Quitter.named("quit"));
    }
}
