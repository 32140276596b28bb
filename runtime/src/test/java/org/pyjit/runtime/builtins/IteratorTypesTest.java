package org.pyjit.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.construct;
import static org.pyjit.runtime.testutil.Py.constructKw;
import static org.pyjit.runtime.testutil.Py.drain;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** enumerate, zip, map, filter, reversed and iter(callable, sentinel) against CPython. */
class IteratorTypesTest {
    static final Object NEG = new PyBuiltinFunction("neg", null, (a, k) -> IntArith.neg(a[0]));
    static final Object ADD = new PyBuiltinFunction("add", null, (a, k) -> IntArith.add(a[0], a[1]));

    @BeforeAll
    static void boot() {
        Py.boot();
    }

    @Test
    void enumerate() {
        new Batch()
                .check("list(enumerate('ab'))", () -> drain(construct(EnumerateObject.TYPE, "ab")))
                .check("list(enumerate('ab', start=5))", () -> drain(constructKw(EnumerateObject.TYPE, new Object[] {"ab", 5L}, "start")))
                .check("list(enumerate(iterable=[1], start=-2))",
                        () -> drain(constructKw(EnumerateObject.TYPE, new Object[] {list(1L), -2L}, "iterable", "start")))
                .check("list(enumerate([1, 2], 2**63-1))", () -> drain(construct(EnumerateObject.TYPE, list(1L, 2L), Long.MAX_VALUE)))
                .check("list(enumerate([1], 2**70))", () -> drain(construct(EnumerateObject.TYPE, list(1L), big("1180591620717411303424"))))
                .check("list(enumerate([1], True))", () -> drain(construct(EnumerateObject.TYPE, list(1L), true)))
                .check("enumerate([1], start='a')", () -> constructKw(EnumerateObject.TYPE, new Object[] {list(1L), "a"}, "start"))
                .check("enumerate()", () -> construct(EnumerateObject.TYPE))
                .check("enumerate([1], 2, 3)", () -> construct(EnumerateObject.TYPE, list(1L), 2L, 3L))
                .check("enumerate([], star=1)", () -> constructKw(EnumerateObject.TYPE, new Object[] {list(), 1L}, "star"))
                .check("enumerate([1], iterable=[2])", () -> constructKw(EnumerateObject.TYPE, new Object[] {list(1L), list(2L)}, "iterable"))
                .check("enumerate(5)", () -> construct(EnumerateObject.TYPE, 5L))
                .run();
    }

