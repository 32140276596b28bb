package org.pyjit.runtime.types;

import static org.pyjit.runtime.exceptions.ExceptionTypes.*;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyExceptionGroup;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code BaseExceptionGroup(message, exceptions)} / {@code ExceptionGroup}: construction checks
 * (a group of only {@code Exception}s made through BaseExceptionGroup is an ExceptionGroup),
 * {@code message}, {@code exceptions}, str, {@code derive}, {@code split} and {@code subgroup}.
 */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    static void install() {
        PyType t = BASE_EXCEPTION_GROUP;
        Install.constructor(t, ExceptionGroupMethods::groupNew);
        Install.methodKw(t, "__init__", (a, kw) -> {
            Install.noKeywords(((PyObject) a[0]).type.name, kw);
            ExceptionMethods.baseInit(a, kw);
            return PyNone.NONE;
        });
        Install.method(t, "__str__", 0, 0, a -> {
            if (!(a[0] instanceof PyExceptionGroup g)) return ExceptionMethods.baseStr((PyBaseException) a[0]);
            int n = ((PyTuple) g.exceptions).items.length;
            return Ops.str(g.message) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        });
        Install.readonly(t, "message", o -> o instanceof PyExceptionGroup g ? Install.orNone(g.message) : PyNone.NONE);
        Install.readonly(t, "exceptions", o -> o instanceof PyExceptionGroup g ? Install.orNone(g.exceptions) : PyTuple.EMPTY);
        Install.method(t, "derive", 1, 1, a -> Ops.call(BASE_EXCEPTION_GROUP, ((PyExceptionGroup) a[0]).message, a[1]));
        Install.method(t, "split", 1, 1, a -> {
            Object[] r = split(a[0], matcher(a[1]), true);
            return PyTuple.of(Install.orNone(r[0]), Install.orNone(r[1]));
        });
        Install.method(t, "subgroup", 1, 1, a -> Install.orNone(split(a[0], matcher(a[1]), false)[0]));
    }

    private static Object groupNew(Object[] a, String[] kw) {
        PyType cls = (PyType) a[0];
        Install.noKeywords(cls.name, kw);
        if (a.length != 3) throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (a.length - 1) + " given)");
        Object message = a[1], given = a[2];
        if (Install.asString(message) == null) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Ops.typeName(message));
        }
        PyType gt = Ops.typeOf(given);
        boolean sequence = given instanceof PyTuple || given instanceof PyList
                || (gt.lookup("__getitem__") != null && !gt.isSubtypeOf(BuiltinTypes.DICT));
        if (!sequence) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] excs = Install.toArray(given);
        if (excs.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!e.type.isSubtypeOf(EXCEPTION)) nestedBase = true;
        }
        if (cls == BASE_EXCEPTION_GROUP) {
            if (!nestedBase) cls = EXCEPTION_GROUP;
        } else if (cls == EXCEPTION_GROUP) {
            if (nestedBase) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestedBase && cls.isSubtypeOf(EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyExceptionGroup g = (PyExceptionGroup) ObjectMethods.newInstance(cls);
        g.args = PyTuple.of(message, given);
        g.message = message;
        g.exceptions = new PyTuple(excs);
        return g;
    }

    /** A predicate over exceptions from an exception type, a tuple of them, or a callable. */
    private static java.util.function.Predicate<Object> matcher(Object cond) {
        if (isExceptionClass(cond)) return e -> TypeChecks.isInstance(e, cond);
        if (cond instanceof PyTuple t) {
            boolean allTypes = true;
            for (Object c : t.items) allTypes &= isExceptionClass(c);
            if (allTypes) return e -> TypeChecks.isInstance(e, cond);
        }
        if (!(cond instanceof PyType) && Ops.isCallable(cond)) return e -> Ops.isTrue(Ops.call(cond, e));
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof PyType t && t.isSubtypeOf(BASE_EXCEPTION);
    }

    /** {match, rest} of {@code exc} (rest only when {@code withRest}); null where empty. */
    private static Object[] split(Object exc, java.util.function.Predicate<Object> match, boolean withRest) {
        if (match.test(exc)) return new Object[] {exc, null};
        if (!(exc instanceof PyExceptionGroup g)) return new Object[] {null, withRest ? exc : null};
        List<Object> matched = new ArrayList<>(), rest = new ArrayList<>();
        for (Object e : ((PyTuple) g.exceptions).items) {
            Object[] r = split(e, match, withRest);
            if (r[0] != null) matched.add(r[0]);
            if (r[1] != null) rest.add(r[1]);
        }
        Object m = matched.isEmpty() ? null : deriveAndCopy(g, matched);
        Object r = withRest && !rest.isEmpty() ? deriveAndCopy(g, rest) : null;
        return new Object[] {m, r};
    }

    private static Object deriveAndCopy(PyExceptionGroup orig, List<Object> excs) {
        PyList l = new PyList();
        for (Object e : excs) l.append(e);
        Object derived = Ops.call(Ops.getAttr(orig, "derive"), l);
        if (!(derived instanceof PyExceptionGroup d)) throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        d.cause = orig.cause;
        d.context = orig.context;
        d.traceback = orig.traceback;
        Object notes = Ops.getAttrOrNull(orig, "__notes__");
        if (notes != null) Ops.setAttr(d, "__notes__", notes);
        return d;
    }
}
