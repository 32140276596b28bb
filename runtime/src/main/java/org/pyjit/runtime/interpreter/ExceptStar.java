package org.pyjit.runtime.interpreter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyExceptionGroup;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * What {@code except*} does at run time, as CPython 3.11: splitting what is left of the exception
 * by each clause's type ({@code CHECK_EG_MATCH}) and, after the clauses, combining the unhandled
 * rest with what the handlers raised ({@code PREP_RERAISE_STAR}): parts a handler re-raised go
 * back in the shape of the original group, new exceptions join them in a new group.
 */
public final class ExceptStar {
    private ExceptStar() {}

    /** {match, rest} of {@code exc} for clause type {@code type}; None where empty. */
    public static Object[] match(Object exc, Object type) {
        checkType(type);
        if (exc == null || exc == PyNone.NONE) return new Object[] {PyNone.NONE, PyNone.NONE};
        if (org.pyjit.runtime.types.TypeChecks.isInstance(exc, type)) {
            if (exc instanceof PyExceptionGroup) return new Object[] {exc, PyNone.NONE};
            // a naked exception matches as a group of one, with its traceback
            PyBaseException wrapped = (PyBaseException) Ops.call(ExceptionTypes.BASE_EXCEPTION_GROUP, "", PyTuple.of(exc));
            wrapped.traceback = ((PyBaseException) exc).traceback;
            return new Object[] {wrapped, PyNone.NONE};
        }
        if (!(exc instanceof PyExceptionGroup)) return new Object[] {PyNone.NONE, exc};
        Object split = Ops.call(Ops.getAttr(exc, "split"), type);
        PyTuple pair = (PyTuple) split;
        return new Object[] {pair.items[0], pair.items[1]};
    }

    private static void checkType(Object type) {
        if (type instanceof PyTuple t) {
            for (Object item : t.items) checkType(item);
            return;
        }
        if (!(type instanceof PyType cls) || !cls.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (cls.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** The exception to raise after the clauses of a {@code try} whose exception was {@code orig}, or null. */
    public static PyBaseException reraise(Object orig, PyList excs) {
        Object[] items = excs.toArray();
        if (!(orig instanceof PyExceptionGroup)) {
            // a naked exception: at most one clause ran, so there is one thing to raise
            return items.length > 0 && items[0] instanceof PyBaseException e ? e : null;
        }
        List<Object> raised = new ArrayList<>(), reraised = new ArrayList<>();
        for (Object e : items) {
            if (e == PyNone.NONE) continue;
            (sameMetadata((PyBaseException) e, (PyBaseException) orig) ? reraised : raised).add(e);
        }
        Object kept = projection((PyExceptionGroup) orig, reraised);
        if (raised.isEmpty()) return kept == PyNone.NONE ? null : (PyBaseException) kept;
        if (kept != PyNone.NONE) raised.add(kept);
        if (raised.size() == 1) return (PyBaseException) raised.get(0); // one exception is raised as it is
        PyList list = new PyList();
        for (Object e : raised) list.append(e);
        return (PyBaseException) Ops.call(ExceptionTypes.BASE_EXCEPTION_GROUP, "", list);
    }

    /** Whether {@code e} is a part of {@code orig} split off by a clause (re-raised), not a new exception. */
    private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
        return e.traceback == orig.traceback && e.cause == orig.cause && e.context == orig.context
                && Ops.getAttrOrNull(e, "__notes__") == Ops.getAttrOrNull(orig, "__notes__");
    }

    /** {@code orig} cut down to the leaves found in {@code keep}, in its own shape; None when none. */
    private static Object projection(PyExceptionGroup orig, List<Object> keep) {
        IdentityHashMap<Object, Boolean> leaves = new IdentityHashMap<>();
        for (Object e : keep) collectLeaves(e, leaves);
        if (leaves.isEmpty()) return PyNone.NONE;
        PyBuiltinFunction isKept = PyBuiltinFunction.positional("<leaf in re-raised>", null, 1, 1,
                a -> !(a[0] instanceof PyExceptionGroup) && leaves.containsKey(a[0]));
        return ((PyTuple) Ops.call(Ops.getAttr(orig, "split"), isKept)).items[0];
    }

    private static void collectLeaves(Object e, IdentityHashMap<Object, Boolean> into) {
        if (e instanceof PyExceptionGroup g) {
            for (Object inner : ((PyTuple) g.exceptions).items) collectLeaves(inner, into);
        } else {
            into.put(e, Boolean.TRUE);
        }
    }
}
