package org.pyjit.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code atexit} module: functions the program runs when it ends (last registered first),
 * called by the runner after the main program and before the standard streams are flushed.
 */
public final class AtexitModule {
    private AtexitModule() {}

    /** A registered call. */
    private record Call(Object function, Object[] args, String[] kwnames) {}

    private static final List<Call> CALLS = new ArrayList<>();

    public static PyModule create() {
        PyModule m = new PyModule("atexit");
        PyDict d = m.dict;
        d.putStr("__doc__", "allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n");
        d.putStr("register", new PyBuiltinFunction("register", "atexit", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos == 0) throw Errors.typeError("register() takes at least 1 argument (0 given)");
            if (!Ops.isCallable(a[0])) throw Errors.typeError("the first argument must be callable");
            synchronized (CALLS) {
                CALLS.add(new Call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            }
            return a[0];
        }));
        d.putStr("unregister", PyBuiltinFunction.positional("unregister", "atexit", 1, 1, a -> {
            synchronized (CALLS) {
                CALLS.removeIf(c -> c.function == a[0] || Ops.eq(c.function, a[0]));
            }
            return PyNone.NONE;
        }));
        d.putStr("_clear", PyBuiltinFunction.positional("_clear", "atexit", 0, 0, a -> {
            synchronized (CALLS) {
                CALLS.clear();
            }
            return PyNone.NONE;
        }));
        d.putStr("_ncallbacks", PyBuiltinFunction.positional("_ncallbacks", "atexit", 0, 0, a -> {
            synchronized (CALLS) {
                return (long) CALLS.size();
            }
        }));
        d.putStr("_run_exitfuncs", PyBuiltinFunction.positional("_run_exitfuncs", "atexit", 0, 0, a -> {
            runAll();
            return PyNone.NONE;
        }));
        return m;
    }

    /** Runs and forgets every registered function, newest first; their exceptions are reported, not raised. */
    public static void runAll() {
        while (true) {
            Call c;
            synchronized (CALLS) {
                if (CALLS.isEmpty()) return;
                c = CALLS.remove(CALLS.size() - 1);
            }
            try {
                Ops.callKw(c.function, c.args, c.kwnames);
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) continue;
                Unraisable.report("Exception ignored in atexit callback: " + Ops.repr(c.function), e);
            }
        }
    }
}
