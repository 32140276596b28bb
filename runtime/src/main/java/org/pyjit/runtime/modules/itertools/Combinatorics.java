package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.builtins.Iteration;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** {@code product}, {@code permutations}, {@code combinations}, {@code combinations_with_replacement}. */
final class Combinatorics {
    private Combinatorics() {}

    static final PyType PRODUCT = productType();
    static final PyType PERMUTATIONS = Types.withParser("permutations",
            new ArgParser("permutations", new String[] {"iterable", "r"}, 0, 2, 1), (cls, p) -> {
                Object[] pool = Iteration.toArray(p[0]);
                long r = p[1] == null || p[1] == PyNone.NONE ? pool.length : nonNegative(p[1]);
                return new Permutations(cls, pool, r);
            });
    static final PyType COMBINATIONS = Types.withParser("combinations",
            new ArgParser("combinations", new String[] {"iterable", "r"}, 0, 2, 2),
            (cls, p) -> new Combinations(cls, Iteration.toArray(p[0]), nonNegative(p[1]), false));
    static final PyType COMBINATIONS_WITH_REPLACEMENT = Types.withParser("combinations_with_replacement",
            new ArgParser("combinations_with_replacement", new String[] {"iterable", "r"}, 0, 2, 2),
            (cls, p) -> new Combinations(cls, Iteration.toArray(p[0]), nonNegative(p[1]), true));

    static {
        installPickling();
    }

    /**
     * {@code __reduce__}/{@code __setstate__} as CPython 3.11's: the pools (and r), then the indices
     * of the last result (permutations: the indices and the cycles) as the state, each clamped into
     * its range when restored.
     */
    private static void installPickling() {
        Types.reduce(PRODUCT, o -> {
            Product p = (Product) o;
            if (p.done) return Types.reduced(p, PyTuple.of(PyTuple.of()));
            Object[] pools = new Object[p.pools.length];
            for (int i = 0; i < pools.length; i++) pools[i] = new PyTuple(p.pools[i]);
            if (p.indices == null) return Types.reduced(p, new PyTuple(pools));
            return Types.reduced(p, new PyTuple(pools), longs(p.indices));
        });
        Types.setState(PRODUCT, (o, state) -> {
            Product p = (Product) o;
            Object[] s = Types.stateTuple(state);
            if (s.length != p.pools.length && p.pools.length != 0) throw Errors.valueError("invalid arguments");
            int[] idx = new int[p.pools.length];
            for (int i = 0; i < idx.length; i++) {
                int n = p.pools[i].length;
                if (n == 0) {
                    p.done = true;
                    return;
                }
                idx[i] = clamp(Ops.index(s[i]), 0, n - 1);
            }
            p.indices = idx;
        });
        for (PyType t : new PyType[] {COMBINATIONS, COMBINATIONS_WITH_REPLACEMENT}) {
            Types.reduce(t, o -> {
                Combinations c = (Combinations) o;
                if (c.indices == null) return Types.reduced(c, PyTuple.of(new PyTuple(c.pool), (long) c.r));
                if (c.done) return Types.reduced(c, PyTuple.of(PyTuple.of(), (long) c.r));
                return Types.reduced(c, PyTuple.of(new PyTuple(c.pool), (long) c.r), longs(c.indices));
            });
            Types.setState(t, (o, state) -> {
                Combinations c = (Combinations) o;
                Object[] s = Types.stateTuple(state);
                if (s.length != c.r) throw Errors.valueError("invalid arguments");
                int n = c.pool.length;
                int[] idx = new int[c.r];
                for (int i = 0; i < c.r; i++) {
                    int max = c.replace ? n - 1 : i + n - c.r;
                    idx[i] = clamp(Ops.index(s[i]), 0, max);
                }
                c.indices = idx;
            });
        }
        Types.reduce(PERMUTATIONS, o -> {
            Permutations p = (Permutations) o;
            if (p.indices == null) return Types.reduced(p, PyTuple.of(new PyTuple(p.pool), (long) p.r));
            if (p.done) return Types.reduced(p, PyTuple.of(PyTuple.of(), (long) p.r));
            return Types.reduced(p, PyTuple.of(new PyTuple(p.pool), (long) p.r), PyTuple.of(longs(p.indices), longs(p.cycles)));
        });
        Types.setState(PERMUTATIONS, (o, state) -> {
            Permutations p = (Permutations) o;
            Object[] s = Types.stateTuple(state);
            if (s.length != 2) throw Errors.valueError("invalid arguments");
            Object[] ind = Types.stateTuple(s[0]), cyc = Types.stateTuple(s[1]);
            int n = p.pool.length;
            if (ind.length != n || cyc.length != p.r) throw Errors.valueError("invalid arguments");
            int[] indices = new int[n], cycles = new int[p.r];
            for (int i = 0; i < n; i++) indices[i] = clamp(Ops.index(ind[i]), 0, n - 1);
            for (int i = 0; i < p.r; i++) cycles[i] = clamp(Ops.index(cyc[i]), 1, n - i);
            p.indices = indices;
            p.cycles = cycles;
        });
    }

