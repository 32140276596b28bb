package org.pyjit.runtime.baseline;

import java.util.Arrays;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.ThreadState;
import org.pyjit.runtime.interpreter.Tier1Support;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;

/**
 * The out-of-line parts of baseline code: what one instruction does when it is not an inline
 * cache. Each method is the interpreter's case for that instruction (same calls, same errors),
 * small enough for the JIT to inline into the generated method.
 */
public final class Tier1Ops {
    private Tier1Ops() {}

    private static final Object[] NO_ARGS = new Object[0];

    /** A local variable's value; UnboundLocalError when it is unbound. */
    public static Object read(Object[] r, int reg, Frame f) {
        Object v = r[reg];
        if (v == null) throw Tier1Support.unboundLocal(f, reg);
        return v;
    }

    /** An optional operand register: null for -1. */
    public static Object opt(Object[] r, int reg, Frame f) {
        return reg < 0 ? null : read(r, reg, f);
    }

    public static void deleteFast(Object[] r, int reg, Frame f) {
        read(r, reg, f);
        r[reg] = null;
    }

    public static Object loadGlobal(Frame f, String name) {
        Object v = f.globals.getStr(name);
        if (v != null) return v;
        v = f.builtins.getStr(name);
        if (v != null) return v;
        throw Errors.nameNotDefined(name);
    }

    public static void storeGlobal(Frame f, String name, Object v) {
        f.globals.putStr(name, v);
    }

    public static void deleteGlobal(Frame f, String name) {
        if (!f.globals.removeStr(name)) throw Errors.nameNotDefined(name);
    }

    public static Object loadDeref(Object[] r, int reg, Frame f) {
        Object v = ((PyCell) r[reg]).value;
        if (v == null) throw Tier1Support.unboundCell(f, reg);
        return v;
    }

    public static void storeDeref(Object cell, Object v) {
        ((PyCell) cell).value = v;
    }

    public static void deleteDeref(Object[] r, int reg, Frame f) {
        PyCell cell = (PyCell) r[reg];
        if (cell.value == null) throw Tier1Support.unboundCell(f, reg);
        cell.value = null;
    }

    public static void setAttr(Object obj, Object value, String name) {
        Ops.setAttr(obj, name, value);
    }

    /** {@code o[key] = value}, with the list-by-int case first (the generic path looks up {@code __setitem__}). */
    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyList l && l.type == org.pyjit.runtime.types.BuiltinTypes.LIST && key instanceof Long i) {
            long k = i < 0 ? i + l.size : i;
            if (k >= 0 && k < l.size) {
                l.items[(int) k] = value;
                return;
            }
        }
        Ops.setItem(o, key, value);
    }

    /** CALL without an inline cache: positional arguments in registers, keyword names or null. */
    public static Object call(Object fn, Object[] r, int first, int n, Object kwnames) {
        Object[] args = n == 0 ? NO_ARGS : Arrays.copyOfRange(r, first, first + n);
        return Ops.callKw(fn, args, (String[]) kwnames);
    }

    public static Object callMethod(Object recv, String name, Object[] r, int first, int n, Object kwnames) {
        return Tier1Support.callMethod(recv, name, r, first, n, (String[]) kwnames);
    }

    public static Object binary(Object a, Object b, int op) {
        return Ops.binary(a, b, BinaryOp.of(op));
    }

    public static Object inplace(Object a, Object b, int op) {
        return Ops.inplace(a, b, BinaryOp.of(op));
    }

    public static Object unary(Object a, int op) {
        return Ops.unary(a, UnaryOp.of(op));
    }

    public static Object compare(Object a, Object b, int op) {
        return Ops.compare(a, b, CompareOp.of(op));
    }

    /** {@code a is b}: identity, and for JVM scalars the interpreter's notion of it. */
    public static Object is(Object a, Object b) {
        if (a == b) return Boolean.TRUE;
        if (a instanceof PyObject || b instanceof PyObject) return Boolean.FALSE;
        return Ops.compare(a, b, CompareOp.IS);
    }

    public static Object isNot(Object a, Object b) {
        if (a == b) return Boolean.FALSE;
        if (a instanceof PyObject || b instanceof PyObject) return Boolean.TRUE;
        return Ops.compare(a, b, CompareOp.IS_NOT);
    }

    public static boolean isTrue(Object v) {
        return v instanceof Boolean b ? b : Ops.isTrue(v);
    }

    public static Object toBool(Object v) {
        return Ops.isTrue(v);
    }

    /** FOR_ITER's step: the next value, or null when the iterator is exhausted. */
    public static Object next(Object it) {
        return Ops.next(it);
    }

    public static Object buildList(Object[] r, int first, int n) {
        return new PyList(Arrays.copyOfRange(r, first, first + n));
    }

    public static Object buildTuple(Object[] r, int first, int n) {
        return n == 0 ? PyTuple.EMPTY : new PyTuple(Arrays.copyOfRange(r, first, first + n));
    }

    public static Object buildMap(Object[] r, int first, int pairs) {
        PyDict d = new PyDict();
        for (int i = 0; i < pairs; i++) d.put(r[first + 2 * i], r[first + 2 * i + 1]);
        return d;
    }

    public static Object buildSlice(Object[] r, int start, int stop, int step, Frame f) {
        return new PySlice(optNone(r, start, f), optNone(r, stop, f), optNone(r, step, f));
    }

    private static Object optNone(Object[] r, int reg, Frame f) {
        return reg < 0 ? PyNone.NONE : read(r, reg, f);
    }

    public static Object buildString(Object[] r, int first, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append((String) r[first + i]);
        return sb.toString();
    }

    public static void listAppend(Object list, Object v) {
        ((PyList) list).append(v);
    }

    public static Object listToTuple(Object list) {
        return new PyTuple(((PyList) list).toArray());
    }

    public static void listExtend(Object[] r, int list, Object iterable, int function) {
        Tier1Support.listExtend(r[list], iterable, function < 0 ? null : r[function]);
    }

    public static Object format(Object value, int conversion, Object[] r, int spec) {
        return Tier1Support.format(value, conversion, spec < 0 ? null : r[spec]);
    }

    public static Object makeFunction(Frame f, Object code, Object[] r, int defaults, int kwdefaults, int closure,
                                      int annotations) {
        return Tier1Support.makeFunction(f, (CodeObject) code, opt(r, defaults, f), opt(r, kwdefaults, f),
                opt(r, closure, f), opt(r, annotations, f));
    }

    public static RuntimeException raise(ThreadState ts, Object[] r, int exc, int cause, Frame f) {
        return Tier1Support.raise(ts, exc < 0 ? null : read(r, exc, f), cause < 0 ? null : read(r, cause, f), exc < 0);
    }

    public static void pushExcInfo(ThreadState ts, Object[] r, int save, int exc) {
        r[save] = ts.handled == null ? PyNone.NONE : ts.handled;
        ts.handled = (PyBaseException) r[exc];
    }

    public static void popExcInfo(ThreadState ts, Object saved) {
        ts.handled = saved instanceof PyBaseException be ? be : null;
    }

    public static Object checkExcMatch(Object exc, Object spec) {
        return Tier1Support.exceptionMatches(exc, spec);
    }

    public static Object importName(Frame f, String name, Object fromlist, int level) {
        return ImportSystem.importName(name, f.globals, fromlist, level);
    }

    public static void importStar(Frame f, Object module) {
        ImportSystem.importStar(module, f.locals != null ? f.locals : f.globals);
    }

    public static Object withExit(Object[] r, int exit, int exc) {
        return Tier1Support.withExit(r[exit], exc < 0 ? null : r[exc]);
    }
}
