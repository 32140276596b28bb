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

    static final PyType CHAIN = Types.positional("chain", 0, -1, (cls, p) -> new Chain(cls, Iteration.cursor(new PyTuple(p))));
    static final PyType ACCUMULATE = Types.withParser("accumulate",
            new ArgParser("accumulate", new String[] {"iterable", "func", "initial"}, 0, 2, 1),
            (cls, p) -> new Accumulate(cls, Iteration.cursor(p[0]), p[1] == null ? PyNone.NONE : p[1], p[2]));
    static final PyType STARMAP = Types.positional("starmap", 2, 2, (cls, p) -> new StarMap(cls, p[0], Iteration.cursor(p[1])));
    static final PyType PAIRWISE = Types.positional("pairwise", 1, 1, (cls, p) -> new Pairwise(cls, Iteration.cursor(p[0])));
    static final PyType ZIP_LONGEST = zipLongestType();
    static final PyType GROUPBY = Types.withParser("groupby", new ArgParser("groupby", new String[] {"iterable", "key"}, 0, 2, 1),
            (cls, p) -> new GroupBy(cls, Iteration.cursor(p[0]), p[1] == null ? PyNone.NONE : p[1]));
    static final PyType GROUPER = PyIterator.makeType("_grouper");

    static {
        CHAIN.namespace.putStr("from_iterable", new PyClassMethod(new PyBuiltinFunction("from_iterable", null, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("from_iterable() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("from_iterable() takes exactly one argument (" + (a.length - 1) + " given)");
            return new Chain((PyType) a[0], Iteration.cursor(a[1]));
        })));
        org.pyjit.runtime.modules.GenericAlias.addClassGetItem(CHAIN);
        GROUPER.namespace.putStr("__module__", "itertools");
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
            Iteration.Cursor[] sources = new Iteration.Cursor[n];
            for (int i = 0; i < n; i++) sources[i] = Iteration.cursor(args[i + 1]);
            return new ZipLongest((PyType) args[0], sources, fill);
        }));
        return t;
    }

    static final class Chain extends PyIterator {
        private Iteration.Cursor sources;
        private Iteration.Cursor active;

        Chain(PyType t, Iteration.Cursor sources) {
            super(t);
            this.sources = sources;
        }

        @Override
        public Object next() {
            while (sources != null) {
                if (active == null) {
                    Object iterable = sources.next();
                    if (iterable == null) {
                        sources = null;
                        return null;
                    }
                    active = Iteration.cursor(iterable);
                }
                Object v = active.next();
                if (v != null) return v;
                active = null;
            }
            return null;
        }
    }

    static final class Accumulate extends PyIterator {
        private final Iteration.Cursor source;
        private final Object func;
        private Object total, initial;

        Accumulate(PyType t, Iteration.Cursor source, Object func, Object initial) {
            super(t);
            this.source = source;
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
    }

    static final class StarMap extends PyIterator {
        private final Object func;
        private final Iteration.Cursor source;

        StarMap(PyType t, Object func, Iteration.Cursor source) {
            super(t);
            this.func = func;
            this.source = source;
        }

        @Override
        public Object next() {
            Object args = source.next();
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
        private final Iteration.Cursor[] sources;
        private final Object fill;
        private int active;

        ZipLongest(PyType t, Iteration.Cursor[] sources, Object fill) {
            super(t);
            this.sources = sources;
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
        private final Iteration.Cursor source;
        private final Object keyfunc;
        Object tgtkey, currkey, currvalue;
        Grouper currgrouper;

        GroupBy(PyType t, Iteration.Cursor source, Object keyfunc) {
            super(t);
            this.source = source;
            this.keyfunc = keyfunc;
        }

        /** Reads the next value and its key; false at the end. */
        boolean step() {
            Object v = source.next();
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
        private final GroupBy parent;
        private final Object tgtkey;

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
