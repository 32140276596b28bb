package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** {@code count}, {@code cycle} and {@code repeat}. */
final class InfiniteIterators {
    private InfiniteIterators() {}

    static final PyType COUNT = Types.withParser("count", new ArgParser("count", new String[] {"start", "step"}, 0, 2, 0),
            (cls, p) -> new Count(cls, p[0] == null ? 0L : number(p[0]), p[1] == null ? 1L : number(p[1])));
    static final PyType CYCLE = Types.positional("cycle", 1, 1, (cls, p) -> new Cycle(cls, Ops.iter(p[0])));
    static final PyType REPEAT = Types.withParser("repeat", new ArgParser("repeat", new String[] {"object", "times"}, 0, 2, 1),
            (cls, p) -> new Repeat(cls, p[0], p[1] == null ? -1 : Math.max(0, Ops.index(p[1]))));

    static {
        Types.method(COUNT, "__repr__", 0, 0, a -> ((Count) a[0]).repr());
        Types.method(REPEAT, "__repr__", 0, 0, a -> ((Repeat) a[0]).repr());
        Types.method(REPEAT, "__length_hint__", 0, 0, a -> {
            Repeat r = (Repeat) a[0];
            if (r.remaining < 0) throw Errors.typeError("len() of unsized object");
            return r.remaining;
        });
        // pickling as CPython 3.11's: count(n) while counting by int 1 from an int, else count(n, step)
        Types.reduce(COUNT, o -> {
            Count c = (Count) o;
            boolean fast = c.next instanceof Long && c.step instanceof Long l && l == 1;
            return Types.reduced(c, fast ? PyTuple.of(c.next) : PyTuple.of(c.next, c.step));
        });
        Types.reduce(REPEAT, o -> {
            Repeat r = (Repeat) o;
            return Types.reduced(r, r.remaining < 0 ? PyTuple.of(r.value) : PyTuple.of(r.value, r.remaining));
        });
        Types.reduce(CYCLE, o -> ((Cycle) o).reduce());
        Types.setState(CYCLE, (o, state) -> {
            Object[] s = Types.stateTuple(state);
            if (s.length != 2) throw Errors.typeError("cycle state must be a tuple of 2 items (list, int)");
            if (!(s[0] instanceof PyList saved)) throw Errors.typeError("argument 1 must be list, not " + Ops.typeName(s[0]));
            Cycle c = (Cycle) o;
            c.saved = saved;
            c.firstPass = Ops.index(s[1]) != 0;
            c.index = 0;
        });
    }

    private static Object number(Object o) {
        if (o instanceof Long || o instanceof java.math.BigInteger || o instanceof Double || o instanceof Boolean
                || o instanceof PyComplex) {
            return o;
        }
        PyType t = Ops.typeOf(o);
        if (t.lookup("__index__") != null || t.lookup("__float__") != null || t.lookup("__int__") != null
                || t.lookup("__complex__") != null) {
            return o;
        }
        throw Errors.typeError("a number is required");
    }

    static final class Count extends PyIterator {
        Object next;
        final Object step;

        Count(PyType t, Object start, Object step) {
            super(t);
            this.next = start;
            this.step = step;
        }

        @Override
        public Object next() {
            Object v = next;
            if (v instanceof Long a && step instanceof Long b) {
                long r = a + b;
                next = ((a ^ r) & (b ^ r)) < 0 ? IntArith.add(a, b) : (Object) r;
            } else {
                next = Ops.binary(v, step, BinaryOp.ADD);
            }
            return v;
        }

        String repr() {
            String name = type.builtin ? "count" : type.name;
            boolean unitStep = step instanceof Long l && l == 1;
            return name + "(" + Ops.repr(next) + (unitStep ? "" : ", " + Ops.repr(step)) + ")";
        }
    }

    /**
     * {@code cycle}: saves the source's values while reading it, then repeats them. As CPython's, the
     * state is the source iterator, the saved list, the index into it and a flag "first pass" that
     * a restored pickle sets when the saved list is already complete.
     */
    static final class Cycle extends PyIterator {
        private Object source;
        private Iteration.Cursor cursor;
        PyList saved = new PyList();
        int index;
        boolean firstPass;

        Cycle(PyType t, Object source) {
            super(t);
            this.source = source;
            this.cursor = Iteration.iteratorCursor(source);
        }

        @Override
        public Object next() {
            if (cursor != null) {
                Object v = cursor.next();
                if (v != null) {
                    if (!firstPass) saved.append(v);
                    return v;
                }
                cursor = null;
                source = null;
            }
            int n = saved.size;
            if (n == 0) return null;
            Object v = saved.items[index];
            index = index + 1 >= n ? 0 : index + 1;
            return v;
        }

        PyTuple reduce() {
            if (source == null) {
                Object it = Ops.iter(saved);
                if (index != 0) Ops.callSpecial(it, "__setstate__", (long) index);
                return Types.reduced(this, PyTuple.of(it), PyTuple.of(saved, Boolean.TRUE));
            }
            return Types.reduced(this, PyTuple.of(source), PyTuple.of(saved, firstPass));
        }
    }

    static final class Repeat extends PyIterator {
        final Object value;
        long remaining;

        Repeat(PyType t, Object value, long times) {
            super(t);
            this.value = value;
            this.remaining = times;
        }

        @Override
        public Object next() {
            if (remaining == 0) return null;
            if (remaining > 0) remaining--;
            return value;
        }

        String repr() {
            String name = type.builtin ? "repeat" : type.name;
            return name + "(" + Ops.repr(value) + (remaining < 0 ? "" : ", " + remaining) + ")";
        }
    }
}
