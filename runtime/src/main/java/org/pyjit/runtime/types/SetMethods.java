package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.NOT_IMPLEMENTED;

import java.util.Arrays;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** Installs the methods of {@code set} and {@code frozenset}, with CPython 3.11's behaviour and messages. */
final class SetMethods {
    private SetMethods() {}

    static final PyType ITERATOR_TYPE = PyIterator.makeType("set_iterator");

    static void install() {
        PyType set = BuiltinTypes.SET, frozen = BuiltinTypes.FROZENSET;
        set.instanceFactory = PySet::new;
        frozen.instanceFactory = PySet::new;
        MethodTable s = new MethodTable(set), f = new MethodTable(frozen);
        s.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, set);
            return cls.instanceFactory.apply(cls);
        });
        set.namespace.putStr("__init__", new PyMethodDescriptor(set, "__init__", (args, kw) -> {
            ConstructorSupport.noKeywords("set", kw);
            MethodTable.checkArity(((PySet) args[0]).type.name, args.length - 1, 0, 1);
            PySet self = (PySet) args[0];
            self.clear();
            if (args.length > 1) self.update(args[1]);
            return PyNone.NONE;
        }));
        f.constructor((args, kw) -> {
            PyType cls = ConstructorSupport.checkCls(args, frozen);
            if (cls == frozen) ConstructorSupport.noKeywords("frozenset", kw);
            int n = ConstructorSupport.positionalCount(args, kw);
            MethodTable.checkArity(cls.name, n, 0, 1);
            if (n == 1 && cls == frozen && args[1] instanceof PySet p && p.type == frozen) return p;
            PySet r = (PySet) cls.instanceFactory.apply(cls);
            if (n == 1) r.update(args[1]);
            return r;
        });
        s.unhashable();
        f.slot("__hash__", 0, a -> ((PySet) a[0]).frozenHash());
        ITERATOR_TYPE.namespace.putStr("__length_hint__", PyMethodDescriptor.positional(ITERATOR_TYPE, "__length_hint__", 0, 0,
                a -> ((SetIterator) a[0]).lengthHint()));
        for (MethodTable m : new MethodTable[] {s, f}) installShared(m);
        installMutators(s);
        s.method("copy", 0, 0, a -> SetAlgebra.copy((PySet) a[0]));
        f.method("copy", 0, 0, a -> {
            PySet self = (PySet) a[0];
            return self.type == frozen ? self : SetAlgebra.copy(self);
        });
    }

    private static void installShared(MethodTable m) {
        m.slot("__len__", 0, a -> (long) ((PySet) a[0]).size());
        m.method("__contains__", 1, 1, a -> contains((PySet) a[0], a[1]));
        m.slot("__iter__", 0, a -> new SetIterator((PySet) a[0]));
        m.slot("__repr__", 0, a -> repr((PySet) a[0]));
        m.method("union", 0, -1, a -> SetAlgebra.union((PySet) a[0], rest(a)));
        m.method("intersection", 0, -1, a -> SetAlgebra.intersectionMulti((PySet) a[0], rest(a)));
        m.method("difference", 0, -1, a -> SetAlgebra.differenceMulti((PySet) a[0], rest(a)));
        m.method("symmetric_difference", 1, 1, a -> SetAlgebra.symmetricDifference((PySet) a[0], a[1]));
        m.method("issubset", 1, 1, a -> SetAlgebra.isSubset((PySet) a[0], a[1]));
        m.method("issuperset", 1, 1, a -> SetAlgebra.isSuperset((PySet) a[0], a[1]));
        m.method("isdisjoint", 1, 1, a -> SetAlgebra.isDisjoint((PySet) a[0], a[1]));
        m.method("__reduce__", 0, 0, a -> {
            PySet self = (PySet) a[0];
            return org.pyjit.runtime.objects.PyTuple.of(self.type,
                    org.pyjit.runtime.objects.PyTuple.of(new org.pyjit.runtime.objects.PyList(self.toArray())), state(self));
        });
        binary(m, "or", (x, y) -> {
            PySet r = SetAlgebra.copy(x);
            if (y != x) r.update(y);
            return r;
        });
        binary(m, "and", SetAlgebra::intersection);
        binary(m, "sub", SetAlgebra::difference);
        binary(m, "xor", SetAlgebra::symmetricDifference);
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m.slot(op.dunder, 1, a -> a[1] instanceof PySet w ? compare((PySet) a[0], w, op) : NOT_IMPLEMENTED);
        }
    }

    /** A set operator and its reflection; NotImplemented unless both operands are sets. */
    private static void binary(MethodTable m, String stem, java.util.function.BinaryOperator<PySet> op) {
        m.slot("__" + stem + "__", 1, a -> a[1] instanceof PySet y ? op.apply((PySet) a[0], y) : NOT_IMPLEMENTED);
        m.slot("__r" + stem + "__", 1, a -> a[1] instanceof PySet y ? op.apply(y, (PySet) a[0]) : NOT_IMPLEMENTED);
    }

    private static void installMutators(MethodTable m) {
        m.method("add", 1, 1, a -> {
            ((PySet) a[0]).add(a[1]);
            return PyNone.NONE;
        });
        m.method("discard", 1, 1, a -> {
            discard((PySet) a[0], a[1]);
            return PyNone.NONE;
        });
        m.method("remove", 1, 1, a -> {
            if (!discard((PySet) a[0], a[1])) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        });
        m.method("pop", 0, 0, a -> {
            Object k = ((PySet) a[0]).pop();
            if (k == null) throw Errors.keyError("pop from an empty set");
            return k;
        });
        m.method("clear", 0, 0, a -> {
            ((PySet) a[0]).clear();
            return PyNone.NONE;
        });
        m.method("update", 0, -1, a -> {
            for (Object o : rest(a)) ((PySet) a[0]).update(o);
            return PyNone.NONE;
        });
        m.method("intersection_update", 0, -1, a -> {
            SetAlgebra.intersectionUpdate((PySet) a[0], rest(a));
            return PyNone.NONE;
        });
        m.method("difference_update", 0, -1, a -> {
            for (Object o : rest(a)) SetAlgebra.differenceUpdate((PySet) a[0], o);
            return PyNone.NONE;
        });
        m.method("symmetric_difference_update", 1, 1, a -> {
            SetAlgebra.symmetricDifferenceUpdate((PySet) a[0], a[1]);
            return PyNone.NONE;
        });
        inplace(m, "__ior__", (x, y) -> x.update(y));
        inplace(m, "__iand__", (x, y) -> SetAlgebra.intersectionUpdate(x, new Object[] {y}));
        inplace(m, "__isub__", SetAlgebra::differenceUpdate);
        inplace(m, "__ixor__", SetAlgebra::symmetricDifferenceUpdate);
    }

    private static void inplace(MethodTable m, String name, java.util.function.BiConsumer<PySet, PySet> op) {
        m.slot(name, 1, a -> {
            if (!(a[1] instanceof PySet y)) return NOT_IMPLEMENTED;
            op.accept((PySet) a[0], y);
            return a[0];
        });
    }

    /** The pickled state of an instance: its attribute dict, or None. */
    static Object state(org.pyjit.runtime.objects.PyObject o) {
        if (o.dict == null && o.shape == null) return PyNone.NONE;
        org.pyjit.runtime.objects.PyDict d = o.materializeDict();
        return d.size() == 0 ? PyNone.NONE : d;
    }

    private static Object[] rest(Object[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    // ------------------------------------------------------------------ operations

    static boolean contains(PySet s, Object key) {
        try {
            return s.contains(key);
        } catch (PyException e) {
            return s.contains(SetAlgebra.asKey(key, e));
        }
    }

    static boolean discard(PySet s, Object key) {
        try {
            return s.discard(key);
        } catch (PyException e) {
            return s.discard(SetAlgebra.asKey(key, e));
        }
    }

    static Object compare(PySet v, PySet w, CompareOp op) {
        return switch (op) {
            case EQ -> v.size() == w.size() && SetAlgebra.isSubset(v, w);
            case NE -> !(v.size() == w.size() && SetAlgebra.isSubset(v, w));
            case LE -> SetAlgebra.isSubset(v, w);
            case GE -> SetAlgebra.isSuperset(v, w);
            case LT -> v.size() < w.size() && SetAlgebra.isSubset(v, w);
            case GT -> v.size() > w.size() && SetAlgebra.isSuperset(v, w);
            default -> NOT_IMPLEMENTED;
        };
    }

    static String repr(PySet s) {
        String name = s.type.name;
        if (!ReprGuard.enter(s)) return name + "(...)";
        try {
            if (s.size() == 0) return name + "()";
            Object[] items = s.toArray();
            String body = SequenceSupport.reprItems(items, items.length, "{", "}");
            return s.type == BuiltinTypes.SET ? body : name + "(" + body + ")";
        } finally {
            ReprGuard.leave(s);
        }
    }

    /** {@code set_iterator}: raises if the set's size changes while iterating. */
    static final class SetIterator extends PyIterator {
        private PySet set;
        private int expectedSize;
        private int pos;
        private int remaining;

        SetIterator(PySet set) {
            super(ITERATOR_TYPE);
            this.set = set;
            this.expectedSize = set.size();
            this.remaining = expectedSize;
        }

        @Override
        public Object next() {
            PySet s = set;
            if (s == null) return null;
            if (expectedSize != s.size()) {
                expectedSize = -1;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            int j = s.nextSlot(pos);
            if (j < 0) {
                set = null;
                return null;
            }
            pos = j + 1;
            remaining--;
            return s.keyAt(j);
        }

        /** What this iterator has still to yield, without advancing it (CPython pickles it as {@code iter(list)}). */
        org.pyjit.runtime.objects.PyList rest() {
            org.pyjit.runtime.objects.PyList out = new org.pyjit.runtime.objects.PyList();
            PySet s = set;
            if (s == null || expectedSize != s.size()) return out;
            int p = pos;
            for (int n = remaining; n > 0; n--) {
                int j = s.nextSlot(p);
                if (j < 0) break;
                p = j + 1;
                out.append(s.keyAt(j));
            }
            return out;
        }

        long lengthHint() {
            return set != null && expectedSize == set.size() ? remaining : 0;
        }
    }
}
