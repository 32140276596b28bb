package org.pyjit.runtime.types;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * Shorthands the installers of this package use to put methods, constructors and computed
 * attributes into a builtin type's namespace.
 */
final class Install {
    private Install() {}

    /** A method taking {@code min..max} positional arguments after self (max -1: any), no keywords. */
    static void method(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** A method that receives self, the arguments and the keyword names unchecked. */
    static void methodKw(PyType t, String name, PyCallable body) {
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, body));
    }

    /** {@code __new__}: a builtin function receiving (cls, args…) with keyword names. */
    static void constructor(PyType t, PyCallable body) {
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, body));
    }

    /** A class method: the body receives the class as args[0]. */
    static void classMethod(PyType t, String name, PyCallable body) {
        t.namespace.putStr(name, new PyClassMethod(new PyBuiltinFunction(name, null, body)));
    }

    /**
     * A computed attribute. {@code get} and {@code set} receive an instance of {@code t} (checked
     * here, with CPython's message); {@code set} gets null for {@code del}; a null {@code set}
     * makes the attribute read-only.
     */
    static PyGetSetDescriptor getset(PyType t, String name, Function<Object, Object> get, BiConsumer<Object, Object> set) {
        PyGetSetDescriptor d = new PyGetSetDescriptor(t, name, o -> {
            checkReceiver(t, name, o);
            return get.apply(o);
        }, set == null ? null : (o, v) -> {
            checkReceiver(t, name, o);
            set.accept(o, v);
        });
        t.namespace.putStr(name, d);
        return d;
    }

    /** A read-only attribute that CPython implements as a read-only member ("readonly attribute"). */
    static PyGetSetDescriptor readonly(PyType t, String name, Function<Object, Object> get) {
        return getset(t, name, get, (o, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
    }

    /** TypeError unless {@code o} is an instance of {@code owner}. */
    static void checkReceiver(PyType owner, String name, Object o) {
        if (!Ops.typeOf(o).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Ops.typeName(o) + "' object");
        }
    }

    /** Null (absent) as Python's None. */
    static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    /** Python None as null (absent). */
    static Object noneToNull(Object v) {
        return v == PyNone.NONE ? null : v;
    }

    /** The number of keyword arguments at the end of {@code args}. */
    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }

    /** Throws "NAME() takes no keyword arguments" when keywords were passed. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwCount(kwnames) > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** The positional arguments from index {@code from} (keyword values at the end excluded). */
    static Object[] positional(Object[] args, String[] kwnames, int from) {
        int n = args.length - kwCount(kwnames) - from;
        Object[] r = new Object[Math.max(n, 0)];
        System.arraycopy(args, from, r, 0, r.length);
        return r;
    }

    /** The items of an iterable (tuples and lists read directly). */
    static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t) return t.items.clone();
        if (iterable instanceof PyList l) return l.toArray();
        java.util.List<Object> out = new java.util.ArrayList<>();
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) out.add(x);
        return out.toArray();
    }

    /** A str value (a str subclass instance unwrapped), or null when {@code o} is not a str. */
    static String asString(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }
}
