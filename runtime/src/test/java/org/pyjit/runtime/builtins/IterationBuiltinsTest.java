package org.pyjit.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.bytes;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.callKw;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyRange;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.StringRepr;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** len, iter, next, any, all, sum, sorted, min, max against CPython. */
class IterationBuiltinsTest {
    static final String PRELUDE = "def neg(x): return -x\ndef strlen(x): return len(x)\n";
    static final Object NEG = new PyBuiltinFunction("neg", null, (a, k) -> IntArith.neg(a[0]));
    static final Object STRLEN = new PyBuiltinFunction("strlen", null, (a, k) -> (long) StringRepr.codePointLength((String) a[0]));

    @BeforeAll
    static void boot() {
        Py.boot();
    }

    @Test
    void lenIterNext() {
        new Batch()
                .check("len('h\\u00e9\\U0001f600')", () -> call("len", "h\u00e9\uD83D\uDE00"))
                .check("len([1, 2, 3])", () -> call("len", list(1L, 2L, 3L)))
                .check("len((1,))", () -> call("len", tuple(1L)))
                .check("len({1: 2, 3: 4})", () -> {
                    PyDict d = new PyDict();
                    d.put(1L, 2L);
                    d.put(3L, 4L);
                    return call("len", d);
                })
                .check("len(1)", () -> call("len", 1L))
                .check("len()", () -> call("len"))
                .check("len([], x=1)", () -> callKw("len", new Object[] {list(), 1L}, "x"))
                .check("next(zip([7, 8]))", () -> call("next", Py.construct(ZipObject.TYPE, list(7L, 8L))))
                .check("next(zip([]), 5)", () -> call("next", Py.construct(ZipObject.TYPE, list()), 5L))
                .check("next(zip([]))", () -> call("next", Py.construct(ZipObject.TYPE, list())))
                .check("next(1)", () -> call("next", 1L))
                .check("next()", () -> call("next"))
                .check("next(zip([]), 1, 2)", () -> call("next", Py.construct(ZipObject.TYPE, list()), 1L, 2L))
                .check("iter(zip()) is not None", () -> call("iter", Py.construct(ZipObject.TYPE)) != null)
                .check("iter(1)", () -> call("iter", 1L))
                .check("iter(1, 2)", () -> call("iter", 1L, 2L))
                .check("iter()", () -> call("iter"))
                .check("iter([], x=1)", () -> callKw("iter", new Object[] {list(), 1L}, "x"))
                .check("list(iter([1, 2, 3, 1, 4].pop, 1))", () -> {
                    PyList l = list(1L, 2L, 3L, 1L, 4L);
                    Object pop = new PyBuiltinFunction("pop", null, (a, k) -> l.items[--l.size]);
                    return Py.drain(call("iter", pop, 1L));
                })
                .run();
    }

