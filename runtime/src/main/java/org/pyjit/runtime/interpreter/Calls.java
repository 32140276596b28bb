package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/** The call instructions' slow paths: method calls without a bound-method object, f(*a, **k), with-statements. */
final class Calls {
    private Calls() {}

    /** {@code recv.name(args…)}: calls a method found on the type directly with recv prepended. */
    static Object callMethod(Object recv, String name, Object[] regs, int first, int n, String[] kwnames) {
        PyType t = Ops.typeOf(recv);
        if (!(recv instanceof PyType) && t.lookup("__getattribute__") == Attributes.objectGetattribute) {
            Object m = t.lookup(name);
            if ((m instanceof PyFunction || m instanceof PyMethodDescriptor)
                    && !(recv instanceof PyObject p && p.getInstanceAttr(name) != null)) {
                Object[] args = new Object[n + 1];
                args[0] = recv;
                System.arraycopy(regs, first, args, 1, n);
                if (m instanceof PyFunction fn) return fn.call(args, kwnames);
                return ((PyMethodDescriptor) m).callUnchecked(args, kwnames);
            }
        }
        Object bound;
        try {
            bound = Ops.getAttr(recv, name);
        } catch (PyException e) {
            e.positionOffset = 1; // the lookup failed: report the attribute's position, as CPython's LOAD_METHOD
            throw e;
        }
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return Ops.callKw(bound, args, kwnames);
    }

    /** {@code f(*args, **kwargs)} with the positional tuple and keyword dict already built. */
    static Object callEx(Object fn, Object argsTuple, Object kwargs) {
        Object[] pos = argsTuple instanceof PyTuple t && t.type == org.pyjit.runtime.types.BuiltinTypes.TUPLE
                ? t.items : starArguments(fn, argsTuple);
        if (kwargs == null || ((PyDict) kwargs).size() == 0) return Ops.callKw(fn, pos, null);
        PyDict kw = (PyDict) kwargs;
        int nkw = kw.size();
        Object[] all = new Object[pos.length + nkw];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[nkw];
        int i = 0;
        for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
            Object key = kw.keyAt(e);
            if (!(key instanceof String s)) throw Errors.typeError("keywords must be strings");
            names[i] = s;
            all[pos.length + i] = kw.valueAt(e);
            i++;
        }
        return Ops.callKw(fn, all, names);
    }

    /** The positional arguments of {@code f(*x)} when {@code x} is not an exact tuple: its items, or the TypeError for a non-iterable. */
    private static Object[] starArguments(Object fn, Object x) {
        PyList items = new PyList();
        Builders.listExtend(items, x, fn);
        return items.toArray();
    }

    /** Looks up {@code __enter__}/{@code __exit__}, saves the bound exit in {@code regs[exitReg]}, calls enter. */
    static Object withEnter(Object mgr, Object[] regs, int exitReg) {
        PyType t = Ops.typeOf(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        regs[exitReg] = Attributes.bindDescriptor(exit, mgr, t);
        return Ops.callDescriptor(enter, mgr, new Object[0]);
    }

    /** Calls the saved exit with the exception (or three Nones); returns whether it suppresses. */
    static Object withExit(Object exit, PyBaseException exc) {
        Object r;
        if (exc == null) r = Ops.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        else r = Ops.call(exit, exc.type, exc, exc.traceback == null ? PyNone.NONE : exc.traceback);
        return Ops.isTrue(r);
    }

    /** {@code async with}: saves the bound {@code __aexit__}, returns the awaitable of {@code __aenter__()}. */
    static Object asyncWithEnter(Object mgr, Object[] regs, int exitReg) {
        PyType t = Ops.typeOf(mgr);
        Object enter = t.lookup("__aenter__");
        Object exit = t.lookup("__aexit__");
        if (enter == null || exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol"
                    + (enter != null ? " (missed __aexit__ method)" : ""));
        }
        regs[exitReg] = Attributes.bindDescriptor(exit, mgr, t);
        return Ops.callDescriptor(enter, mgr, new Object[0]);
    }

    /** The awaitable of {@code __aexit__(type, exc, tb)} (three Nones for a normal exit). */
    static Object asyncWithExit(Object exit, PyBaseException exc) {
        if (exc == null) return Ops.call(exit, PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return Ops.call(exit, exc.type, exc, exc.traceback == null ? PyNone.NONE : exc.traceback);
    }

    static Object aiter(Object o) {
        Object m = Ops.typeOf(o).lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + Ops.typeName(o));
        }
        return Ops.callDescriptor(m, o, new Object[0]);
    }

    static Object anext(Object it) {
        Object m = Ops.typeOf(it).lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Ops.typeName(it));
        }
        return Ops.callDescriptor(m, it, new Object[0]);
    }
}
