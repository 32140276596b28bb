package org.pyjit.runtime.modules.itertools;

import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/** The {@code itertools} module, all of it, in Java. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final ArgParser TEE_ARGS = new ArgParser("tee", new String[] {"iterable", "n"}, 2, 2, 1);

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        PyDict d = m.dict;
        d.putStr("__doc__", "Functional tools for creating and using iterators.");
        for (PyType t : new PyType[] {InfiniteIterators.COUNT, InfiniteIterators.CYCLE, InfiniteIterators.REPEAT,
            CombiningIterators.ACCUMULATE, CombiningIterators.CHAIN, FilteringIterators.COMPRESS, FilteringIterators.DROPWHILE,
            FilteringIterators.FILTERFALSE, CombiningIterators.GROUPBY, CombiningIterators.GROUPER, FilteringIterators.ISLICE,
            CombiningIterators.PAIRWISE, CombiningIterators.STARMAP, FilteringIterators.TAKEWHILE, CombiningIterators.ZIP_LONGEST,
            Combinatorics.PRODUCT, Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS,
            Combinatorics.COMBINATIONS_WITH_REPLACEMENT, Tee.TYPE}) {
            d.putStr(t.name, t);
        }
        d.putStr("tee", new PyBuiltinFunction("tee", "itertools", (args, kw) -> {
            Object[] p = TEE_ARGS.parse(args, kw, 0);
            return Tee.tee(p[0], p[1] == null ? 2 : Ops.index(p[1]));
        }));
        return m;
    }
}
