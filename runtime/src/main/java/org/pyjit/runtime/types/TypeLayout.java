package org.pyjit.runtime.types;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyType;


/**
 * Instance layouts: which Java representation a class's instances need, and whether classes can be
 * combined. CPython's "solid base" is the nearest ancestor whose instances have a different C
 * struct; in pyjit it is the nearest builtin ancestor with its own {@code instanceFactory} or
 * {@code __new__}, or the nearest class with non-empty {@code __slots__}. Multiple inheritance
 * needs one chain of solid bases ("multiple bases have instance lay-out conflict").
 */
public final class TypeLayout {
    private TypeLayout() {}

    private static final Set<PyType> FINAL = ConcurrentHashMap.newKeySet();
    private static final Set<PyType> VARIABLE_SIZE = ConcurrentHashMap.newKeySet();
    private static final Set<PyType> WEAKREFABLE = ConcurrentHashMap.newKeySet();

    /** Marks builtin types that programs may not subclass ("type 'bool' is not an acceptable base type"). */
    public static void markFinal(PyType... types) {
        FINAL.addAll(Arrays.asList(types));
    }

    public static boolean isFinal(PyType t) {
        return FINAL.contains(t);
    }

    /** Marks builtin types whose instances are variable-sized in CPython (no non-empty {@code __slots__} in subclasses). */
    public static void markVariableSize(PyType... types) {
        VARIABLE_SIZE.addAll(Arrays.asList(types));
    }

    static boolean isVariableSize(PyType t) {
        for (PyType m : t.mro) if (VARIABLE_SIZE.contains(m)) return true;
        return false;
    }

    /** Marks builtin types whose instances support weak references (subclasses then get no {@code __weakref__} of their own). */
    public static void markWeakrefable(PyType... types) {
        WEAKREFABLE.addAll(Arrays.asList(types));
    }

    /** {@code __base__}: the base a class's layout comes from (null for object). */
    public static PyType base(PyType t) {
        if (t.bases.length == 0) return null;
        if (t.builtin || t.bases.length == 1) return t.bases[0];
        try {
            return bestBase(t.bases);
        } catch (RuntimeException e) { // bases were checked when the class was made; keep the first
            return t.bases[0];
        }
    }

    /** The solid base of {@code t} (object at the root). */
    static PyType solidBase(PyType t) {
        PyType b = base(t);
        PyType sb = b == null ? t : solidBase(b);
        return b != null && extraFields(t, b) ? t : sb;
    }

    private static boolean extraFields(PyType t, PyType base) {
        if (t.builtin) return t.instanceFactory != base.instanceFactory || t.namespace.getStr("__new__") != null;
        return realSlots(t).length > 0;
    }

    /** The {@code __slots__} names of {@code t} itself that make storage ({@code __dict__}, {@code __weakref__} excluded). */
    static String[] realSlots(PyType t) {
        return t.declaredSlots == null ? new String[0] : t.declaredSlots;
    }

    /**
     * CPython's best_base: the base whose solid base is the most derived, checking that every base
     * is a subclassable type and that the solid bases form one chain.
     */
    static PyType bestBase(Object[] bases) {
        PyType base = null, winner = null;
        for (Object o : bases) {
            if (!(o instanceof PyType b)) throw Errors.typeError("bases must be types");
            if (isFinal(b)) throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                // keep the current winner
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** Whether instances of {@code t} have a {@code __weakref__} slot (some class along the MRO added one). */
    public static boolean hasWeakref(PyType t) {
        for (PyType m : t.mro) {
            if (m.builtin ? WEAKREFABLE.contains(m) : m.namespace.getStr("__weakref__") != null) return true;
        }
        return false;
    }

    /** Whether {@code t} adds nothing to its base's layout (no slots, no dict or weakref of its own). */
    private static boolean addsNothing(PyType t) {
        PyType b = base(t);
        return b != null && realSlots(t).length == 0 && t.instancesHaveDict == b.instancesHaveDict
                && hasWeakref(t) == hasWeakref(b);
    }

    private static PyType layoutRoot(PyType t) {
        while (!t.builtin && addsNothing(t)) t = base(t);
        return t;
    }

    /** CPython's compatible_for_assignment: {@code __class__} and {@code __bases__} assignment checks. */
    static void checkCompatible(PyType oldto, PyType newto, String attr) {
        if (isCollected(newto) != isCollected(oldto)) {
            throw Errors.typeError(attr + " assignment: '" + newto.name + "' deallocator differs from '" + oldto.name + "'");
        }
        PyType newbase = layoutRoot(newto), oldbase = layoutRoot(oldto);
        if (newbase != oldbase && (base(newbase) != base(oldbase) || !sameSlotsAdded(newbase, oldbase))) {
            throw Errors.typeError(attr + " assignment: '" + newto.name + "' object layout differs from '" + oldto.name + "'");
        }
    }

    /**
     * Whether CPython's instances of {@code t} are tracked by its cycle collector (which gives them
     * another deallocator): classes made by programs are; object and the scalar builtins are not.
     */
    private static boolean isCollected(PyType t) {
        if (!t.builtin) return true;
        return !UNTRACKED.contains(solidBase(t));
    }

    private static final Set<PyType> UNTRACKED = Set.of(BuiltinTypes.OBJECT, BuiltinTypes.INT, BuiltinTypes.FLOAT,
            BuiltinTypes.COMPLEX, BuiltinTypes.STR, BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY, BuiltinTypes.RANGE);

    private static boolean sameSlotsAdded(PyType a, PyType b) {
        if (a.builtin || b.builtin) return false;
        return a.instancesHaveDict == b.instancesHaveDict && hasWeakref(a) == hasWeakref(b)
                && Arrays.equals(realSlots(a), realSlots(b));
    }
}
