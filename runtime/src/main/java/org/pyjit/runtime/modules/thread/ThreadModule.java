package org.pyjit.runtime.modules.thread;

import java.util.concurrent.atomic.AtomicInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.interpreter.GlobalInterpreterLock;
import org.pyjit.runtime.modules.StructSeqType;
import org.pyjit.runtime.modules.Unraisable;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _thread} module: locks, thread identity, thread-local objects, and
 * {@code start_new_thread} on a JVM platform thread. Threads take turns running Python code under
 * the {@link GlobalInterpreterLock}, which starting the first thread turns on.
 */
public final class ThreadModule {
    private ThreadModule() {}

    static final StructSeqType EXCEPT_HOOK_ARGS = new StructSeqType("_thread._ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4);

    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final long STACK_BYTES = 256L << 20;
    private static volatile long stackSize;
    private static boolean installed;

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        PyLock.install();
        ThreadLocalObject.install();
    }

    /** {@code get_ident()}: the JVM thread id. */
    static long ident() {
        return Thread.currentThread().threadId();
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_thread");
        PyDict d = m.dict;
        d.putStr("LockType", PyLock.LOCK);
        d.putStr("lock", PyLock.LOCK);
        d.putStr("RLock", PyLock.RLOCK);
        d.putStr("_local", ThreadLocalObject.TYPE);
        d.putStr("error", ExceptionTypes.RUNTIME_ERROR);
        d.putStr("TIMEOUT_MAX", 9223372036.0);
        d.putStr("_ExceptHookArgs", EXCEPT_HOOK_ARGS.type);
        fn(d, "allocate_lock", 0, 0, a -> PyLock.newLock());
        fn(d, "allocate", 0, 0, a -> PyLock.newLock());
        fn(d, "get_ident", 0, 0, a -> ident());
        fn(d, "get_native_id", 0, 0, a -> ident());
        fn(d, "_count", 0, 0, a -> (long) RUNNING.get());
        fn(d, "daemon_threads_allowed", 0, 0, a -> true);
        fn(d, "_set_sentinel", 0, 0, a -> ThreadSentinels.create());
        fn(d, "stack_size", 0, 1, a -> {
            long old = stackSize;
            if (a.length > 0) {
                long size = Ops.index(a[0]);
                if (size != 0 && size < 32768) throw Errors.valueError("size not valid: " + size + " bytes");
                stackSize = size;
            }
            return old;
        });
        fn(d, "interrupt_main", 0, 1, a -> {
            throw Errors.notImplemented("interrupt_main() is not supported by pyjit");
        });
        fn(d, "exit", 0, 0, a -> {
            throw new PyException(org.pyjit.runtime.exceptions.PyBaseException.create(ExceptionTypes.SYSTEM_EXIT));
        });
        d.putStr("exit_thread", d.getStr("exit"));
        fn(d, "start_new_thread", 2, 3, a -> startNewThread(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE));
        d.putStr("start_new", d.getStr("start_new_thread"));
        fn(d, "_excepthook", 1, 1, a -> {
            PyTuple args = (PyTuple) a[0];
            Object value = args.items[1];
            if (value instanceof org.pyjit.runtime.exceptions.PyBaseException e
                    && !e.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                Object thread = args.items[3];
                Object name = thread == PyNone.NONE ? ident() : Ops.getAttrOrNull(thread, "name");
                Unraisable.report("Exception in thread " + (name == null ? ident() : Ops.str(name)) + ":", new PyException(e));
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_thread", min, max, body));
    }

    /** Set in the threads {@code start_new_thread} made (signal handlers may only be set outside them). */
    private static final ThreadLocal<Boolean> STARTED_BY_PROGRAM = ThreadLocal.withInitial(() -> false);

    /** Whether the current thread was started by the program through {@code _thread} (is not its main thread). */
    public static boolean isProgramThread() {
        return STARTED_BY_PROGRAM.get();
    }

    private static Object startNewThread(Object function, Object args, Object kwargs) {
        if (!Ops.isCallable(function)) throw Errors.typeError("first arg must be callable");
        if (!(args instanceof PyTuple t)) throw Errors.typeError("2nd arg must be a tuple");
        if (kwargs != PyNone.NONE && !(kwargs instanceof PyDict)) throw Errors.typeError("optional 3rd arg must be a dictionary");
        Object[] positional = t.items;
        Runnable body = () -> {
            STARTED_BY_PROGRAM.set(true);
            GlobalInterpreterLock.acquire();
            try {
                if (kwargs instanceof PyDict kw && kw.size() > 0) {
                    java.util.List<Object> all = new java.util.ArrayList<>(java.util.Arrays.asList(positional));
                    java.util.List<String> names = new java.util.ArrayList<>();
                    for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
                        names.add(Ops.str(kw.keyAt(e)));
                        all.add(kw.valueAt(e));
                    }
                    Ops.callKw(function, all.toArray(), names.toArray(new String[0]));
                } else {
                    Ops.call(function, positional);
                }
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    Unraisable.report("Exception ignored in thread started by: " + Ops.repr(function), e);
                }
            } catch (StackOverflowError e) {
                Unraisable.report("Exception ignored in thread started by: " + Ops.repr(function),
                        Errors.recursion("maximum recursion depth exceeded"));
            } catch (RuntimeException e) {
                Unraisable.report("Exception ignored in thread started by: " + Ops.repr(function),
                        org.pyjit.runtime.interpreter.InternalErrors.wrap(e));
            } finally {
                RUNNING.decrementAndGet();
                ThreadSentinels.releaseAll(); // threading's join() waits on these
                GlobalInterpreterLock.release();
            }
        };
        long size = stackSize > 0 ? stackSize : STACK_BYTES;
        GlobalInterpreterLock.enable();
        Thread th = new Thread(null, body, "Thread-" + (RUNNING.get() + 1), size);
        th.setDaemon(true);
        RUNNING.incrementAndGet();
        th.start();
        return th.threadId();
    }
}
