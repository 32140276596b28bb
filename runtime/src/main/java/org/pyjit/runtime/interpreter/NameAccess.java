package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyCell;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.ops.Ops;

/** Name lookups through a frame's locals mapping (module and class bodies), and unbound-name errors. */
final class NameAccess {
    private NameAccess() {}

    static Object load(Frame f, String name) {
        Object locals = f.locals;
        if (locals instanceof PyDict d) {
            Object v = d.type == org.pyjit.runtime.types.BuiltinTypes.DICT ? d.getStr(name) : mappingGet(d, name);
            if (v != null) return v;
        } else if (locals != null) {
            Object v = mappingGet(locals, name);
            if (v != null) return v;
        }
        Object v = f.globals.getStr(name);
        if (v != null) return v;
        v = f.builtins.getStr(name);
        if (v != null) return v;
        throw Errors.nameNotDefined(name);
    }

    private static Object mappingGet(Object mapping, String name) {
        try {
            return Ops.getItem(mapping, name);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    static void store(Frame f, String name, Object value) {
        Object locals = f.locals != null ? f.locals : f.globals;
        if (locals instanceof PyDict d && d.type == org.pyjit.runtime.types.BuiltinTypes.DICT) d.putStr(name, value);
        else Ops.setItem(locals, name, value);
    }

    static void delete(Frame f, String name) {
        Object locals = f.locals != null ? f.locals : f.globals;
        if (locals instanceof PyDict d && d.type == org.pyjit.runtime.types.BuiltinTypes.DICT) {
            if (!d.removeStr(name)) throw Errors.nameNotDefined(name);
            return;
        }
        try {
            Ops.delItem(locals, name);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) throw Errors.nameNotDefined(name);
            throw e;
        }
    }

    static Object loadClassDeref(Frame f, PyCell cell, String name, int reg) {
        if (f.locals != null) {
            Object v = mappingGet(f.locals, name);
            if (v != null) return v;
        }
        if (cell.value == null) throw unboundCell(f.code, reg);
        return cell.value;
    }

    static void setupAnnotations(Frame f) {
        Object locals = f.locals != null ? f.locals : f.globals;
        if (mappingGet(locals, "__annotations__") == null) Ops.setItem(locals, "__annotations__", new PyDict());
    }

    /** The frame's locals as a dict: its mapping, or a snapshot of its fast locals and cells. */
    static Object locals(Frame f) {
        if (f.locals != null) return f.locals;
        if (f.function == null) return f.globals;
        PyDict d = new PyDict();
        CodeObject code = f.code;
        for (int i = 0; i < code.varnames.length; i++) {
            if (f.regs[i] != null) d.putStr(code.varnames[i], org.pyjit.runtime.types.string.StrAccumulator.seal(f.regs[i]));
        }
        int c0 = code.firstCellRegister();
        for (int i = 0; i < code.cellvars.length; i++) {
            Object cell = f.regs[c0 + i];
            if (cell instanceof PyCell pc && pc.value != null) d.putStr(code.cellvars[i], pc.value);
        }
        int f0 = code.firstFreeRegister();
        for (int i = 0; i < code.freevars.length; i++) {
            Object cell = f.regs[f0 + i];
            if (cell instanceof PyCell pc && pc.value != null) d.putStr(code.freevars[i], pc.value);
        }
        return d;
    }

    static PyException unboundLocal(CodeObject code, int reg) {
        if (reg < code.varnames.length) {
            return Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '" + code.varnames[reg] + "' where it is not associated with a value");
        }
        return Errors.systemError("internal error: read of an empty register " + reg + " in " + code.qualname);
    }

    static PyException unboundCell(CodeObject code, int reg) {
        int c0 = code.firstCellRegister();
        int f0 = code.firstFreeRegister();
        if (reg >= c0 && reg < f0) {
            return Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '" + code.cellvars[reg - c0] + "' where it is not associated with a value");
        }
        String name = reg - f0 < code.freevars.length ? code.freevars[reg - f0] : "?";
        return Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }
}
