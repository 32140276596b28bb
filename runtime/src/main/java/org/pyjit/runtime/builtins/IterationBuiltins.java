package org.pyjit.runtime.builtins;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** The builtins that consume iterables: len, iter, next, any, all, sum, sorted, min, max. */
public final class IterationBuiltins {
    private IterationBuiltins() {}

    static void install(PyDict ns) {
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("len", "builtins", 1, 1, a -> Ops.len(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("iter", "builtins", 1, 2, a -> a.length == 1 ? Ops.iter(a[0]) : iter(a[0], a[1])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("next", "builtins", 1, 2, a -> next(a[0], a.length > 1 ? a[1] : null)));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("any", "builtins", 1, 1, a -> any(a[0])));
        BuiltinsModule.define(ns, PyBuiltinFunction.positional("all", "builtins", 1, 1, a -> all(a[0])));
        BuiltinsModule.define(ns, new PyBuiltinFunction("sum", "builtins", IterationBuiltins::sumCall));
        BuiltinsModule.define(ns, new PyBuiltinFunction("sorted", "builtins", IterationBuiltins::sorted));
        // docstrings: the signature lines, as CPython's (functools.update_wrapper copies them)
        BuiltinsModule.define(ns, new PyBuiltinFunction("min", "builtins", (a, kw) -> minMax(a, kw, false)).withDoc(
                "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                + "The smallest item of the iterable, or of the arguments; default is returned for an empty iterable."));
        BuiltinsModule.define(ns, new PyBuiltinFunction("max", "builtins", (a, kw) -> minMax(a, kw, true)).withDoc(
                "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n"
                + "The largest item of the iterable, or of the arguments; default is returned for an empty iterable."));
    }

    /** {@code iter(callable, sentinel)}. */
    public static Object iter(Object callable, Object sentinel) {
        if (!ReflectionBuiltins.callable(callable)) throw Errors.typeError("iter(v, w): v must be callable");
        return new CallableIterator(callable, sentinel);
    }

    /** {@code next(it)} / {@code next(it, default)}; default null means none given. */
    public static Object next(Object it, Object dflt) {
        if (dflt == null) {
            // through __next__, so a generator's return value reaches the StopIteration
            Object m = Ops.typeOf(it).lookup("__next__");
            if (m == null) throw Errors.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
            return Ops.callDescriptor(m, it, new Object[0]);
        }
        Object v = Ops.next(it);
        return v != null ? v : dflt;
    }

    public static boolean any(Object iterable) {
        Iteration.Cursor c = Iteration.cursor(iterable);
        for (Object v = c.next(); v != null; v = c.next()) {
            if (Ops.isTrue(v)) return true;
        }
        return false;
    }

    public static boolean all(Object iterable) {
        Iteration.Cursor c = Iteration.cursor(iterable);
        for (Object v = c.next(); v != null; v = c.next()) {
            if (!Ops.isTrue(v)) return false;
        }
        return true;
    }

    private static final org.pyjit.runtime.objects.ArgParser SUM_ARGS =
            new org.pyjit.runtime.objects.ArgParser("sum", new String[] {"iterable", "start"}, 1, 2, 1);

    private static Object sumCall(Object[] args, String[] kwnames) {
        Object[] p = SUM_ARGS.parse(args, kwnames, 0);
        return sum(p[0], p[1] == null ? 0L : p[1]);
    }

    /** {@code sum(iterable, start)}: plain left-to-right addition (CPython 3.11 has no compensated float sum). */
    public static Object sum(Object iterable, Object start) {
        if (start instanceof String) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof PyBytes b) {
            throw Errors.typeError("sum() can't sum " + (b.type.isSubtypeOf(BuiltinTypes.BYTEARRAY) ? "bytearray" : "bytes")
                    + " [use b''.join(seq) instead]");
        }
        Iteration.Cursor c = Iteration.cursor(iterable);
        Object acc = start;
        Object v = c.next();
        // int fast path: accumulate in a long while no overflow and every value is an exact int
        if (acc instanceof Long) {
            long total = (Long) acc;
            for (; v != null; v = c.next()) {
                long x;
                if (v instanceof Long l) x = l;
                else if (v instanceof Boolean b) x = b ? 1 : 0;
                else break;
                long r = total + x;
                if (((total ^ r) & (x ^ r)) < 0) break;
                total = r;
            }
            acc = total;
        }
        for (; v != null; v = c.next()) {
            acc = IntArith.isInt(acc) && IntArith.isInt(v) ? IntArith.add(IntArith.widen(acc), IntArith.widen(v))
                    : Ops.binary(acc, v, BinaryOp.ADD);
        }
        return acc;
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list sorted by {@code list.sort}. */
    private static Object sorted(Object[] args, String[] kwnames) {
        int npos = Kw.positionalCount(args, kwnames);
        Kw.expectExactly("sorted", npos, 1);
        PyList list = Iteration.toList(args[0]);
        // list.sort with the same keyword arguments, so its options and messages apply
        Ops.callKw(Ops.getAttr(list, "sort"), java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
        return list;
    }

    /** {@code min(...)} and {@code max(...)} with {@code key=} and {@code default=}. */
    public static Object minMax(Object[] args, String[] kwnames, boolean isMax) {
        String name = isMax ? "max" : "min";
        int npos = Kw.positionalCount(args, kwnames);
        if (npos == 0) throw Errors.typeError(name + " expected at least 1 argument, got 0");
        Object[] opts = Kw.options(name, args, kwnames, "key", "default");
        Object key = opts[0] == PyNone.NONE ? null : opts[0];
        Object dflt = opts[1];
        Iteration.Cursor c;
        if (npos == 1) {
            c = Iteration.cursor(args[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            Object[] items = Kw.positional(args, kwnames);
            int[] i = {0};
            c = () -> i[0] < items.length ? items[i[0]++] : null;
        }
        CompareOp op = isMax ? CompareOp.GT : CompareOp.LT;
        Object best = null, bestKey = null;
        for (Object v = c.next(); v != null; v = c.next()) {
            Object k = key == null ? v : Ops.call(key, v);
            if (best == null || better(k, bestKey, op)) {
                best = v;
                bestKey = k;
            }
        }
        if (best != null) return best;
        if (dflt != null) return dflt;
        throw Errors.valueError(name + "() arg is an empty sequence");
    }

    private static boolean better(Object k, Object bestKey, CompareOp op) {
        if (k instanceof Long a && bestKey instanceof Long b) return op == CompareOp.GT ? a > b : a < b;
        return Ops.isTrue(Ops.compare(k, bestKey, op));
    }
}
