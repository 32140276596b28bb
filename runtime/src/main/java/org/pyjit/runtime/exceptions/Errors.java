package org.pyjit.runtime.exceptions;

import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** Factories for the Python exceptions the runtime raises: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    /** An exception of class {@code type} with one message argument. */
    public static PyException of(PyType type, String message) {
        return new PyException(PyBaseException.create(type, message));
    }

    /** An exception of class {@code type} with the given args. */
    public static PyException withArgs(PyType type, Object... args) {
        return new PyException(PyBaseException.create(type, args));
    }

    public static PyException typeError(String m) { return of(ExceptionTypes.TYPE_ERROR, m); }
    public static PyException valueError(String m) { return of(ExceptionTypes.VALUE_ERROR, m); }
    public static PyException indexError(String m) { return of(ExceptionTypes.INDEX_ERROR, m); }
    public static PyException nameError(String m) { return of(ExceptionTypes.NAME_ERROR, m); }
    public static PyException attributeError(String m) { return of(ExceptionTypes.ATTRIBUTE_ERROR, m); }
    public static PyException zeroDivision(String m) { return of(ExceptionTypes.ZERO_DIVISION_ERROR, m); }
    public static PyException overflow(String m) { return of(ExceptionTypes.OVERFLOW_ERROR, m); }
    public static PyException runtimeError(String m) { return of(ExceptionTypes.RUNTIME_ERROR, m); }
    public static PyException notImplemented(String m) { return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, m); }
    public static PyException recursion(String m) { return of(ExceptionTypes.RECURSION_ERROR, m); }
    public static PyException importError(String m) { return of(ExceptionTypes.IMPORT_ERROR, m); }
    public static PyException osError(String m) { return of(ExceptionTypes.OS_ERROR, m); }
    public static PyException systemError(String m) { return of(ExceptionTypes.SYSTEM_ERROR, m); }

    /** {@code KeyError(key)}: the key itself is the argument, so the message is its repr. */
    public static PyException keyError(Object key) {
        return withArgs(ExceptionTypes.KEY_ERROR, key);
    }

    /** {@code StopIteration(value)}, or a bare one when value is null. */
    public static PyException stopIteration(Object value) {
        return value == null ? withArgs(ExceptionTypes.STOP_ITERATION) : withArgs(ExceptionTypes.STOP_ITERATION, value);
    }

    /** "'X' object has no attribute 'name'", with the exception's {@code name} and {@code obj} set. */
    public static PyException noAttribute(Object obj, String name) {
        return attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'", obj, name);
    }

    /** An AttributeError with {@code message} whose {@code name} and {@code obj} attributes are set (as CPython's lookups do). */
    public static PyException attributeError(String message, Object obj, String name) {
        PyException e = attributeError(message);
        if (e.value instanceof PyAttributeError a) {
            a.obj = obj;
            a.name = name;
        }
        return e;
    }

    /** "name 'x' is not defined", with the NameError's {@code name} attribute set. */
    public static PyException nameNotDefined(String name) {
        PyException e = nameError("name '" + name + "' is not defined");
        if (e.value instanceof PyNameError n) n.name = name;
        return e;
    }

    /** "unsupported operand type(s) for +: 'int' and 'str'" */
    public static PyException unsupportedOperands(String symbol, Object a, Object b) {
        return typeError("unsupported operand type(s) for " + symbol + ": '" + Ops.typeName(a) + "' and '"
                + Ops.typeName(b) + "'");
    }
}
