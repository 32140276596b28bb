package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code compress}, {@code dropwhile}, {@code takewhile}, {@code filterfalse} and {@code islice}. */
final class FilteringIterators {
    private FilteringIterators() {}

    static final PyType COMPRESS = Types.withParser("compress", new ArgParser("compress", new String[] {"data", "selectors"}, 0, 2, 2),
            (cls, p) -> new Compress(cls, Iteration.cursor(p[0]), Iteration.cursor(p[1])));
    static final PyType DROPWHILE = Types.positional("dropwhile", 2, 2,
            (cls, p) -> new While(cls, p[0], Iteration.cursor(p[1]), true));
    static final PyType TAKEWHILE = Types.positional("takewhile", 2, 2,
            (cls, p) -> new While(cls, p[0], Iteration.cursor(p[1]), false));
    static final PyType FILTERFALSE = Types.positional("filterfalse", 2, 2,
            (cls, p) -> new FilterFalse(cls, p[0], Iteration.cursor(p[1])));
    static final PyType ISLICE = Types.positional("islice", 2, 4, FilteringIterators::islice);

    static final class Compress extends PyIterator {
        private Iteration.Cursor data, selectors;

        Compress(PyType t, Iteration.Cursor data, Iteration.Cursor selectors) {
            super(t);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public Object next() {
            while (data != null) {
                Object d = data.next();
                Object s = d == null ? null : selectors.next();
                if (s == null) {
                    data = selectors = null;
                    return null;
                }
                if (Ops.isTrue(s)) return d;
            }
            return null;
        }
    }

    /** dropwhile (drop = true) and takewhile. */
    static final class While extends PyIterator {
        private final Object predicate;
        private Iteration.Cursor source;
        private final boolean drop;
        private boolean done;

        While(PyType t, Object predicate, Iteration.Cursor source, boolean drop) {
            super(t);
            this.predicate = predicate;
            this.source = source;
            this.drop = drop;
        }

        @Override
        public Object next() {
            if (source == null) return null;
            while (true) {
                Object v = source.next();
                if (v == null) {
                    source = null;
                    return null;
                }
                if (drop) {
                    if (done || !Ops.isTrue(Ops.call(predicate, v))) {
                        done = true;
                        return v;
                    }
                } else {
                    if (Ops.isTrue(Ops.call(predicate, v))) return v;
                    source = null;
                    return null;
                }
            }
        }
    }

    static final class FilterFalse extends PyIterator {
        private final Object predicate;
        private final Iteration.Cursor source;

        FilterFalse(PyType t, Object predicate, Iteration.Cursor source) {
            super(t);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public Object next() {
            for (Object v = source.next(); v != null; v = source.next()) {
                boolean truth = predicate == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(predicate, v));
                if (!truth) return v;
            }
            return null;
        }
    }

    private static Object islice(PyType cls, Object[] p) {
        long start = 0, stop, step = 1;
        if (p.length == 2) {
            stop = bound(p[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = p[1] == PyNone.NONE ? 0 : bound(p[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            stop = bound(p[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (start < 0) start = 0;
            if (p.length == 4 && p[3] != PyNone.NONE) {
                Object s = Ops.indexOrNull(p[3]);
                step = s instanceof Long l ? l : -1;
                if (s == null || step < 1) throw Errors.valueError("Step for islice() must be a positive integer or None.");
            }
        }
        return new ISlice(cls, Iteration.cursor(p[0]), start, stop, step);
    }

    /** A bound: None is -1 (no limit); a negative or non-integer one is refused with {@code message}. */
    private static long bound(Object o, String message) {
        if (o == PyNone.NONE) return -1;
        Object v = Ops.indexOrNull(o);
        if (v == null) throw Errors.valueError(message);
        if (v instanceof java.math.BigInteger b) {
            if (b.signum() < 0) throw Errors.valueError(message);
            return Long.MAX_VALUE;
        }
        long l = (Long) v;
        if (l < 0) throw Errors.valueError(message);
        return l;
    }

    /** CPython's islice: consumes exactly up to the next selected index. */
    static final class ISlice extends PyIterator {
        private Iteration.Cursor source;
        private long next, count;
        private final long stop, step;

        ISlice(PyType t, Iteration.Cursor source, long start, long stop, long step) {
            super(t);
            this.source = source;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object next() {
            if (source == null) return null;
            while (count < next) {
                if (source.next() == null) return end();
                count++;
            }
            if (stop != -1 && count >= stop) return end();
            Object v = source.next();
            if (v == null) return end();
            count++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return v;
        }

        private Object end() {
            source = null;
            return null;
        }
    }
}