    private static int clamp(long v, int lo, int hi) {
        return (int) Math.max(lo, Math.min(v, hi));
    }

    private static PyTuple longs(int[] values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (long) values[i];
        return new PyTuple(out);
    }

    private static long nonNegative(Object o) {
        long r = Ops.index(o);
        if (r < 0) throw Errors.valueError("r must be non-negative");
        return r;
    }

    private static PyType productType() {
        PyType t = PyIterator.makeType("product");
        t.namespace.putStr("__module__", "itertools");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            long repeat = 1;
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].equals("repeat")) throw Errors.typeError("product() got an unexpected keyword argument '" + kw[i] + "'");
                repeat = Ops.index(args[args.length - nkw + i]);
                if (repeat < 0) throw Errors.valueError("repeat argument cannot be negative");
            }
            int n = args.length - nkw - 1;
            Object[][] base = new Object[n][];
            for (int i = 0; i < n; i++) base[i] = Iteration.toArray(args[i + 1]);
            if ((long) n * repeat > Integer.MAX_VALUE) throw Errors.overflow("repeat argument too large");
            Object[][] pools = new Object[(int) (n * repeat)][];
            for (int r = 0; r < repeat; r++) System.arraycopy(base, 0, pools, r * n, n);
            return new Product((PyType) args[0], pools);
        }));
        return t;
    }

    static final class Product extends PyIterator {
        final Object[][] pools;
        int[] indices;
        boolean done;

        Product(PyType t, Object[][] pools) {
            super(t);
            this.pools = pools;
            for (Object[] p : pools) if (p.length == 0) done = true;
        }

        @Override
        public Object next() {
            if (done) return null;
            if (indices == null) {
                indices = new int[pools.length];
            } else {
                int i = pools.length - 1;
                while (i >= 0 && ++indices[i] == pools[i].length) indices[i--] = 0;
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] out = new Object[pools.length];
            for (int i = 0; i < out.length; i++) out[i] = pools[i][indices[i]];
            return new PyTuple(out);
        }
    }

    static final class Permutations extends PyIterator {
        final Object[] pool;
        final int r;
        int[] indices, cycles;
        boolean done;

        Permutations(PyType t, Object[] pool, long r) {
            super(t);
            this.pool = pool;
            this.r = (int) Math.min(r, Integer.MAX_VALUE);
            this.done = r > pool.length;
        }

        @Override
        public Object next() {
            if (done) return null;
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                for (int i = 0; i < n; i++) indices[i] = i;
                cycles = new int[r];
                for (int i = 0; i < r; i++) cycles[i] = n - i;
                return emit();
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[j];
                    indices[j] = tmp;
                    return emit();
                }
            }
            done = true;
            return null;
        }

        private PyTuple emit() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return new PyTuple(out);
        }
    }

    /** combinations and, with {@code replace}, combinations_with_replacement. */
    static final class Combinations extends PyIterator {
        final Object[] pool;
        final int r;
        final boolean replace;
        int[] indices;
        boolean done;

        Combinations(PyType t, Object[] pool, long r, boolean replace) {
            super(t);
            this.pool = pool;
            this.r = (int) Math.min(r, Integer.MAX_VALUE);
            this.replace = replace;
            this.done = replace ? (pool.length == 0 && r > 0) : r > pool.length;
        }

        @Override
        public Object next() {
            if (done) return null;
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                if (!replace) for (int i = 0; i < r; i++) indices[i] = i;
                return emit();
            }
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            } else {
                while (i >= 0 && indices[i] == i + n - r) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            }
            return emit();
        }

        private PyTuple emit() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
            return new PyTuple(out);
        }
    }
}
