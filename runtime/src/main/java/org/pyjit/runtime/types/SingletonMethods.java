package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.*;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;

/**
 * {@code None}, {@code NotImplemented} and {@code Ellipsis}: their types return the singleton when
 * called without arguments, and give the reprs, truth values and hashes CPython's do.
 */
final class SingletonMethods {
    private SingletonMethods() {}

    /** A fixed hash for None (CPython 3.11 hashes its address; 3.12 uses this constant). */
    private static final long NONE_HASH = 0xFCA86420L;

    static void install() {
        singleton(NONE_TYPE, PyNone.NONE, "NoneType", "None");
        Install.method(NONE_TYPE, "__bool__", 0, 0, a -> false);
        Install.method(NONE_TYPE, "__hash__", 0, 0, a -> NONE_HASH);
        singleton(NOT_IMPLEMENTED_TYPE, NOT_IMPLEMENTED, "NotImplementedType", "NotImplemented");
        Install.method(NOT_IMPLEMENTED_TYPE, "__bool__", 0, 0, a -> true);
        singleton(ELLIPSIS_TYPE, ELLIPSIS, "EllipsisType", "Ellipsis");
        TypeLayout.markFinal(NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, BOOL, RANGE, SLICE, TRACEBACK, FRAME, GENERATOR,
                COROUTINE, MAPPINGPROXY);
    }

    private static void singleton(PyType t, Object value, String callName, String repr) {
        Install.constructor(t, (a, kw) -> {
            if (a.length > 1) throw Errors.typeError(callName + " takes no arguments");
            return value;
        });
        Install.method(t, "__repr__", 0, 0, a -> repr);
        Install.method(t, "__reduce__", 0, 0, a -> repr);
    }
}
