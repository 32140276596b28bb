package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyClassMethod;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;

/** {@code chain}, {@code accumulate}, {@code starmap}, {@code pairwise}, {@code zip_longest}, {@code groupby}. */
final class CombiningIterators {
    private CombiningIterators() {}

    static final PyType CHAIN = Types.positional("chain", 0, -1, (cls, p) -> new Chain(cls, Ops.iter(new PyTuple(p))));
    static final PyType ACCUMULATE = Types.withParser("accumulate",
            new ArgParser("accumulate", new String[] {"iterable", "func", "initial"}, 0, 2, 1),
            (cls, p) -> new Accumulate(cls, Ops.iter(p[0]), p[1] == null ? PyNone.NONE : p[1], p[2]));
    static final PyType STARMAP = Types.positional("starmap", 2, 2, (cls, p) -> new StarMap(cls, p[0], Ops.iter(p[1])));
    static final PyType PAIRWISE = Types.positional("pairwise", 1, 1, (cls, p) -> new Pairwise(cls, Iteration.cursor(p[0])));
    static final PyType ZIP_LONGEST = zipLongestType();
    static final PyType GROUPBY = Types.withParser("groupby", new ArgParser("groupby", new String[] {"iterable", "key"}, 0, 2, 1),
            (cls, p) -> new GroupBy(cls, Ops.iter(p[0]), p[1] == null ? PyNone.NONE : p[1]));
    static final PyType GROUPER = PyIterator.makeType("_grouper");

