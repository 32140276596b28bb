package org.pyjit.runtime.modules.itertools;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;

/** {@code count}, {@code cycle} and {@code repeat}. */
final class InfiniteIterators {
    private InfiniteIterators() {}

    static final PyType COUNT = Types.withParser("count", new ArgParser("count", new String[] {"start", "step"}, 0, 2, 0),
            (cls, p) -> new Count(cls, p[0] == null ? 0L : number(p[0]), p[1] == null ? 1L : number(p[1])));
    static final PyType CYCLE = Types.positional("cycle", 1, 1, (cls, p) -> new Cycle(cls, Iteration.cursor(p[0])));
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
        private Object next;
        private final Object step;

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

    static final class Cycle extends PyIterator {
        private Iteration.Cursor source;
        private final List<Object> saved = new ArrayList<>();
        private int index;

        Cycle(PyType t, Iteration.Cursor source) {
            super(t);
            this.source = source;
        }

        @Override
        public Object next() {
            if (source != null) {
                Object v = source.next();
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                source = null;
            }
            if (saved.isEmpty()) return null;
            Object v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    static final class Repeat extends PyIterator {
        private final Object value;
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