    @Test
    void anyAllSum() {
        new Batch()
                .check("any([0, '', 3])", () -> call("any", list(0L, "", 3L)))
                .check("any([])", () -> call("any", list()))
                .check("all([1, 'a', ()])", () -> call("all", list(1L, "a", tuple())))
                .check("all([])", () -> call("all", list()))
                .check("any(1)", () -> call("any", 1L))
                .check("all(1, 2)", () -> call("all", 1L, 2L))
                .check("sum([1, 2, 3])", () -> call("sum", list(1L, 2L, 3L)))
                .check("sum([2**62, 2**62, 2**62])", () -> call("sum", list(1L << 62, 1L << 62, 1L << 62)))
                .check("sum([True, True, 2])", () -> call("sum", list(true, true, 2L)))
                .check("sum([0.1] * 10)", () -> call("sum", list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)))
                .check("sum([1, 0.5, 2**70])", () -> call("sum", list(1L, 0.5, big("1180591620717411303424"))))
                .check("sum(range(101))", () -> call("sum", new PyRange(0, 101, 1)))
                .check("sum([1, 2], 10)", () -> call("sum", list(1L, 2L), 10L))
                .check("sum([1, 2], start=10)", () -> callKw("sum", new Object[] {list(1L, 2L), 10L}, "start"))
                .check("sum(['a'])", () -> call("sum", list("a")))
                .check("sum([], 'a')", () -> call("sum", list(), "a"))
                .check("sum([b'a'], b'')", () -> call("sum", list(bytes("a")), bytes("")))
                .check("sum([1], bytearray())", () -> call("sum", list(1L), new PyBytes(BuiltinTypes.BYTEARRAY, new byte[0])))
                .check("sum(1)", () -> call("sum", 1L))
                .check("sum()", () -> call("sum"))
                .check("sum(start=1)", () -> callKw("sum", new Object[] {1L}, "start"))
                .check("sum([1], 2, 3)", () -> call("sum", list(1L), 2L, 3L))
                .check("sum([1], start=1, x=2)", () -> callKw("sum", new Object[] {list(1L), 1L, 2L}, "start", "x"))
                .run();
    }

    @Test
    void sortedStableWithKeyAndReverse() {
        new Batch(PRELUDE)
                .check("sorted([3, 1, 2])", () -> call("sorted", list(3L, 1L, 2L)))
                .check("sorted('banana')", () -> call("sorted", "banana"))
                .check("sorted((3, 1, 2), reverse=True)", () -> callKw("sorted", new Object[] {tuple(3L, 1L, 2L), true}, "reverse"))
                .check("sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=strlen)",
                        () -> callKw("sorted", new Object[] {list("bb", "a", "ccc", "dd", "e"), STRLEN}, "key"))
                .check("sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=strlen, reverse=True)",
                        () -> callKw("sorted", new Object[] {list("bb", "a", "ccc", "dd", "e"), STRLEN, true}, "key", "reverse"))
                .check("sorted([5, 3, 9], key=neg)", () -> callKw("sorted", new Object[] {list(5L, 3L, 9L), NEG}, "key"))
                .check("sorted([3, 1], key=None)", () -> callKw("sorted", new Object[] {list(3L, 1L), PyNone.NONE}, "key"))
                .check("sorted([1, 'a'])", () -> call("sorted", list(1L, "a")))
                .check("sorted()", () -> call("sorted"))
                .check("sorted(iterable=[1])", () -> callKw("sorted", new Object[] {list(1L)}, "iterable"))
                .check("sorted(5)", () -> call("sorted", 5L))
                .run();
        PyList in = list(2L, 1L);
        Object out = call("sorted", in);
        assertNotSame(in, out, "sorted returns a new list");
        assertEquals(2L, in.items[0], "sorted leaves its argument alone");
    }

    @Test
    void minMax() {
        new Batch(PRELUDE)
                .check("max([3, 9, 2])", () -> call("max", list(3L, 9L, 2L)))
                .check("min(3, 9, 2)", () -> call("min", 3L, 9L, 2L))
                .check("max('abc')", () -> call("max", "abc"))
                .check("max((1, 2), 'b', 'a', key=len)", () -> callKw("max", new Object[] {tuple(1L, 2L), "b", "a", Py.builtin("len")}, "key"))
                .check("min(1, 2, 3, key=neg)", () -> callKw("min", new Object[] {1L, 2L, 3L, NEG}, "key"))
                .check("max(['aa', 'b', 'cc'], key=strlen)", () -> callKw("max", new Object[] {list("aa", "b", "cc"), STRLEN}, "key"))
                .check("min(['aa', 'b', 'c'], key=strlen)", () -> callKw("min", new Object[] {list("aa", "b", "c"), STRLEN}, "key"))
                .check("max([], default=5)", () -> callKw("max", new Object[] {list(), 5L}, "default"))
                .check("min([3, 1], default=None)", () -> callKw("min", new Object[] {list(3L, 1L), PyNone.NONE}, "default"))
                .check("max([1], key=None)", () -> callKw("max", new Object[] {list(1L), PyNone.NONE}, "key"))
                .check("max()", () -> call("max"))
                .check("max(1)", () -> call("max", 1L))
                .check("max([])", () -> call("max", list()))
                .check("min(())", () -> call("min", tuple()))
                .check("max((), key=len)", () -> callKw("max", new Object[] {tuple(), Py.builtin("len")}, "key"))
                .check("max(1, 2, default=3)", () -> callKw("max", new Object[] {1L, 2L, 3L}, "default"))
                .check("max(1, 2, foo=1)", () -> callKw("max", new Object[] {1L, 2L, 1L}, "foo"))
                .check("min([1, 2], key=len, default=1, x=2)",
                        () -> callKw("min", new Object[] {list(1L, 2L), Py.builtin("len"), 1L, 2L}, "key", "default", "x"))
                .check("max(iterable=[1])", () -> callKw("max", new Object[] {list(1L)}, "iterable"))
                .check("max([1, 'a'])", () -> call("max", list(1L, "a")))
                .run();
    }

    @Test
    void iterationSeesListGrowthAndDictChanges() {
        // appending during sum's iteration is seen (list iterators re-read the length), as in CPython
        PyList l = list(1L, 2L);
        Object f = new PyBuiltinFunction("grow", null, (a, k) -> {
            if (l.size < 5) l.append(1L);
            return a[0];
        });
        new Batch("l = [1, 2]\ndef grow(x):\n    if len(l) < 5: l.append(1)\n    return x\n")
                .check("sum(map(grow, l))", () -> call("sum", Py.construct(MapObject.TYPE, f, l)))
                .run();
        PyDict d = new PyDict();
        d.put(1L, 1L);
        d.put(2L, 2L);
        Object adder = new PyBuiltinFunction("add", null, (a, k) -> {
            d.put(10L, 10L);
            return a[0];
        });
        new Batch("d = {1: 1, 2: 2}\ndef add(x):\n    d[10] = 10\n    return x\n")
                .check("sum(map(add, d))", () -> call("sum", Py.construct(MapObject.TYPE, adder, d)))
                .run();
    }
}
