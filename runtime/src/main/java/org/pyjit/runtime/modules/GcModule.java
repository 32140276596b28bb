package org.pyjit.runtime.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.weakref.PyWeakRef;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code gc} module, as far as the JVM can honestly offer it: the JVM's collector runs on its
 * own and finds cycles itself, so {@code collect()} asks it for a full collection
 * ({@code System.gc()}), waits until the weak references it cleared are queued, runs their
 * weakref callbacks, calls {@code gc.callbacks}, and returns 0 (the JVM does not count what it
 * freed). {@code enable}/{@code disable} only keep the flag; thresholds are remembered but steer
 * nothing; {@code get_count} is always (0, 0, 0); {@code get_objects}, {@code get_referrers} and
 * {@code get_referents} return empty lists (the JVM does not expose its object graph).
 */
public final class GcModule {
    private GcModule() {}

    private static final String MODULE = "gc";
    private static volatile boolean enabled = true;
    private static volatile long[] thresholds = {700, 10, 10};
    private static volatile long debug;
    private static final long[] collections = new long[3];

    private static PyBuiltinFunction fn(String name, int min, int max, PyBuiltinFunction.Positional body) {
        return ModuleFunction.positional(MODULE, name, min, max, body);
    }

    public static PyModule create() {
        PyModule m = new PyModule(MODULE);
        PyDict d = m.dict;
        PyList callbacks = new PyList();
        d.putStr("garbage", new PyList());
        d.putStr("callbacks", callbacks);
        d.putStr("enable", fn("enable", 0, 0, a -> {
            enabled = true;
            return PyNone.NONE;
        }));
        d.putStr("disable", fn("disable", 0, 0, a -> {
            enabled = false;
            return PyNone.NONE;
        }));
        d.putStr("isenabled", fn("isenabled", 0, 0, a -> enabled));
        d.putStr("collect", new PyBuiltinFunction("collect", MODULE, (a, kw) -> {
            Object[] p = new org.pyjit.runtime.objects.ArgParser("collect", new String[] {"generation"}, 0, 1, 0).parse(a, kw, 0);
            long generation = p[0] == null ? 2 : Ops.index(p[0]);
            if (generation < 0 || generation > 2) throw Errors.valueError("invalid generation");
            return collect((int) generation, m.dict.getStr("callbacks"));
        }));
        d.putStr("get_count", fn("get_count", 0, 0, a -> PyTuple.of(0L, 0L, 0L)));
        d.putStr("get_threshold", fn("get_threshold", 0, 0, a -> PyTuple.of(thresholds[0], thresholds[1], thresholds[2])));
        d.putStr("set_threshold", ModuleFunction.parseTupleStyle(MODULE, "set_threshold", 1, 3, a -> {
            long[] t = thresholds.clone();
            for (int i = 0; i < a.length; i++) t[i] = Ops.index(a[i]);
            thresholds = t;
            return PyNone.NONE;
        }));
        d.putStr("get_debug", fn("get_debug", 0, 0, a -> debug));
        d.putStr("set_debug", fn("set_debug", 1, 1, a -> {
            debug = Ops.index(a[0]);
            return PyNone.NONE;
        }));
        d.putStr("get_objects", new PyBuiltinFunction("get_objects", MODULE, (a, kw) -> new PyList()));
        d.putStr("get_referrers", new PyBuiltinFunction("get_referrers", MODULE, (a, kw) -> new PyList()));
        d.putStr("get_referents", new PyBuiltinFunction("get_referents", MODULE, (a, kw) -> new PyList()));
        d.putStr("is_tracked", fn("is_tracked", 1, 1, a -> isTracked(a[0])));
        d.putStr("is_finalized", fn("is_finalized", 1, 1, a -> false));
        d.putStr("freeze", fn("freeze", 0, 0, a -> PyNone.NONE));
        d.putStr("unfreeze", fn("unfreeze", 0, 0, a -> PyNone.NONE));
        d.putStr("get_freeze_count", fn("get_freeze_count", 0, 0, a -> 0L));
        d.putStr("get_stats", fn("get_stats", 0, 0, a -> {
            PyList stats = new PyList();
            for (int g = 0; g < 3; g++) {
                PyDict s = new PyDict();
                s.putStr("collections", collections[g]);
                s.putStr("collected", 0L);
                s.putStr("uncollectable", 0L);
                stats.append(s);
            }
            return stats;
        }));
        Object[][] flags = {{"DEBUG_STATS", 1L}, {"DEBUG_COLLECTABLE", 2L}, {"DEBUG_UNCOLLECTABLE", 4L}, {"DEBUG_SAVEALL", 32L},
            {"DEBUG_LEAK", 38L}};
        for (Object[] f : flags) d.putStr((String) f[0], f[1]);
        return m;
    }

    /**
     * CPython tracks containers, not atoms (numbers, strings, bytes, None), and leaves a dict
     * untracked while it holds only atoms.
     */
    private static boolean isTracked(Object o) {
        if (o instanceof PyDict dict && Ops.typeOf(o) == org.pyjit.runtime.types.BuiltinTypes.DICT) {
            for (int e = dict.nextEntry(0); e >= 0; e = dict.nextEntry(e + 1)) {
                if (isTracked(dict.keyAt(e)) || isTracked(dict.valueAt(e))) return true;
            }
            return false;
        }
        if (Ops.typeOf(o) == org.pyjit.runtime.types.BuiltinTypes.OBJECT) return false;
        return !(o instanceof PyTuple t && t.size() == 0) && !(o instanceof Long || o instanceof java.math.BigInteger || o instanceof Double || o instanceof Boolean
                || o instanceof String || o == PyNone.NONE || (o instanceof PyBytes && Ops.typeOf(o) == org.pyjit.runtime.types.BuiltinTypes.BYTES));
    }

    private static Object collect(int generation, Object callbacks) {
        PyDict info = new PyDict();
        info.putStr("generation", (long) generation);
        info.putStr("collected", 0L);
        info.putStr("uncollectable", 0L);
        runCallbacks(callbacks, "start", info);
        fullCollection();
        PyWeakRef.runCallbacks();
        synchronized (collections) {
            collections[generation]++;
        }
        runCallbacks(callbacks, "stop", info);
        return 0L;
    }

    /**
     * Requests a full collection and waits until the JVM has queued every weak reference it
     * cleared. The JVM's reference handler thread takes the cleared references of one collection
     * as a batch and queues them in no fixed order, so a sentinel weak reference is waited for
     * twice: once the second collection's sentinel is queued, the handler has finished the
     * first collection's batch (it takes a new batch only after the last). Each wait gives up
     * after half a second.
     */
    private static void fullCollection() {
        for (int round = 0; round < 2; round++) {
            ReferenceQueue<Object> queue = new ReferenceQueue<>();
            WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
            System.gc();
            try {
                queue.remove(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sentinel.clear();
        }
    }

    private static void runCallbacks(Object callbacks, String phase, PyDict info) {
        if (!(callbacks instanceof PyList list)) return;
        for (Object cb : list.toArray()) Ops.call(cb, phase, info);
    }
}
