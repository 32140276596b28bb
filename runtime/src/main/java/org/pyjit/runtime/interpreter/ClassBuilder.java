package org.pyjit.runtime.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** {@code __build_class__}: runs a class body against the metaclass's namespace and calls the metaclass. */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static final PyBuiltinFunction BUILD_CLASS = new PyBuiltinFunction("__build_class__", "builtins", ClassBuilder::build);

    private static Object build(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw Errors.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw Errors.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof String name)) throw Errors.typeError("__build_class__: name is not a string");
        Object[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        Object[] bases = resolveMroEntries(origBases);
        Object meta = null;
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) meta = args[npos + i];
            else {
                kwNames.add(kwnames[i]);
                kwValues.add(args[npos + i]);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) meta = bases.length == 0 ? BuiltinTypes.TYPE : Ops.typeOf(bases[0]);
        if (isClass) meta = mostDerivedMetaclass((PyType) meta, bases);
        PyTuple basesTuple = new PyTuple(bases);
        String[] kn = kwNames.toArray(new String[0]);
        Object ns;
        Object prepare = Ops.getAttrOrNull(meta, "__prepare__");
        if (prepare != null) {
            Object[] pargs = concat(new Object[] {name, basesTuple}, kwValues.toArray());
            ns = Ops.callKw(prepare, pargs, kn);
        } else {
            ns = new PyDict();
        }
        if (bases != origBases) Ops.setItem(ns, "__orig_bases__", new PyTuple(origBases));
        Object cell = Interpreter.runWithLocals(body.code, body.globals, ns, body.closure, body);
        Object[] margs = concat(new Object[] {name, basesTuple, ns}, kwValues.toArray());
        Object cls = Ops.callKw(meta, margs, kn);
        if (cell instanceof PyCell c && cls instanceof PyType && c.value == null) c.value = cls;
        return cls;
    }

    private static Object[] resolveMroEntries(Object[] bases) {
        Object[] out = null;
        List<Object> resolved = new ArrayList<>();
        for (Object b : bases) {
            if (!(b instanceof PyType)) {
                Object me = Ops.getAttrOrNull(b, "__mro_entries__");
                if (me != null) {
                    Object r = Ops.call(me, new PyTuple(bases));
                    if (!(r instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
                    java.util.Collections.addAll(resolved, t.items);
                    out = bases;
                    continue;
                }
            }
            resolved.add(b);
        }
        return out == null ? bases : resolved.toArray();
    }

    private static PyType mostDerivedMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = Ops.typeOf(b);
            if (winner.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
