package org.pyjit.runtime.modules.collections;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.GenericAlias;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;
import org.pyjit.runtime.types.ReprGuard;
import org.pyjit.runtime.types.TypeLayout;

/** The methods of {@code collections.deque} and its iterators. */
final class DequeMethods {
    private DequeMethods() {}

    static final PyType DEQUE = BuiltinTypes.make("deque", BuiltinTypes.OBJECT, PyDeque::new);
    static final PyType ITERATOR = PyIterator.makeType("_deque_iterator");
    static final PyType REVERSE_ITERATOR = PyIterator.makeType("_deque_reverse_iterator");

    private static final ArgParser INIT = new ArgParser("deque", new String[] {"iterable", "maxlen"}, 0, 2, 0);

    /** Iterates a deque by position, failing if it changes meanwhile. */
    static final class Iter extends PyIterator {
        private final PyDeque d;
        private final int state;
        private int next;
        private final boolean reverse;

        Iter(PyDeque d, boolean reverse) {
            super(reverse ? REVERSE_ITERATOR : ITERATOR);
            this.d = d;
            this.state = d.state;
            this.reverse = reverse;
        }

        @Override
        public Object next() {
            if (d.state != state) {
                next = Integer.MAX_VALUE;
                throw Errors.runtimeError("deque mutated during iteration");
            }
            if (next >= d.size) return null;
            Object v = d.get(reverse ? d.size - 1 - next : next);
            next++;
            return v;
        }
    }

