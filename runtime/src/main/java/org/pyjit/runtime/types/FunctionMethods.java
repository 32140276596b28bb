package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.CELL;
import static org.pyjit.runtime.types.BuiltinTypes.CODE;
import static org.pyjit.runtime.types.BuiltinTypes.FUNCTION;

import java.math.BigInteger;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * Python functions ({@code function}: the attributes libraries read and write, {@code __get__},
 * repr), {@code code} objects (through {@link PyCode}) and closure {@code cell}s. Bound methods and
 * builtin callables are in {@link CallableMethods}.
 */
final class FunctionMethods {
    private FunctionMethods() {}

    static void install() {
        installFunction();
        installCode();
        installCell();
        CallableMethods.install();
    }

    private static void installFunction() {
        PyType t = FUNCTION;
        TypeLayout.markFinal(t);
        t.instancesHaveDict = true;
        t.namespace.putStr("__dict__", InstanceDict.dictDescriptor(t));
        Install.method(t, "__repr__", 0, 0, a -> "<function " + ((PyFunction) a[0]).qualname + " at " + ObjectIdentity.address(a[0]) + ">");
        Install.methodKw(t, "__call__", (a, kw) -> {
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return ((PyFunction) a[0]).call(rest, kw);
        });
        Install.method(t, "__get__", 1, 2, a -> {
            if (a[1] == PyNone.NONE) {
                if (a.length < 3 || a[2] == PyNone.NONE) throw Errors.typeError("__get__(None, None) is invalid");
                return a[0];
            }
            return new PyBoundMethod(a[1], a[0]);
        });
        Install.getset(t, "__name__", o -> ((PyFunction) o).name,
                (o, v) -> ((PyFunction) o).name = requireString(v, "__name__"));
        Install.getset(t, "__qualname__", o -> ((PyFunction) o).qualname,
                (o, v) -> ((PyFunction) o).qualname = requireString(v, "__qualname__"));
        Install.getset(t, "__module__", o -> Install.orNone(((PyFunction) o).module), (o, v) -> ((PyFunction) o).module = Install.orNone(v));
        Install.getset(t, "__doc__", o -> Install.orNone(((PyFunction) o).doc), (o, v) -> ((PyFunction) o).doc = Install.orNone(v));
        Install.getset(t, "__defaults__", FunctionMethods::defaults, FunctionMethods::setDefaults);
        Install.getset(t, "__kwdefaults__", o -> Install.orNone(((PyFunction) o).kwdefaults), (o, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            ((PyFunction) o).kwdefaults = v instanceof PyDict d ? d : null;
        });
        Install.getset(t, "__code__", o -> PyCode.of(((PyFunction) o).code), (o, v) -> {
            if (!(v instanceof PyCode c)) throw Errors.typeError("__code__ must be set to a code object");
            ((PyFunction) o).code = c.code;
        });
        Install.readonly(t, "__globals__", o -> ((PyFunction) o).globals);
        Install.readonly(t, "__closure__", o -> {
            PyCell[] c = ((PyFunction) o).closure;
            return c == null || c.length == 0 ? PyNone.NONE : new PyTuple(c.clone());
        });
        Install.readonly(t, "__builtins__", o -> {
            Object b = ((PyFunction) o).globals.getStr("__builtins__");
            if (b instanceof PyModule m) return m.globals();
            return b instanceof PyDict ? b : BuiltinsModule.namespace();
        });
        Install.getset(t, "__annotations__", o -> {
            PyFunction f = (PyFunction) o;
            if (f.annotations == null) f.annotations = new PyDict();
            return f.annotations;
        }, (o, v) -> {
            if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) throw Errors.typeError("__annotations__ must be set to a dict object");
            ((PyFunction) o).annotations = v instanceof PyDict d ? d : null;
        });
    }

    private static String requireString(Object v, String attr) {
        String s = Install.asString(v);
        if (s == null) throw Errors.typeError(attr + " must be set to a string object");
        return s;
    }

    private static Object defaults(Object o) {
        Object[] d = ((PyFunction) o).defaults;
        return d == null ? PyNone.NONE : new PyTuple(d.clone());
    }

    private static void setDefaults(Object o, Object v) {
        PyFunction f = (PyFunction) o;
        if (v == null || v == PyNone.NONE) f.defaults = null;
        else if (v instanceof PyTuple t) f.defaults = t.items.clone();
        else throw Errors.typeError("__defaults__ must be set to a tuple object");
    }

    // ---------------------------------------------------------------- code

    private static void installCode() {
        PyType t = CODE;
        TypeLayout.markFinal(t);
        Install.readonly(t, "co_name", o -> code(o).name);
        Install.readonly(t, "co_qualname", o -> code(o).qualname);
        Install.readonly(t, "co_filename", o -> code(o).filename);
        Install.readonly(t, "co_firstlineno", o -> (long) code(o).firstLineno);
        Install.readonly(t, "co_argcount", o -> (long) code(o).argcount);
        Install.readonly(t, "co_posonlyargcount", o -> (long) code(o).posonlyargcount);
        Install.readonly(t, "co_kwonlyargcount", o -> (long) code(o).kwonlyargcount);
        Install.readonly(t, "co_nlocals", o -> (long) code(o).varnames.length);
        Install.readonly(t, "co_flags", o -> (long) code(o).flags);
        Install.readonly(t, "co_varnames", o -> stringTuple(code(o).varnames));
        Install.readonly(t, "co_cellvars", o -> stringTuple(code(o).cellvars));
        Install.readonly(t, "co_freevars", o -> stringTuple(code(o).freevars));
        Install.readonly(t, "co_names", o -> stringTuple(code(o).names));
        Install.readonly(t, "co_consts", o -> constTuple(code(o).consts));
        Install.readonly(t, "co_stacksize", o -> (long) code(o).registerCount);
        Install.method(t, "co_positions", 0, 0, a -> new CodePositions(code(a[0])));
        CodeReplace.install(t);
        Install.method(t, "__repr__", 0, 0, a -> {
            CodeObject c = code(a[0]);
            return "<code object " + c.name + " at " + ObjectIdentity.address(a[0]) + ", file \"" + c.filename + "\", line "
                    + c.firstLineno + ">";
        });
    }

    private static CodeObject code(Object o) {
        return ((PyCode) o).code;
    }

    private static PyTuple stringTuple(String[] names) {
        return names == null ? PyTuple.EMPTY : new PyTuple(names.clone());
    }

    private static PyTuple constTuple(Object[] consts) {
        if (consts == null) return PyTuple.EMPTY;
        Object[] out = new Object[consts.length];
        for (int i = 0; i < consts.length; i++) out[i] = constValue(consts[i]);
        return new PyTuple(out);
    }

    /** A constant pool entry as a Python value (nested code as code objects, arrays as tuples). */
    static Object constValue(Object c) {
        if (c == null) return PyNone.NONE;
        if (c instanceof CodeObject co) return PyCode.of(co);
        if (c instanceof Object[] items) return constTuple(items);
        if (c instanceof byte[] b) return new PyBytes(b);
        if (c instanceof PyObject || c instanceof String || c instanceof Long || c instanceof Double || c instanceof Boolean
                || c instanceof BigInteger) {
            return c;
        }
        return Ops.repr(c.toString());
    }

    // ---------------------------------------------------------------- cell

    private static void installCell() {
        PyType t = CELL;
        TypeLayout.markFinal(t);
        Install.constructor(t, (a, kw) -> {
            Install.noKeywords("cell", kw);
            if (a.length > 2) throw Errors.typeError("cell expected at most 1 argument, got " + (a.length - 1));
            return new PyCell(a.length == 2 ? a[1] : null);
        });
        Install.getset(t, "cell_contents", o -> {
            Object v = ((PyCell) o).value;
            if (v == null) throw Errors.valueError("Cell is empty");
            return v;
        }, (o, v) -> ((PyCell) o).value = v);
        Install.method(t, "__repr__", 0, 0, a -> {
            PyCell c = (PyCell) a[0];
            String head = "<cell at " + ObjectIdentity.address(c) + ": ";
            if (c.value == null) return head + "empty>";
            return head + Ops.typeName(c.value) + " object at " + ObjectIdentity.address(c.value) + ">";
        });
    }
}
