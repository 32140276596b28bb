package org.pyjit.runtime.testutil;

import org.pyjit.runtime.objects.PyDict;

import java.math.BigInteger;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyCallable;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.TypeRegistry;

/** Short ways to build Python values and call builtins from tests. */
public final class Py {
    private Py() {}

    static {
        TypeRegistry.bootstrap();
    }

    /** Makes sure the builtin types and the builtins module are installed. */
    public static void boot() {
        TypeRegistry.bootstrap();
    }

    public static Object builtin(String name) {
        Object f = BuiltinsModule.namespace().getStr(name);
        if (f == null) throw new AssertionError("no builtin " + name);
        return f;
    }

    /** {@code name(*args)}. */
    public static Object call(String name, Object... args) {
        return Ops.call(builtin(name), args);
    }

    /** {@code name(*positional, **{kwnames[i]: kwvalues[i]})}: args holds positionals then keyword values. */
    public static Object callKw(String name, Object[] args, String... kwnames) {
        return Ops.callKw(builtin(name), args, kwnames);
    }

    /** Calls a type's {@code __new__} (the type-call machinery is not needed). */
    public static Object construct(PyType type, Object... args) {
        return constructKw(type, args);
    }

    public static Object constructKw(PyType type, Object[] args, String... kwnames) {
        Object[] full = new Object[args.length + 1];
        full[0] = type;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.callKw(type.lookup("__new__"), full, kwnames.length == 0 ? null : kwnames);
    }

    public static PyList list(Object... items) {
        return new PyList(items.clone());
    }

    public static PyTuple tuple(Object... items) {
        return PyTuple.of(items.clone());
    }

    public static PyBytes bytes(String latin1) {
        return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    public static BigInteger big(String digits) {
        return new BigInteger(digits);
    }

    /** Drains a Python iterator into a list (through {@code __next__}, as a for loop would). */
    public static PyList drain(Object iterator) {
        PyList out = new PyList();
        for (Object v = Ops.next(iterator); v != null; v = Ops.next(iterator)) out.append(v);
        return out;
    }

    /** A class as a {@code class} statement would make it (not builtin), with Java methods. */
    public static final class ClassBuilder {
        private final PyType type;

        public ClassBuilder(String name) {
            this(name, BuiltinTypes.OBJECT);
        }

        public ClassBuilder(String name, PyType base) {
            // made by type(name, bases, ns), exactly as a class statement makes it
            PyDict ns = new PyDict();
            ns.putStr("__module__", "__main__");
            type = (PyType) Ops.call(Ops.typeOf(base) == BuiltinTypes.TYPE ? BuiltinTypes.TYPE : Ops.typeOf(base), name,
                    PyTuple.of(base), ns);
        }

        /** A method; the body receives self as args[0]. */
        public ClassBuilder method(String name, PyCallable body) {
            type.namespace.putStr(name, new PyMethodDescriptor(type, name, body));
            return this;
        }

        public ClassBuilder attr(String name, Object value) {
            type.namespace.putStr(name, value);
            return this;
        }

        public PyType build() {
            return type;
        }
    }

    public static PyObject instance(PyType t) {
        return new PyObject(t);
    }
}
