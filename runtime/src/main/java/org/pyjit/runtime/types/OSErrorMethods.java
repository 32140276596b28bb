package org.pyjit.runtime.types;

import static org.pyjit.runtime.exceptions.ExceptionTypes.*;

import java.util.HashMap;
import java.util.Map;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyOSError;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code OSError}: {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])} fills the
 * fields and keeps only {@code (errno, strerror)} as args when a filename is given;
 * {@code OSError(2, …)} is a {@code FileNotFoundError} (CPython's errno map, Linux numbering);
 * str is {@code [Errno 2] No such file or directory: 'x'}. As in CPython, a subclass that overrides
 * only {@code __init__} has the arguments parsed by {@code OSError.__init__} instead of {@code __new__}.
 */
final class OSErrorMethods {
    private OSErrorMethods() {}

    private static final Map<Long, PyType> ERRNO_MAP = new HashMap<>();

    private static PyBuiltinFunction osErrorNew;
    private static PyMethodDescriptor osErrorInit;

    static void install() {
        mapErrno(BLOCKING_IO_ERROR, 11, 114, 115); // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        mapErrno(CHILD_PROCESS_ERROR, 10);
        mapErrno(BROKEN_PIPE_ERROR, 32, 108); // EPIPE, ESHUTDOWN
        mapErrno(CONNECTION_ABORTED_ERROR, 103);
        mapErrno(CONNECTION_REFUSED_ERROR, 111);
        mapErrno(CONNECTION_RESET_ERROR, 104);
        mapErrno(FILE_EXISTS_ERROR, 17);
        mapErrno(FILE_NOT_FOUND_ERROR, 2);
        mapErrno(IS_A_DIRECTORY_ERROR, 21);
        mapErrno(NOT_A_DIRECTORY_ERROR, 20);
        mapErrno(INTERRUPTED_ERROR, 4);
        mapErrno(PERMISSION_ERROR, 13, 1); // EACCES, EPERM
        mapErrno(PROCESS_LOOKUP_ERROR, 3);
        mapErrno(TIMEOUT_ERROR, 110);
        PyType t = OS_ERROR;
        osErrorNew = new PyBuiltinFunction("__new__", null, OSErrorMethods::osErrorNew);
        osErrorInit = new PyMethodDescriptor(t, "__init__", OSErrorMethods::osErrorInit);
        t.namespace.putStr("__new__", osErrorNew);
        t.namespace.putStr("__init__", osErrorInit);
        Install.method(t, "__str__", 0, 0, a -> a[0] instanceof PyOSError e ? str(e) : ExceptionMethods.baseStr((PyBaseException) a[0]));
        Install.method(t, "__reduce__", 0, 0, a -> a[0] instanceof PyOSError e ? reduce(e) : PyTuple.of(Ops.typeOf(a[0]), ((PyBaseException) a[0]).args));
        ExceptionMethods.field(t, "errno", PyOSError.class, e -> e.errno, (e, v) -> e.errno = v);
        ExceptionMethods.field(t, "strerror", PyOSError.class, e -> e.strerror, (e, v) -> e.strerror = v);
        ExceptionMethods.field(t, "filename", PyOSError.class, e -> e.filename, (e, v) -> e.filename = v);
        ExceptionMethods.field(t, "filename2", PyOSError.class, e -> e.filename2, (e, v) -> e.filename2 = v);
    }

    private static void mapErrno(PyType t, long... errnos) {
        for (long e : errnos) ERRNO_MAP.put(e, t);
    }

    /** The subclass CPython picks for {@code OSError(errno, …)}, or OSError. */
    static PyType typeForErrno(long errno) {
        return ERRNO_MAP.getOrDefault(errno, OS_ERROR);
    }

    /** A subclass that overrides {@code __init__} but not {@code __new__} parses in {@code __init__}. */
    private static boolean useInit(PyType type) {
        return type.lookup("__init__") != osErrorInit && type.lookup("__new__") == osErrorNew;
    }

    private static Object osErrorNew(Object[] a, String[] kw) {
        PyType type = (PyType) a[0];
        Object[] args = Install.positional(a, kw, 1);
        PyType newType = type;
        boolean useInit = useInit(type);
        if (!useInit) {
            Install.noKeywords(type.name, kw);
            if (type == OS_ERROR && args.length >= 2 && args.length <= 5 && args[0] instanceof Long errno) {
                newType = typeForErrno(errno);
            }
        }
        PyOSError e = (PyOSError) ObjectMethods.newInstance(newType);
        if (useInit) e.args = PyTuple.EMPTY;
        else fill(e, args);
        return e;
    }

    private static Object osErrorInit(Object[] a, String[] kw) {
        PyOSError e = (PyOSError) a[0];
        if (!useInit(e.type)) return PyNone.NONE; // everything was done by __new__
        Install.noKeywords(e.type.name, kw);
        fill(e, Install.positional(a, kw, 1));
        return PyNone.NONE;
    }

    /** CPython's oserror_init. */
    private static void fill(PyOSError e, Object[] args) {
        e.args = new PyTuple(args);
        if (args.length < 2 || args.length > 5) return;
        e.errno = args[0];
        e.strerror = args[1];
        Object filename = args.length > 2 ? args[2] : PyNone.NONE;
        if (filename != PyNone.NONE) {
            e.filename = filename;
            Object filename2 = args.length > 4 ? args[4] : PyNone.NONE;
            if (filename2 != PyNone.NONE) e.filename2 = filename2;
            e.args = PyTuple.of(args[0], args[1]);
        }
    }

    private static String str(PyOSError e) {
        if (e.filename != null) {
            String head = "[Errno " + Ops.str(Install.orNone(e.errno)) + "] " + Ops.str(Install.orNone(e.strerror)) + ": "
                    + Ops.repr(e.filename);
            return e.filename2 != null ? head + " -> " + Ops.repr(e.filename2) : head;
        }
        if (e.errno != null && e.strerror != null) return "[Errno " + Ops.str(e.errno) + "] " + Ops.str(e.strerror);
        return ExceptionMethods.baseStr(e);
    }

    private static Object reduce(PyOSError e) {
        Object args = e.args;
        if (e.args.items.length == 2 && e.filename != null) {
            args = e.filename2 != null ? PyTuple.of(e.args.items[0], e.args.items[1], e.filename, PyNone.NONE, e.filename2)
                    : PyTuple.of(e.args.items[0], e.args.items[1], e.filename);
        }
        PyDict d = ExceptionMethods.instanceDict(e);
        return d == null ? PyTuple.of(e.type, args) : PyTuple.of(e.type, args, d);
    }
}
