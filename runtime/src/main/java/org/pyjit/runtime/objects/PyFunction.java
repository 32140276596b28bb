package org.pyjit.runtime.objects;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.types.BuiltinTypes;

/** A function defined in Python: code, the globals it runs in, defaults and closure cells. */
public final class PyFunction extends PyObject implements PyCallable {
    public CodeObject code;
    public final PyDict globals;
    public String name;
    public String qualname;
    /** Positional defaults (for the last parameters), or null. */
    public Object[] defaults;
    /** Keyword-only defaults by name, or null. */
    public PyDict kwdefaults;
    /** Cells of the free variables, in {@code code.freevars} order, or null. */
    public final PyCell[] closure;
    public Object doc;
    public Object module;
    public PyDict annotations;
    /** The live {@code __builtins__} binding of {@link #globals}, made on the first call. */
    private KeyCell builtinsCell;

    public PyFunction(CodeObject code, PyDict globals, Object[] defaults, PyDict kwdefaults, PyCell[] closure) {
        super(BuiltinTypes.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        Object m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        this.doc = PyNone.NONE;
    }

    /** The cell tracking {@code globals["__builtins__"]}: a call reads it instead of looking the name up. */
    public KeyCell builtinsCell() {
        KeyCell c = builtinsCell;
        if (c == null) builtinsCell = c = globals.keyCell("__builtins__");
        return c;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Interpreter.callFunction(this, args, kwnames);
    }
}