    @Test
    void zip() {
        new Batch()
                .check("list(zip([1, 2, 3], 'ab'))", () -> drain(construct(ZipObject.TYPE, list(1L, 2L, 3L), "ab")))
                .check("list(zip())", () -> drain(construct(ZipObject.TYPE)))
                .check("list(zip((1, 2)))", () -> drain(construct(ZipObject.TYPE, tuple(1L, 2L))))
                .check("list(zip([1, 2], [3, 4], strict=True))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L, 2L), list(3L, 4L), true}, "strict")))
                .check("list(zip([1, 2], [3], strict=True))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L, 2L), list(3L), true}, "strict")))
                .check("list(zip([1], [2, 3], strict=True))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L), list(2L, 3L), true}, "strict")))
                .check("list(zip([1], [2], [3, 4], strict=True))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L), list(2L), list(3L, 4L), true}, "strict")))
                .check("list(zip([1, 2], [3, 4], [5], strict=True))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L, 2L), list(3L, 4L), list(5L), true}, "strict")))
                .check("list(zip([1, 2], [3], strict=False))",
                        () -> drain(constructKw(ZipObject.TYPE, new Object[] {list(1L, 2L), list(3L), false}, "strict")))
                .check("zip(x=1)", () -> constructKw(ZipObject.TYPE, new Object[] {1L}, "x"))
                .check("zip([1], strict=True, x=1)", () -> constructKw(ZipObject.TYPE, new Object[] {list(1L), true, 1L}, "strict", "x"))
                .check("zip(1)", () -> construct(ZipObject.TYPE, 1L))
                .run();
    }

    @Test
    void mapAndFilter() {
        new Batch("def neg(x): return -x\ndef add(a, b): return a + b\n")
                .check("list(map(neg, [1, 2]))", () -> drain(construct(MapObject.TYPE, NEG, list(1L, 2L))))
                .check("list(map(add, [1, 2, 3], (10, 20)))", () -> drain(construct(MapObject.TYPE, ADD, list(1L, 2L, 3L), tuple(10L, 20L))))
                .check("list(map(len, ['ab', (1,)]))", () -> drain(construct(MapObject.TYPE, Py.builtin("len"), list("ab", tuple(1L)))))
                .check("map(len)", () -> construct(MapObject.TYPE, Py.builtin("len")))
                .check("map()", () -> construct(MapObject.TYPE))
                .check("map(len, [1], x=1)", () -> constructKw(MapObject.TYPE, new Object[] {Py.builtin("len"), list(1L), 1L}, "x"))
                .check("list(map(len, [1]))", () -> drain(construct(MapObject.TYPE, Py.builtin("len"), list(1L))))
                .check("list(filter(None, [0, 1, '', 'a', None]))",
                        () -> drain(construct(FilterObject.TYPE, PyNone.NONE, list(0L, 1L, "", "a", PyNone.NONE))))
                .check("list(filter(bool, [0, 2]))", () -> drain(construct(FilterObject.TYPE, BuiltinTypes.BOOL, list(0L, 2L))))
                .check("list(filter(neg, [0, 3, 0]))", () -> drain(construct(FilterObject.TYPE, NEG, list(0L, 3L, 0L))))
                .check("filter(None)", () -> construct(FilterObject.TYPE, PyNone.NONE))
                .check("filter()", () -> construct(FilterObject.TYPE))
                .check("filter(None, [], x=1)", () -> constructKw(FilterObject.TYPE, new Object[] {PyNone.NONE, list(), 1L}, "x"))
                .run();
    }

    @Test
    void reversed() {
        PyType seq = new Py.ClassBuilder("Seq")
                .method("__len__", (a, kw) -> 3L)
                .method("__getitem__", (a, kw) -> IntArith.mul(a[1], 10L))
                .build();
        PyType own = new Py.ClassBuilder("Own").method("__reversed__", (a, kw) -> "own").build();
        PyType blocked = new Py.ClassBuilder("Blocked").attr("__reversed__", PyNone.NONE)
                .method("__len__", (a, kw) -> 1L).method("__getitem__", (a, kw) -> 1L).build();
        PyType noLen = new Py.ClassBuilder("NoLen").method("__getitem__", (a, kw) -> 1L).build();
        new Batch("class NoLen:\n    def __getitem__(self, i): return 1\n"
                + "class Seq:\n    def __len__(self): return 3\n    def __getitem__(self, i): return i * 10\n"
                + "class Own:\n    def __reversed__(self): return 'own'\n"
                + "class Blocked:\n    __reversed__ = None\n    def __len__(self): return 1\n    def __getitem__(self, i): return 1\n")
                .check("list(reversed('ab\\U0001f600'))", () -> drain(construct(ReversedObject.TYPE, "ab\uD83D\uDE00")))
                .check("list(reversed((1, 2, 3)))", () -> drain(construct(ReversedObject.TYPE, tuple(1L, 2L, 3L))))
                .check("list(reversed(Seq()))", () -> drain(construct(ReversedObject.TYPE, Py.instance(seq))))
                .check("reversed(Own())", () -> construct(ReversedObject.TYPE, Py.instance(own)))
                .check("reversed(Blocked())", () -> construct(ReversedObject.TYPE, Py.instance(blocked)))
                .check("reversed(1)", () -> construct(ReversedObject.TYPE, 1L))
                .check("reversed(NoLen())", () -> construct(ReversedObject.TYPE, Py.instance(noLen)))
                .check("reversed()", () -> construct(ReversedObject.TYPE))
                .check("reversed((), ())", () -> construct(ReversedObject.TYPE, tuple(), tuple()))
                .check("reversed((), x=1)", () -> constructKw(ReversedObject.TYPE, new Object[] {tuple(), 1L}, "x"))
                .check("reversed((1, 2)).__length_hint__()",
                        () -> Ops.call(Ops.getAttr(construct(ReversedObject.TYPE, tuple(1L, 2L)), "__length_hint__")))
                .run();
    }

    @Test
    void subclassNextOverridesAreHonoured() {
        PyType sub = new Py.ClassBuilder("E", EnumerateObject.TYPE).method("__next__", (a, kw) -> "overridden").build();
        Object it = construct(sub, list(1L, 2L));
        assertEquals(sub, Ops.typeOf(it));
        assertEquals("overridden", Ops.next(it));
        assertEquals("overridden", Iteration.cursor(it).next());
        assertEquals("overridden", Iteration.iteratorCursor(it).next());
        Object plain = construct(EnumerateObject.TYPE, list(7L));
        assertEquals(tuple(0L, 7L).items[1], ((org.pyjit.runtime.objects.PyTuple) Iteration.cursor(plain).next()).items[1]);
    }

    @Test
    void typeNames() {
        new Batch()
                .check("[type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, "
                        + "type(filter(None, [])).__name__, type(reversed('ab')).__name__, type(iter(len, 1)).__name__]",
                        () -> list(EnumerateObject.TYPE.name, ZipObject.TYPE.name, MapObject.TYPE.name, FilterObject.TYPE.name,
                                Ops.typeOf(construct(ReversedObject.TYPE, "ab")).name,
                                Ops.typeOf(call("iter", Py.builtin("len"), 1L)).name))
                .run();
        assertEquals(EnumerateObject.TYPE, Py.builtin("enumerate"));
    }
}