    static {
        CHAIN.namespace.putStr("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", null, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("from_iterable() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("from_iterable() takes exactly one argument (" + (a.length - 1) + " given)");
            return new Chain((PyType) a[0], Ops.iter(a[1]));
        })));
        org.pyjit.runtime.modules.GenericAlias.addClassGetItem(CHAIN);
        GROUPER.namespace.putStr("__module__", "itertools");
        installPickling();
    }

    /** {@code __reduce__}/{@code __setstate__} as CPython 3.11's. */
    private static void installPickling() {
        Types.reduce(CHAIN, o -> {
            Chain c = (Chain) o;
            if (c.source == null) return Types.reduced(c, PyTuple.of());
            return Types.reduced(c, PyTuple.of(), c.active == null ? PyTuple.of(c.source) : PyTuple.of(c.source, c.active));
        });
        Types.setState(CHAIN, (o, state) -> {
            Object[] s = Types.stateTuple(state);
            if (s.length < 1 || s.length > 2) throw Errors.typeError("chain state must be a tuple of 1 or 2 iterators");
            for (Object it : s) {
                if (Ops.typeOf(it).lookup("__next__") == null) throw Errors.typeError("Arguments must be iterators.");
            }
            Chain c = (Chain) o;
            c.setSource(s[0]);
            c.setActive(s.length == 2 ? s[1] : null);
        });
        Types.reduce(ACCUMULATE, o -> ((Accumulate) o).reduce());
        Types.setState(ACCUMULATE, (o, state) -> ((Accumulate) o).total = state);
        Types.reduce(STARMAP, o -> Types.reduced(o, PyTuple.of(((StarMap) o).func, ((StarMap) o).source)));
        Types.reduce(ZIP_LONGEST, o -> {
            ZipLongest z = (ZipLongest) o;
            Object[] its = new Object[z.iterators.length];
            for (int i = 0; i < its.length; i++) its[i] = z.sources[i] == null ? PyTuple.of() : z.iterators[i];
            return Types.reduced(z, new PyTuple(its), z.fill);
        });
        Types.setState(ZIP_LONGEST, (o, state) -> ((ZipLongest) o).fill = state);
        Types.reduce(GROUPBY, o -> {
            GroupBy g = (GroupBy) o;
            PyTuple args = PyTuple.of(g.source, g.keyfunc);
            if (g.tgtkey == null || g.currkey == null || g.currvalue == null) return Types.reduced(g, args);
            return Types.reduced(g, args, PyTuple.of(g.currkey, g.currvalue, g.tgtkey));
        });
        Types.setState(GROUPBY, (o, state) -> {
            Object[] s = Types.stateTuple(state);
            if (s.length != 3) throw Errors.typeError("groupby state must be (currkey, currvalue, tgtkey)");
            GroupBy g = (GroupBy) o;
            g.currkey = s[0];
            g.currvalue = s[1];
            g.tgtkey = s[2];
        });
        Types.reduce(GROUPER, o -> {
            Grouper gr = (Grouper) o;
            if (gr.parent.currgrouper != gr) {
                return PyTuple.of(org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("iter"), PyTuple.of(PyTuple.of()));
            }
            return Types.reduced(gr, PyTuple.of(gr.parent, gr.tgtkey));
        });
        GROUPER.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (a.length != 3 || !(a[1] instanceof GroupBy parent)) {
                throw Errors.typeError("_grouper() takes a groupby object and a key");
            }
            Grouper gr = new Grouper(parent, a[2]);
            parent.currgrouper = gr;
            return gr;
        }));
    }

    private static PyType zipLongestType() {
        PyType t = PyIterator.makeType("zip_longest");
        t.namespace.putStr("__module__", "itertools");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            Object fill = PyNone.NONE;
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].equals("fillvalue")) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument '" + kw[i] + "'");
                }
                fill = args[args.length - nkw + i];
            }
            int n = args.length - nkw - 1;
            Object[] iterators = new Object[n];
            for (int i = 0; i < n; i++) iterators[i] = Ops.iter(args[i + 1]);
            return new ZipLongest((PyType) args[0], iterators, fill);
        }));
        return t;
    }

    /** {@code chain}: the iterator over the iterables (null at the end) and the active one's iterator. */
    static final class Chain extends PyIterator {
        Object source, active;
        private Iteration.Cursor sourceCursor, activeCursor;

        Chain(PyType t, Object source) {
            super(t);
            setSource(source);
        }

        void setSource(Object it) {
            source = it;
            sourceCursor = it == null ? null : Iteration.iteratorCursor(it);
        }

        void setActive(Object it) {
            active = it;
            activeCursor = it == null ? null : Iteration.iteratorCursor(it);
        }

        @Override
        public Object next() {
            while (sourceCursor != null) {
                if (activeCursor == null) {
                    Object iterable = sourceCursor.next();
                    if (iterable == null) {
                        setSource(null);
                        return null;
                    }
                    setActive(Ops.iter(iterable));
                }
                Object v = activeCursor.next();
                if (v != null) return v;
                setActive(null);
            }
            return null;
        }
    }

    static final class Accumulate extends PyIterator {
        private final Object iterator;
        private final Iteration.Cursor source;
        private final Object func;
        Object total;
        private Object initial;

        Accumulate(PyType t, Object iterator, Object func, Object initial) {
            super(t);
            this.iterator = iterator;
            this.source = Iteration.iteratorCursor(iterator);
            this.func = func;
            this.initial = initial == PyNone.NONE ? null : initial;
        }

        @Override
        public Object next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object v = source.next();
            if (v == null) return null;
            if (total == null) total = v;
            else total = func == PyNone.NONE ? Ops.binary(total, v, BinaryOp.ADD) : Ops.call(func, total, v);
            return total;
        }

        /**
         * As CPython 3.11's: a pending initial value becomes {@code chain((initial,), it)}; a running
         * total that is None (which a None state cannot express: pickle skips it) pickles as
         * {@code islice(accumulate(chain((None,), it), func), 1, None)}; else the state is the total.
         */
        PyTuple reduce() {
            if (initial != null) {
                Object it = Ops.call(CHAIN, PyTuple.of(initial), iterator);
                return Types.reduced(this, PyTuple.of(it, func), PyNone.NONE);
            }
            if (total == PyNone.NONE) {
                Object it = Ops.call(CHAIN, PyTuple.of(total), iterator);
                it = Ops.call(Ops.typeOf(this), it, func);
                return PyTuple.of(FilteringIterators.ISLICE, PyTuple.of(it, 1L, PyNone.NONE));
            }
            return Types.reduced(this, PyTuple.of(iterator, func), total == null ? PyNone.NONE : total);
        }
    }

    static final class StarMap extends PyIterator {
        final Object func;
        final Object source;
        private final Iteration.Cursor cursor;

        StarMap(PyType t, Object func, Object source) {
            super(t);
            this.func = func;
            this.source = source;
            this.cursor = Iteration.iteratorCursor(source);
        }

        @Override
        public Object next() {
            Object args = cursor.next();
            if (args == null) return null;
            return Ops.call(func, args instanceof PyTuple t ? t.items : Iteration.toArray(args));
        }
    }

    static final class Pairwise extends PyIterator {
        private Iteration.Cursor source;
        private Object old;

        Pairwise(PyType t, Iteration.Cursor source) {
            super(t);
            this.source = source;
        }

        @Override
        public Object next() {
            // the source's __next__ may re-enter this iterator: work on local copies, as CPython's pairwise does
            Iteration.Cursor it = source;
            if (it == null) return null;
            Object first = old;
            if (first == null) {
                first = it.next();
                old = first;
                if (first == null) {
                    source = null;
                    return null;
                }
                it = source;
                if (it == null) {
                    old = null;
                    return null;
                }
            }
            Object v = it.next();
            if (v == null) {
                source = null;
                old = null;
                return null;
            }
            PyTuple pair = PyTuple.of(first, v);
            old = v;
            return pair;
        }
    }

    static final class ZipLongest extends PyIterator {
        final Object[] iterators;
        /** A cursor per iterator, null once that one is exhausted. */
        final Iteration.Cursor[] sources;
        Object fill;
        private int active;

        ZipLongest(PyType t, Object[] iterators, Object fill) {
            super(t);
            this.iterators = iterators;
            this.sources = new Iteration.Cursor[iterators.length];
            for (int i = 0; i < iterators.length; i++) sources[i] = Iteration.iteratorCursor(iterators[i]);
            this.fill = fill;
            this.active = sources.length;
        }

        @Override
        public Object next() {
            if (sources.length == 0 || active == 0) return null;
            Object[] items = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object v = sources[i] == null ? null : sources[i].next();
                if (v == null) {
                    if (sources[i] != null) {
                        sources[i] = null;
                        active--;
                        if (active == 0) return null;
                    }
                    v = fill;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    /** {@code groupby}: the state its groupers share, as CPython's (a grouper ends when the parent moves on). */
    static final class GroupBy extends PyIterator {
        final Object source;
        private final Iteration.Cursor cursor;
        final Object keyfunc;
        Object tgtkey, currkey, currvalue;
        Grouper currgrouper;

        GroupBy(PyType t, Object source, Object keyfunc) {
            super(t);
            this.source = source;
            this.cursor = Iteration.iteratorCursor(source);
            this.keyfunc = keyfunc;
        }

        /** Reads the next value and its key; false at the end. */
        boolean step() {
            Object v = cursor.next();
            if (v == null) return false;
            Object k = keyfunc == PyNone.NONE ? v : Ops.call(keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        public Object next() {
            currgrouper = null;
            while (true) {
                if (currkey != null) {
                    if (tgtkey == null || !Ops.eq(tgtkey, currkey)) break;
                }
                if (!step()) return null;
            }
            tgtkey = currkey;
            currgrouper = new Grouper(this, tgtkey);
            return PyTuple.of(currkey, currgrouper);
        }
    }

    static final class Grouper extends PyIterator {
        final GroupBy parent;
        final Object tgtkey;

        Grouper(GroupBy parent, Object tgtkey) {
            super(GROUPER);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        public Object next() {
            GroupBy g = parent;
            if (g.currgrouper != this) return null;
            if (g.currvalue == null && !g.step()) return null;
            if (!Ops.eq(tgtkey, g.currkey)) return null;
            Object r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }
}
