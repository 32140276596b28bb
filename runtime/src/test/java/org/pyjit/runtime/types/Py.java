package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * Test helpers that do from Java what small Python programs do: make classes with
 * {@code type(name, bases, ns)}, write methods as Java lambdas, and report a result the way
 * {@link CPython} does, so the two can be compared.
 */
final class Py {
    private Py() {}

    static {
        TypeRegistry.bootstrap();
    }

    /** {@code type(name, bases, {'__module__': '__main__', k1: v1, …})}. */
    static PyType cls(String name, Object[] bases, Object... kv) {
        return (PyType) Ops.call(BuiltinTypes.TYPE, name, new PyTuple(bases), ns(kv));
    }

    /** A class namespace {@code {'__module__': '__main__', k1: v1, …}}. */
    static PyDict ns(Object... kv) {
        PyDict d = new PyDict();
        d.putStr("__module__", "__main__");
        for (int i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    static Object[] bases(Object... b) {
        return b;
    }

    /** A method for a class namespace: binds like a Python function; args[0] is self. */
    static PyMethodDescriptor method(String name, PyCallable body) {
        return new PyMethodDescriptor(BuiltinTypes.OBJECT, name, body);
    }

    /** A method taking positional arguments only. */
    static PyMethodDescriptor method(String name, PyBuiltinFunction.Positional body) {
        return new PyMethodDescriptor(BuiltinTypes.OBJECT, name, (a, kw) -> body.call(a));
    }

    /** A plain callable (no binding): a builtin function. */
    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Positional body) {
        return new PyBuiltinFunction(name, "__main__", (a, kw) -> body.call(a));
    }

    /** "OK " + the value as CPython.show prints it (null: a statement, None), or "EXC Type: message". */
    static String run(Supplier<Object> body) {
        try {
            return "OK " + show(body.get());
        } catch (PyException e) {
            return "EXC " + e.value.type.name + ": " + Ops.str(e.value);
        }
    }

    static String show(Object v) {
        if (v == null) return "None";
        return v instanceof String s ? s : Ops.repr(v);
    }

    /** Space-separated {@code __name__}s of a tuple or list of classes. */
    static String names(Object seq) {
        List<String> out = new ArrayList<>();
        for (Object o : Install.toArray(seq)) out.add(((PyType) o).name);
        return String.join(" ", out);
    }

    static Object call(Object f, Object... args) {
        return Ops.call(f, args);
    }

    static Object callKw(Object f, Object[] args, String... kwnames) {
        return Ops.callKw(f, args, kwnames);
    }

    static Object get(Object o, String name) {
        return Ops.getAttr(o, name);
    }
}
