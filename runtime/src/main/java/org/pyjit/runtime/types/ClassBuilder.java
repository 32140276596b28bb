package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * What a {@code class} statement does (CPython's {@code builtins.__build_class__}): resolve
 * {@code __mro_entries__} of non-class bases, pick the metaclass (the {@code metaclass=} keyword or
 * the bases' most derived one), get the namespace from {@code __prepare__}, run the class body in
 * it, and call the metaclass with {@code (name, bases, ns, **kw)}; then check that the class body's
 * {@code __class__} cell was set to the new class.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    /** Runs a class body with the namespace mapping as its locals; returns its {@code __class__} cell, or null/None. */
    @FunctionalInterface
    public interface Body {
        Object run(Object namespace);
    }

    /**
     * Builds class {@code name}. {@code kwnames}/{@code kwvalues} are the class keywords
     * ({@code metaclass=} among them, if given); either may be null when there are none.
     */
    public static Object build(Body body, String name, Object[] bases, String[] kwnames, Object[] kwvalues) {
        Object[] origBases = bases;
        bases = resolveMroEntries(bases);
        List<String> kwn = new ArrayList<>();
        List<Object> kwv = new ArrayList<>();
        Object meta = null;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            if (kwnames[i].equals("metaclass")) meta = kwvalues[i];
            else {
                kwn.add(kwnames[i]);
                kwv.add(kwvalues[i]);
            }
        }
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) meta = bases.length == 0 ? BuiltinTypes.TYPE : Ops.typeOf(bases[0]);
        if (isClass) meta = TypeCreation.calculateMetaclass((PyType) meta, bases);
        String[] kwNames = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
        PyTuple basesTuple = new PyTuple(bases);
        Object ns = prepare(meta, isClass, name, basesTuple, kwNames, kwv);
        Object cell = body.run(ns);
        if (bases != origBases) Ops.setItem(ns, "__orig_bases__", new PyTuple(origBases));
        Object[] args = new Object[3 + kwv.size()];
        args[0] = name;
        args[1] = basesTuple;
        args[2] = ns;
        for (int i = 0; i < kwv.size(); i++) args[3 + i] = kwv.get(i);
        Object cls = Ops.callKw(meta, args, kwNames);
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) {
                throw Errors.runtimeError("__class__ not set defining " + Ops.repr(name) + " as " + Ops.repr(cls)
                        + ". Was __classcell__ propagated to type.__new__?");
            }
            throw Errors.typeError("__class__ set to " + Ops.repr(c.value) + " defining " + Ops.repr(name) + " as " + Ops.repr(cls));
        }
        return cls;
    }

    /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__(bases)}. */
    private static Object[] resolveMroEntries(Object[] bases) {
        List<Object> out = null;
        PyTuple original = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            Object entries = b instanceof PyType ? null : Ops.getAttrOrNull(b, "__mro_entries__");
            if (entries == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(List.of(bases).subList(0, i));
                original = new PyTuple(bases);
            }
            Object r = Ops.call(entries, original);
            if (!(r instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
            out.addAll(List.of(t.items));
        }
        return out == null ? bases : out.toArray();
    }

    private static Object prepare(Object meta, boolean isClass, String name, PyTuple bases, String[] kwNames, List<Object> kwv) {
        Object prep = Ops.getAttrOrNull(meta, "__prepare__");
        if (prep == null) return new PyDict();
        Object[] args = new Object[2 + kwv.size()];
        args[0] = name;
        args[1] = bases;
        for (int i = 0; i < kwv.size(); i++) args[2 + i] = kwv.get(i);
        Object ns = Ops.callKw(prep, args, kwNames);
        if (!(ns instanceof PyDict) && Ops.typeOf(ns).lookup("__getitem__") == null) {
            String who = isClass ? ((PyType) meta).name : "<metaclass>";
            throw Errors.typeError(who + ".__prepare__() must return a mapping, not " + Ops.typeName(ns));
        }
        return ns;
    }
}
