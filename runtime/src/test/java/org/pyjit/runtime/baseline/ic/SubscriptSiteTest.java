package org.pyjit.runtime.baseline.ic;

import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.IcScenario;

/** Subscript loads and stores: lists, tuples, dicts, Python classes with item methods, and their invalidation. */
class SubscriptSiteTest {
    private static final MethodType GET = MethodType.methodType(Object.class, Object.class, Object.class);
    private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class, Object.class);

    private static final String SETUP = """
            lst = [10, 20, 30]
            tup = (1, 2)
            d = {'a': 1}
            class Grid:
                def __getitem__(self, k):
                    return ('get', k)
                def __setitem__(self, k, v):
                    self.last = (k, v)
            g = Grid()
            def setitem(o, k, v):
                o[k] = v
            """;

    @Test
    void builtinContainersAndErrors() {
        SubscriptSite get = new SubscriptSite(GET);
        new IcScenario(SETUP)
                .check("lst[1]", t -> invoke(get, t.eval("lst"), 1L))
                .check("lst[-1]", t -> invoke(get, t.eval("lst"), -1L))
                .check("lst[5]", t -> invoke(get, t.eval("lst"), 5L))
                .check("lst[1:]", t -> invoke(get, t.eval("lst"), t.eval("slice(1, None)")))
                .expectState(get, MONOMORPHIC)
                .check("tup[-2]", t -> invoke(get, t.eval("tup"), -2L))
                .check("d['a']", t -> invoke(get, t.eval("d"), "a"))
                .check("d['zz']", t -> invoke(get, t.eval("d"), "zz"))
                .check("'abc'[1]", t -> invoke(get, "abc", 1L))
                .expectState(get, POLYMORPHIC)
                .check("5[0]", t -> invoke(get, 5L, 0L))
                .expectState(get, MEGAMORPHIC)
                .check("lst[0]", t -> invoke(get, t.eval("lst"), 0L))
                .verify();
    }

    @Test
    void strItemsAndSlicesOnTheStrFastPath() {
        SubscriptSite get = new SubscriptSite(GET);
        new IcScenario(SETUP + "s = 'h\\U0001F600llo'\n")
                .check("s[1]", t -> invoke(get, t.eval("s"), 1L))
                .check("s[2]", t -> invoke(get, t.eval("s"), 2L))
                .check("s[-1]", t -> invoke(get, t.eval("s"), -1L))
                .check("s[5]", t -> invoke(get, t.eval("s"), 5L))
                .check("s[-6]", t -> invoke(get, t.eval("s"), -6L))
                .check("s[1:3]", t -> invoke(get, t.eval("s"), t.eval("slice(1, 3)")))
                .check("s[::-2]", t -> invoke(get, t.eval("s"), t.eval("slice(None, None, -2)")))
                .check("s[True]", t -> invoke(get, t.eval("s"), t.eval("True")))
                .check("s['x']", t -> invoke(get, t.eval("s"), "x"))
                .check("s[2**70]", t -> invoke(get, t.eval("s"), t.eval("2**70")))
                .expectState(get, MONOMORPHIC)
                .verify();
    }

    @Test
    void storesAndPythonItemMethods() {
        SubscriptSite set = new SubscriptSite(SET);
        SubscriptSite get = new SubscriptSite(GET);
        new IcScenario(SETUP)
                .check("(lst.__setitem__(0, 'x'), lst)[1]", t -> {
                    invoke(set, t.eval("lst"), 0L, "x");
                    return t.eval("lst");
                })
                .check("setitem(lst, 9, 'x')", t -> {
                    invoke(set, t.eval("lst"), 9L, "x");
                    return null;
                })
                .check("(d.__setitem__('b', 2), d)[1]", t -> {
                    invoke(set, t.eval("d"), "b", 2L);
                    return t.eval("d");
                })
                .check("(g.__setitem__(1, 2), g.last)[1]", t -> {
                    invoke(set, t.eval("g"), 1L, 2L);
                    return t.eval("g.last");
                })
                .check("g[3]", t -> invoke(get, t.eval("g"), 3L))
                .exec("Grid.__getitem__ = lambda self, k: 'replaced'")
                .check("g[3]", t -> invoke(get, t.eval("g"), 3L))
                .exec("del Grid.__getitem__")
                .check("g[3]", t -> invoke(get, t.eval("g"), 3L))
                .check("setitem(tup, 0, 1)", t -> {
                    invoke(set, t.eval("tup"), 0L, 1L);
                    return null;
                })
                .verify();
    }

    @Test
    void builtinTypesThroughTheirItemMethods() {
        SubscriptSite get = new SubscriptSite(GET);
        SubscriptSite set = new SubscriptSite(SET);
        new IcScenario(SETUP + "r = range(10, 20, 3)\nba = bytearray(b'abc')\n")
                .check("r[2]", t -> invoke(get, t.eval("r"), 2L))
                .check("r[-1]", t -> invoke(get, t.eval("r"), -1L))
                .check("r[9]", t -> invoke(get, t.eval("r"), 9L))
                .check("r['x']", t -> invoke(get, t.eval("r"), "x"))
                .check("'abc'[-1]", t -> invoke(get, "abc", -1L))
                .check("b'xyz'[0]", t -> invoke(get, t.eval("b'xyz'"), 0L))
                .check("(ba.__setitem__(0, 65), ba)[1]", t -> {
                    invoke(set, t.eval("ba"), 0L, 65L);
                    return t.eval("ba");
                })
                .check("setitem(ba, 0, 300)", t -> {
                    invoke(set, t.eval("ba"), 0L, 300L);
                    return null;
                })
                .verify();
    }
}
