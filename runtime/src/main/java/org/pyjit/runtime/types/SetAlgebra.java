package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * The set operations, following CPython's {@code setobject.c} step by step (which operand is
 * iterated, when a result is copied and then trimmed, when tables are presized), because those
 * choices decide the layout, and so the iteration order, of the result.
 */
public final class SetAlgebra {
    private SetAlgebra() {}

    /** An empty set of {@code type} (for set/frozenset subclasses: of the builtin base, as CPython). */
    static PySet newBaseType(PyType type) {
        return new PySet(type.isSubtypeOf(BuiltinTypes.SET) ? BuiltinTypes.SET : BuiltinTypes.FROZENSET);
    }

    /** {@code make_new_set_basetype(type(so), iterable)}. */
    static PySet newBaseType(PyType type, Object iterable) {
        PySet s = newBaseType(type);
        if (iterable != null) s.update(iterable);
        return s;
    }

    public static PySet copy(PySet so) {
        return newBaseType(so.type, so);
    }

    static PySet union(PySet so, Object[] others) {
        PySet r = copy(so);
        for (Object o : others) if (o != so) r.update(o);
        return r;
    }

    static PySet intersection(PySet so, Object other) {
        if (other == so) return copy(so);
        PySet result = newBaseType(so.type);
        if (other instanceof PySet o) {
            PySet big = so, small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                Object k = small.keyAt(j);
                long h = small.hashAt(j);
                if (big.contains(k, h)) result.add(k, h);
            }
            return result;
        }
        Object it = Ops.iter(other);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            long h = Ops.hash(k);
            if (so.contains(k, h)) {
                result.add(k, h);
                if (result.size() >= so.size()) break;
            }
        }
        return result;
    }

    static PySet intersectionMulti(PySet so, Object[] others) {
        if (others.length == 0) return copy(so);
        PySet r = so;
        for (Object o : others) r = intersection(r, o);
        return r;
    }

    static void intersectionUpdate(PySet so, Object[] others) {
        PySet tmp = intersectionMulti(so, others);
        if (tmp == so) tmp = copy(so);
        so.swapBodies(tmp);
    }

    static boolean isDisjoint(PySet so, Object other) {
        if (other == so) return so.size() == 0;
        if (other instanceof PySet o && (o.type == BuiltinTypes.SET || o.type == BuiltinTypes.FROZENSET)) {
            PySet big = so, small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                if (big.contains(small.keyAt(j), small.hashAt(j))) return false;
            }
            return true;
        }
        Object it = Ops.iter(other);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) if (so.contains(k)) return false;
        return true;
    }

    /** {@code set_difference_update_internal}. */
    static void differenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet src = (o.size() >> 3) > so.size() ? intersection(so, o) : o;
            for (int j = src.nextSlot(0); j >= 0; j = src.nextSlot(j + 1)) so.discard(src.keyAt(j), src.hashAt(j));
        } else {
            Object it = Ops.iter(other);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) so.discard(k);
        }
        so.compactAfterRemovals();
    }

    static PySet difference(PySet so, Object other) {
        int otherSize;
        if (other instanceof PySet o) otherSize = o.size();
        else if (other instanceof PyDict d && d.type == BuiltinTypes.DICT) otherSize = d.size();
        else return copyAndDifference(so, other);
        if ((so.size() >> 2) > otherSize) return copyAndDifference(so, other);
        PySet result = newBaseType(so.type);
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            Object k = so.keyAt(j);
            long h = so.hashAt(j);
            boolean in = other instanceof PySet o ? o.contains(k, h) : ((PyDict) other).findEntry(k, h) >= 0;
            if (!in) result.add(k, h);
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, Object other) {
        PySet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    static PySet differenceMulti(PySet so, Object[] others) {
        if (others.length == 0) return copy(so);
        PySet r = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
        return r;
    }

    static void symmetricDifferenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                Object k = d.keyAt(e);
                long h = d.hashAt(e);
                if (!so.discard(k, h)) so.add(k, h);
            }
            return;
        }
        PySet o = other instanceof PySet s ? s : newBaseType(so.type, other);
        for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
            Object k = o.keyAt(j);
            long h = o.hashAt(j);
            if (!so.discard(k, h)) so.add(k, h);
        }
    }

    static PySet symmetricDifference(PySet so, Object other) {
        PySet r = newBaseType(so.type, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static boolean isSubset(PySet so, Object other) {
        if (!(other instanceof PySet o)) {
            return intersection(so, other).size() == so.size();
        }
        if (so.size() > o.size()) return false;
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            if (!o.contains(so.keyAt(j), so.hashAt(j))) return false;
        }
        return true;
    }

    static boolean isSuperset(PySet so, Object other) {
        if (other instanceof PySet o) return isSubset(o, so);
        Object it = Ops.iter(other);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) if (!so.contains(k)) return false;
        return true;
    }

    /**
     * {@code key in s} for the methods that accept an unhashable set as a key by looking up the
     * equal frozenset (contains, remove, discard).
     */
    static Object asKey(Object key, RuntimeException e) {
        if (key instanceof PySet s && s.type.isSubtypeOf(BuiltinTypes.SET)
                && e instanceof PyException pe && pe.value.type.isSubtypeOf(ExceptionTypes.TYPE_ERROR)) {
            PySet f = new PySet(BuiltinTypes.FROZENSET);
            f.update(s);
            return f;
        }
        throw e;
    }
}
