package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. Keys and
 * items views are set-like (operators give sets, built as CPython builds them; comparisons are
 * subset tests); the values view only iterates.
 */
final class DictViews {
    private DictViews() {}

    static final PyType KEYS = BuiltinTypes.make("dict_keys", BuiltinTypes.OBJECT);
    static final PyType VALUES = BuiltinTypes.make("dict_values", BuiltinTypes.OBJECT);
    static final PyType ITEMS = BuiltinTypes.make("dict_items", BuiltinTypes.OBJECT);

    /** One view: which kind is its type. */
    static final class View extends PyObject {
        final PyDict dict;

        View(PyType kind, PyDict dict) {
            super(kind);
            this.dict = dict;
        }

        DictIterator.Kind kind() {
            return type == KEYS ? DictIterator.Kind.KEYS : type == VALUES ? DictIterator.Kind.VALUES : DictIterator.Kind.ITEMS;
        }
    }

    static void install() {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            MethodTable m = new MethodTable(t);
            m.slot("__len__", 0, a -> (long) ((View) a[0]).dict.size());
            m.slot("__iter__", 0, a -> new DictIterator(((View) a[0]).dict, ((View) a[0]).kind(), false));
            m.method("__reversed__", 0, 0, a -> new DictIterator(((View) a[0]).dict, ((View) a[0]).kind(), true));
            m.slot("__repr__", 0, a -> repr((View) a[0]));
            m.getter("mapping", o -> new org.pyjit.runtime.objects.PyMappingProxy(((View) o).dict));
        }
        for (PyType t : new PyType[] {KEYS, ITEMS}) {
            MethodTable m = new MethodTable(t);
            installSetLike(m);
            m.unhashable(); // rich comparison without a hash, as CPython's views
        }
        new MethodTable(KEYS).slot("__contains__", 1, a -> ((View) a[0]).dict.containsKey(a[1]));
        new MethodTable(ITEMS).slot("__contains__", 1, a -> itemsContains((View) a[0], a[1]));
    }

    private static void installSetLike(MethodTable m) {
        m.method("isdisjoint", 1, 1, a -> isDisjoint((View) a[0], a[1]));
        m.slot("__and__", 1, a -> intersect((View) a[0], a[1]));
        m.slot("__rand__", 1, a -> intersect((View) a[0], a[1]));
        m.slot("__or__", 1, a -> or(a[0], a[1]));
        m.slot("__ror__", 1, a -> or(a[1], a[0]));
        m.slot("__sub__", 1, a -> sub(a[0], a[1]));
        m.slot("__rsub__", 1, a -> sub(a[1], a[0]));
        m.slot("__xor__", 1, a -> xor(a[0], a[1]));
        m.slot("__rxor__", 1, a -> xor(a[1], a[0]));
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> compare((View) a[0], a[1], op));
        }
    }

    static boolean isSetLikeView(Object o) {
        return o instanceof View v && v.type != VALUES;
    }

    static boolean itemsContains(View v, Object item) {
        if (!(item instanceof PyTuple t) || t.items.length != 2) return false;
        Object found = v.dict.get(t.items[0]);
        if (found == null) return false;
        return found == t.items[1] || Ops.eq(found, t.items[1]);
    }

    static String repr(View v) {
        if (!ReprGuard.enter(v)) return "...";
        try {
            Object[] items = SequenceSupport.drain(new DictIterator(v.dict, v.kind(), false));
            return v.type.name + SequenceSupport.reprItems(items, items.length, "([", "])");
        } finally {
            ReprGuard.leave(v);
        }
    }

    /** {@code dictviews_to_set}: a keys view of a plain dict takes the set-from-dict fast path. */
    private static PySet toSet(Object o) {
        PySet s = new PySet();
        if (o instanceof View v && v.type == KEYS && v.dict.type == BuiltinTypes.DICT) s.update(v.dict);
        else s.update(o);
        return s;
    }

    private static Object or(Object left, Object right) {
        PySet r = toSet(left);
        r.update(right);
        return r;
    }

    private static Object sub(Object left, Object right) {
        PySet r = toSet(left);
        SetAlgebra.differenceUpdate(r, right);
        return r;
    }

    private static Object xor(Object left, Object right) {
        if (left instanceof View a && a.type == ITEMS && right instanceof View b && b.type == ITEMS) return itemsXor(a, b);
        PySet r = toSet(left);
        SetAlgebra.symmetricDifferenceUpdate(r, right);
        return r;
    }

    /** {@code dictitems_xor}: pairs of the second dict not equal in the first, then the first's remaining pairs. */
    private static Object itemsXor(View a, View b) {
        PyDict temp = a.dict.copy();
        PySet result = new PySet();
        PyDict d2 = b.dict;
        for (int e = d2.nextEntry(0); e >= 0; e = d2.nextEntry(e + 1)) {
            Object key = d2.keyAt(e), val2 = d2.valueAt(e);
            long h = d2.hashAt(e);
            int f = temp.findEntry(key, h);
            boolean same = f >= 0 && (temp.valueAt(f) == val2 || Ops.eq(temp.valueAt(f), val2));
            if (same) temp.removeAt(temp.findEntry(key, h));
            else result.add(PyTuple.of(key, val2));
        }
        result.update(new View(ITEMS, temp));
        return result;
    }

    /** {@code _PyDictView_Intersect}. */
    private static Object intersect(View self, Object other) {
        Object selfObj = self;
        int lenSelf = self.dict.size();
        if (other instanceof PySet s && s.type == BuiltinTypes.SET && lenSelf <= s.size()) {
            return SetAlgebra.intersectionMulti(s, new Object[] {self});
        }
        if (isSetLikeView(other) && ((View) other).dict.size() > lenSelf) {
            Object tmp = other;
            other = selfObj;
            selfObj = tmp;
        }
        View container = (View) selfObj;
        PySet result = new PySet();
        Object it = Ops.iter(other);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            boolean in = container.type == KEYS ? container.dict.containsKey(k) : itemsContains(container, k);
            if (in) result.add(k);
        }
        return result;
    }

    private static boolean isDisjoint(View self, Object other) {
        if (other == self) return self.dict.size() == 0;
        Object container = self;
        if (other instanceof PySet || isSetLikeView(other)) {
            long lenOther = Ops.len(other);
            if (lenOther > self.dict.size()) {
                container = other;
                other = self;
            }
        }
        Object it = Ops.iter(other);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) if (Ops.contains(container, k)) return false;
        return true;
    }

    /** {@code dictview_richcompare}: size tests, then containment of every element. */
    private static Object compare(View self, Object other, CompareOp op) {
        if (!(other instanceof PySet) && !isSetLikeView(other)) return NOT_IMPLEMENTED;
        long ls = self.dict.size(), lo = Ops.len(other);
        return switch (op) {
            case EQ -> ls == lo && allContainedIn(self, other);
            case NE -> !(ls == lo && allContainedIn(self, other));
            case LT -> ls < lo && allContainedIn(self, other);
            case LE -> ls <= lo && allContainedIn(self, other);
            case GT -> ls > lo && allContainedIn(other, self);
            case GE -> ls >= lo && allContainedIn(other, self);
            default -> NOT_IMPLEMENTED;
        };
    }

    private static boolean allContainedIn(Object self, Object other) {
        Object it = Ops.iter(self);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) if (!Ops.contains(other, k)) return false;
        return true;
    }
}
