package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code compress}, {@code dropwhile}, {@code takewhile}, {@code filterfalse} and {@code islice}. */
final class FilteringIterators {
    private FilteringIterators() {}

    static final PyType COMPRESS = Types.withParser("compress", new ArgParser("compress", new String[] {"data", "selectors"}, 0, 2, 2),
            (cls, p) -> new Compress(cls, Ops.iter(p[0]), Ops.iter(p[1])));
    static final PyType DROPWHILE = Types.positional("dropwhile", 2, 2,
            (cls, p) -> new While(cls, p[0], Ops.iter(p[1]), true));
    static final PyType TAKEWHILE = Types.positional("takewhile", 2, 2,
            (cls, p) -> new While(cls, p[0], Ops.iter(p[1]), false));
    static final PyType FILTERFALSE = Types.positional("filterfalse", 2, 2,
            (cls, p) -> new FilterFalse(cls, p[0], Ops.iter(p[1])));
    static final PyType ISLICE = Types.positional("islice", 2, 4, FilteringIterators::islice);

    static {
        // pickling as CPython 3.11's
        Types.reduce(COMPRESS, o -> Types.reduced(o, PyTuple.of(((Compress) o).dataIt, ((Compress) o).selectorsIt)));
        for (PyType t : new PyType[] {DROPWHILE, TAKEWHILE}) {
            Types.reduce(t, o -> {
                While w = (While) o;
                return Types.reduced(w, PyTuple.of(w.predicate, w.iterator), w.done ? 1L : 0L);
            });
            Types.setState(t, (o, state) -> ((While) o).done = Ops.isTrue(state));
        }
        Types.reduce(FILTERFALSE, o -> Types.reduced(o, PyTuple.of(((FilterFalse) o).predicate, ((FilterFalse) o).iterator)));
        Types.reduce(ISLICE, o -> ((ISlice) o).reduce());
        Types.setState(ISLICE, (o, state) -> ((ISlice) o).count = Ops.index(state));
    }

    static final class Compress extends PyIterator {
        final Object dataIt, selectorsIt;
        private Iteration.Cursor data, selectors;

        Compress(PyType t, Object data, Object selectors) {
            super(t);
            this.dataIt = data;
            this.selectorsIt = selectors;
            this.data = Iteration.iteratorCursor(data);
            this.selectors = Iteration.iteratorCursor(selectors);
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
        final Object predicate, iterator;
        private Iteration.Cursor source;
        private final boolean drop;
        /** dropwhile: the predicate was false once (CPython's "start"); takewhile: it was (CPython's "stop"). */
        boolean done;

        While(PyType t, Object predicate, Object iterator, boolean drop) {
            super(t);
            this.predicate = predicate;
            this.iterator = iterator;
            this.source = Iteration.iteratorCursor(iterator);
            this.drop = drop;
        }

        @Override
        public Object next() {
            if (source == null || (!drop && done)) return null;
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
                    done = true;
                    return null;
                }
            }
        }
    }

    static final class FilterFalse extends PyIterator {
        final Object predicate, iterator;
        private final Iteration.Cursor source;

        FilterFalse(PyType t, Object predicate, Object iterator) {
            super(t);
            this.predicate = predicate;
            this.iterator = iterator;
            this.source = Iteration.iteratorCursor(iterator);
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
        return new ISlice(cls, Ops.iter(p[0]), start, stop, step);
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
        private Object iterator;
        private Iteration.Cursor source;
        private long next;
        long count;
        private final long stop, step;

        ISlice(PyType t, Object iterator, long start, long stop, long step) {
            super(t);
            this.iterator = iterator;
            this.source = Iteration.iteratorCursor(iterator);
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        /** As CPython 3.11's: {@code (islice, (it, next, stop, step), count)}, an exhausted one over an empty list. */
        PyTuple reduce() {
            if (source == null) return Types.reduced(this, PyTuple.of(Ops.iter(new PyList()), 0L), 0L);
            return Types.reduced(this, PyTuple.of(iterator, next, stop == -1 ? PyNone.NONE : (Object) stop, step), count);
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
            iterator = null;
            return null;
        }
    }
}