    static void install() {
        PyType t = DEQUE;
        t.namespace.putStr("__module__", "collections");
        TypeLayout.markWeakrefable(t);
        ITERATOR.namespace.putStr("__module__", "_collections");
        REVERSE_ITERATOR.namespace.putStr("__module__", "_collections");
        m(ITERATOR, "__length_hint__", 0, 0, a -> 0L);
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> ((PyType) a[0]).instanceFactory.apply((PyType) a[0])));
        t.namespace.putStr("__init__", new PyMethodDescriptor(t, "__init__", (a, kw) -> {
            Object[] p = INIT.parse(a, kw, 1);
            PyDeque d = (PyDeque) a[0];
            if (p[1] != null && p[1] != PyNone.NONE) {
                Object n = Ops.indexOrNull(p[1]);
                if (n == null) throw Errors.typeError("an integer is required");
                long max = n instanceof Long l ? l : Long.MAX_VALUE;
                if (max < 0) throw Errors.valueError("maxlen must be non-negative");
                d.maxlen = max;
            } else {
                d.maxlen = -1;
            }
            if (d.size > 0) d.clear();
            if (p[0] != null) extend(d, p[0]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("maxlen", new PyGetSetDescriptor(t, "maxlen", o -> ((PyDeque) o).maxlen < 0 ? PyNone.NONE
                : (Object) ((PyDeque) o).maxlen, null));
        m(t, "append", 1, 1, a -> {
            dq(a).append(a[1]);
            return PyNone.NONE;
        });
        m(t, "appendleft", 1, 1, a -> {
            dq(a).appendLeft(a[1]);
            return PyNone.NONE;
        });
        m(t, "pop", 0, 0, a -> dq(a).pop());
        m(t, "popleft", 0, 0, a -> dq(a).popLeft());
        m(t, "extend", 1, 1, a -> {
            extend(dq(a), a[1]);
            return PyNone.NONE;
        });
        m(t, "extendleft", 1, 1, a -> {
            PyDeque d = dq(a);
            Object[] values = a[1] == d ? d.toArray() : Iteration.toArray(a[1]);
            for (Object v : values) d.appendLeft(v);
            return PyNone.NONE;
        });
        m(t, "clear", 0, 0, a -> {
            dq(a).clear();
            return PyNone.NONE;
        });
        m(t, "copy", 0, 0, a -> copy(dq(a)));
        m(t, "__copy__", 0, 0, a -> copy(dq(a)));
        m(t, "count", 1, 1, a -> {
            PyDeque d = dq(a);
            int state = d.state;
            long n = 0;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), a[1])) n++;
                if (d.state != state) throw Errors.runtimeError("deque mutated during iteration");
            }
            return n;
        });
        m(t, "index", 1, 3, a -> index(dq(a), a));
        m(t, "insert", 2, 2, a -> {
            PyDeque d = dq(a);
            if (d.maxlen >= 0 && d.size >= d.maxlen) throw Errors.indexError("deque already at its maximum size");
            long i = Ops.index(a[1]);
            int n = d.size;
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            Object[] all = d.toArray();
            Object[] out = new Object[n + 1];
            System.arraycopy(all, 0, out, 0, (int) i);
            out[(int) i] = a[2];
            System.arraycopy(all, (int) i, out, (int) i + 1, n - (int) i);
            d.setAll(out);
            return PyNone.NONE;
        });
        m(t, "remove", 1, 1, a -> {
            PyDeque d = dq(a);
            for (int i = 0; i < d.size; i++) {
                int state = d.state;
                boolean eq = Ops.eq(d.get(i), a[1]);
                if (d.state != state) throw Errors.indexError("deque mutated during remove().");
                if (eq) {
                    deleteAt(d, i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError(Ops.repr(a[1]) + " is not in deque");
        });
        m(t, "reverse", 0, 0, a -> {
            PyDeque d = dq(a);
            Object[] all = d.toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(all));
            d.setAll(all);
            return PyNone.NONE;
        });
        m(t, "rotate", 0, 1, a -> {
            dq(a).rotate(a.length > 1 ? Ops.index(a[1]) : 1);
            return PyNone.NONE;
        });
        m(t, "__len__", 0, 0, a -> (long) dq(a).size);
        m(t, "__bool__", 0, 0, a -> dq(a).size > 0);
        m(t, "__getitem__", 1, 1, a -> {
            PyDeque d = dq(a);
            return d.get(d.index(a[1]));
        });
        m(t, "__setitem__", 2, 2, a -> {
            PyDeque d = dq(a);
            d.set(d.index(a[1]), a[2]);
            return PyNone.NONE;
        });
        m(t, "__delitem__", 1, 1, a -> {
            PyDeque d = dq(a);
            deleteAt(d, d.index(a[1]));
            return PyNone.NONE;
        });
        m(t, "__contains__", 1, 1, a -> {
            PyDeque d = dq(a);
            int state = d.state;
            for (int i = 0; i < d.size; i++) {
                if (Ops.eq(d.get(i), a[1])) return true;
                if (d.state != state) throw Errors.runtimeError("deque mutated during iteration");
            }
            return false;
        });
        m(t, "__iter__", 0, 0, a -> new Iter(dq(a), false));
        m(t, "__reversed__", 0, 0, a -> new Iter(dq(a), true));
        m(t, "__repr__", 0, 0, a -> repr(dq(a)));
        t.namespace.putStr("__hash__", PyNone.NONE);
        m(t, "__add__", 1, 1, a -> {
            if (!(a[1] instanceof PyDeque o)) {
                throw Errors.typeError("can only concatenate deque (not \"" + Ops.typeName(a[1]) + "\") to deque");
            }
            PyDeque r = copy(dq(a));
            extend(r, o);
            return r;
        });
        m(t, "__iadd__", 1, 1, a -> {
            extend(dq(a), a[1]);
            return a[0];
        });
        m(t, "__mul__", 1, 1, a -> multiply(copy(dq(a)), a[1]));
        m(t, "__rmul__", 1, 1, a -> multiply(copy(dq(a)), a[1]));
        m(t, "__imul__", 1, 1, a -> multiply(dq(a), a[1]));
        for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            m(t, op.dunder, 1, 1, a -> compare(dq(a), a[1], op));
        }
        m(t, "__reduce__", 0, 0, a -> {
            // CPython's shape, which pickles byte for byte alike: (type, () or ((), maxlen), state, iter(d))
            PyDeque d = dq(a);
            Object getState = Ops.getAttrOrNull(d, "__getstate__");
            Object state = getState != null ? Ops.call(getState) : PyNone.NONE;
            Object args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, d.maxlen);
            return PyTuple.of(Ops.typeOf(d), args, state, Ops.iter(d));
        });
        GenericAlias.addClassGetItem(t);
    }

    private static PyDeque dq(Object[] a) {
        return (PyDeque) a[0];
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    static void extend(PyDeque d, Object iterable) {
        if (iterable == d) {
            for (Object v : d.toArray()) d.append(v);
            return;
        }
        Iteration.Cursor c = Iteration.cursor(iterable);
        for (Object v = c.next(); v != null; v = c.next()) d.append(v);
    }

    private static PyDeque copy(PyDeque d) {
        PyType cls = Ops.typeOf(d);
        if (cls == DEQUE) {
            PyDeque r = new PyDeque(DEQUE);
            r.maxlen = d.maxlen;
            for (Object v : d.toArray()) r.append(v);
            return r;
        }
        Object made = d.maxlen < 0 ? Ops.call(cls, d) : Ops.callKw(cls, new Object[] {d, d.maxlen}, new String[] {"maxlen"});
        if (!(made instanceof PyDeque r)) throw Errors.typeError("copy() returned a non-deque");
        return r;
    }

    private static void deleteAt(PyDeque d, int i) {
        Object[] all = d.toArray();
        Object[] out = new Object[all.length - 1];
        System.arraycopy(all, 0, out, 0, i);
        System.arraycopy(all, i + 1, out, i, all.length - i - 1);
        d.setAll(out);
    }

    private static Object index(PyDeque d, Object[] a) {
        long start = a.length > 2 ? org.pyjit.runtime.types.SequenceSupport.boundArg(a[2], d.size) : 0;
        long stop = a.length > 3 ? org.pyjit.runtime.types.SequenceSupport.boundArg(a[3], d.size) : d.size;
        int state = d.state;
        for (long i = Math.max(0, start); i < Math.min(stop, d.size); i++) {
            boolean eq = Ops.eq(d.get((int) i), a[1]);
            if (d.state != state) throw Errors.runtimeError("deque mutated during iteration");
            if (eq) return i;
        }
        throw Errors.valueError(Ops.repr(a[1]) + " is not in deque");
    }

    private static Object multiply(PyDeque d, Object count) {
        Object n = Ops.indexOrNull(count);
        if (n == null) throw Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(count) + "'");
        long times = n instanceof Long l ? l : Long.MAX_VALUE;
        Object[] all = d.toArray();
        if (times <= 0 || all.length == 0) {
            d.clear();
            return d;
        }
        for (long k = 1; k < times; k++) {
            for (Object v : all) d.append(v);
            if (d.maxlen >= 0 && k * all.length > d.maxlen + all.length) break;
        }
        return d;
    }

    private static Object compare(PyDeque d, Object other, CompareOp op) {
        if (!(other instanceof PyDeque o)) return BuiltinTypes.NOT_IMPLEMENTED;
        return Ops.compare(new PyList(d.toArray()), new PyList(o.toArray()), op);
    }

    private static String repr(PyDeque d) {
        String name = Ops.typeOf(d).name;
        if (!ReprGuard.enter(d)) return "[...]";
        try {
            StringBuilder b = new StringBuilder(name).append("([");
            Object[] all = d.toArray();
            for (int i = 0; i < all.length; i++) {
                if (i > 0) b.append(", ");
                b.append(Ops.repr(all[i]));
            }
            b.append(']');
            if (d.maxlen >= 0) b.append(", maxlen=").append(d.maxlen);
            return b.append(')').toString();
        } finally {
            ReprGuard.leave(d);
        }
    }
}
