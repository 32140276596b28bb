package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** The {@code raise} statement and {@code except} matching. */
public final class Raising {
    private Raising() {}

    /** Builds the exception for {@code raise exc from cause} (or a bare {@code raise}). */
    static PyException raise(ThreadState ts, Object exc, Object cause, boolean bare) {
        if (bare) {
            if (ts.handled == null) throw Errors.runtimeError("No active exception to reraise");
            PyException again = new PyException(ts.handled);
            again.tracedFrame = ts.top; // a bare raise keeps the traceback as it is, like RERAISE
            return again;
        }
        PyBaseException value = instantiate(exc);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                value.cause = PyNone.NONE;
            } else {
                PyBaseException c = cause instanceof PyType ? instantiate(cause) : asException(cause, true);
                value.cause = c;
            }
            value.suppressContext = true;
        }
        if (ts.handled != null && ts.handled != value && value.context == PyNone.NONE) {
            value.context = ts.handled;
            breakCycle(value);
        }
        return new PyException(value);
    }

    private static void breakCycle(PyBaseException value) {
        PyBaseException o = value.context instanceof PyBaseException c ? c : null;
        while (o != null) {
            if (o.context == value) {
                o.context = PyNone.NONE;
                break;
            }
            o = o.context instanceof PyBaseException c ? c : null;
        }
    }

    /** An exception instance from a class (called with no arguments) or an instance. */
    public static PyBaseException instantiate(Object exc) {
        if (exc instanceof PyType t) {
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("exceptions must derive from BaseException");
            }
            Object v = Ops.call(t);
            if (!(v instanceof PyBaseException be)) {
                throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not "
                        + Ops.typeName(v));
            }
            return be;
        }
        return asException(exc, false);
    }

    private static PyBaseException asException(Object o, boolean cause) {
        if (o instanceof PyBaseException be) return be;
        throw Errors.typeError(cause ? "exception causes must derive from BaseException" : "exceptions must derive from BaseException");
    }

    /** {@code except T:} — whether {@code exc} is an instance of T (a class or tuple of classes). */
    static boolean matches(PyBaseException exc, Object spec) {
        if (spec instanceof PyTuple t) {
            for (Object item : t.items) if (matches(exc, item)) return true;
            return false;
        }
        if (!(spec instanceof PyType type) || !type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type.isSubtypeOf(type);
    }
}
