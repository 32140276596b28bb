package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _bisect} module (the accelerator {@code bisect} imports): binary search and insertion
 * with CPython's argument rules ({@code lo} an index, at least 0; {@code hi} None or -1 for the
 * length; keyword-only {@code key}) and {@code <} as the only comparison, in CPython's order.
 */
public final class BisectModule {
    private BisectModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_bisect");
        PyDict d = m.dict;
        d.putStr("bisect_right", function("bisect_right", true, false));
        d.putStr("bisect_left", function("bisect_left", false, false));
        d.putStr("insort_right", function("insort_right", true, true));
        d.putStr("insort_left", function("insort_left", false, true));
        return m;
    }

    private static PyBuiltinFunction function(String name, boolean right, boolean insert) {
        ArgParser parser = new ArgParser(name, new String[] {"a", "x", "lo", "hi", "key"}, 0, 4, 2);
        return new PyBuiltinFunction(name, "_bisect", (args, kwnames) -> {
            Object[] p = parser.parse(args, kwnames, 0);
            Object a = p[0], x = p[1];
            long lo = p[2] == null ? 0 : Ops.index(p[2]);
            if (lo < 0) throw Errors.valueError("lo must be non-negative");
            long hi = -1;
            if (p[3] != null && p[3] != PyNone.NONE) {
                Object v = Ops.indexOrNull(p[3]);
                if (v == null) throw Errors.typeError("argument should be integer or None, not '" + Ops.typeName(p[3]) + "'");
                hi = v instanceof Long l ? l : Long.MAX_VALUE;
            }
            Object key = p[4] == null ? PyNone.NONE : p[4];
            if (hi == -1) hi = Ops.len(a);
            Object probe = insert && key != PyNone.NONE ? Ops.call(key, x) : x;
            long index = search(a, probe, lo, hi, key, right);
            if (!insert) return index;
            // CPython inserts into an exact list directly; list.insert clamps the index the same way
            Ops.call(Ops.getAttr(a, "insert"), index, x);
            return PyNone.NONE;
        });
    }

    private static long search(Object a, Object x, long lo, long hi, Object key, boolean right) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Ops.getItem(a, mid);
            if (key != PyNone.NONE) item = Ops.call(key, item);
            if (right) {
                if (Ops.isTrue(Ops.compare(x, item, CompareOp.LT))) hi = mid;
                else lo = mid + 1;
            } else {
                if (Ops.isTrue(Ops.compare(item, x, CompareOp.LT))) lo = mid + 1;
                else hi = mid;
            }
        }
        return lo;
    }
}
