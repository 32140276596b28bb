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

    /** A local variable's value; UnboundLocalError when it is unbound (null). */
    public static Object bound(Object v, int reg, Frame f) {
        if (v == null) throw Tier1Support.unboundLocal(f, reg);
        return v;
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

    public static Object loadDeref(Object cell, int reg, Frame f) {
        Object v = ((PyCell) cell).value;
        if (v == null) throw Tier1Support.unboundCell(f, reg);
        return v;
    }

    public static void storeDeref(Object cell, Object v) {
        ((PyCell) cell).value = v;
    }

    public static void deleteDeref(Object cell, int reg, Frame f) {
        PyCell c = (PyCell) cell;
        if (c.value == null) throw Tier1Support.unboundCell(f, reg);
        c.value = null;
    }

    /** CALL without an inline cache: positional arguments, then keyword values named by kwnames (or null). */
    public static Object call(Object fn, Object[] args, Object kwnames) {
        return Ops.callKw(fn, args, (String[]) kwnames);
    }

    /** CALL_METHOD without an inline cache. */
    public static Object callMethod(Object recv, String name, Object[] args, Object kwnames) {
        int n = args.length;
        return Tier1Support.callMethod(recv, name, args, 0, n, (String[]) kwnames);
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

    public static Object list(Object[] items) {
        return new PyList(items);
    }

    public static Object tuple(Object[] items) {
        return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items);
    }

    public static Object set(Object[] items) {
        return Tier1Support.buildSet(items, 0, items.length);
    }

    /** A dict display: keys and values alternate. */
    public static Object map(Object[] keysAndValues) {
        PyDict d = new PyDict();
        for (int i = 0; i < keysAndValues.length; i += 2) d.put(keysAndValues[i], keysAndValues[i + 1]);
        return d;
    }

    /** An f-string's pieces joined. */
    public static Object string(Object[] pieces) {
        StringBuilder sb = new StringBuilder();
        for (Object p : pieces) sb.append((String) p);
        return sb.toString();
    }

    /** A slice display; absent parts (null) are None. */
    public static Object slice(Object start, Object stop, Object step) {
        return new PySlice(start == null ? PyNone.NONE : start, stop == null ? PyNone.NONE : stop, step == null ? PyNone.NONE : step);
    }

    public static void listAppend(Object list, Object v) {
        ((PyList) list).append(v);
    }

    public static Object listToTuple(Object list) {
        return new PyTuple(((PyList) list).toArray());
    }

    /** UNPACK: the {@code n} values of {@code src}, with the interpreter's errors. */
    public static Object[] unpack(Object src, int n) {
        Object[] out = new Object[n];
        Tier1Support.unpack(src, out, 0, n);
        return out;
    }

    /** UNPACK_EX: {@code before} values, the list of the rest, {@code after} values. */
    public static Object[] unpackEx(Object src, int before, int after) {
        Object[] out = new Object[before + 1 + after];
        Tier1Support.unpackEx(src, out, 0, before, after);
        return out;
    }

    public static Object makeFunction(Frame f, Object code, Object defaults, Object kwdefaults, Object closure, Object annotations) {
        return Tier1Support.makeFunction(f, (CodeObject) code, defaults, kwdefaults, closure, annotations);
    }

    /** PUSH_EXC_INFO: makes {@code exc} the handled exception; returns the one it replaces (None for none). */
    public static Object pushExcInfo(ThreadState ts, Object exc) {
        Object saved = ts.handled == null ? PyNone.NONE : ts.handled;
        ts.handled = (PyBaseException) exc;
        return saved;
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

    /** WITH_ENTER: {enter's result, the bound exit}. */
    public static Object[] withEnter(Object mgr) {
        Object[] exit = new Object[1];
        Object entered = Tier1Support.withEnter(mgr, exit, 0);
        return new Object[] {entered, exit[0]};
    }

    public static Object withExit(Object exit, Object exc) {
        return Tier1Support.withExit(exit, exc);
    }
}
