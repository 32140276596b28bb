package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.ContainerCases.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** {@code list} against CPython: every method, the dunders, and their error messages. */
class ListMethodsTest {

    /** Runs {@code body} on {@code l} and returns {@code l} (for mutating methods). */
    private static Object after(PyList l, java.util.function.Consumer<PyList> body) {
        body.accept(l);
        return l;
    }

    private static PySlice slice(Object a, Object b, Object c) {
        return new PySlice(py(a), py(b), py(c));
    }

    @Test
    void methods() {
        new ContainerCases()
                .add("(lambda l: (l.append(4), l)[-1])([1,2,3])", () -> after(list(1, 2, 3), l -> m(l, "append", 4)))
                .add("[].append()", () -> m(list(), "append"))
                .add("[].append(1, 2)", () -> m(list(), "append", 1, 2))
                .add("[].append(x=1)", () -> mkw(list(), "append", new Object[0], "x", 1))
                .add("(lambda l: (l.extend((5, 6)), l)[-1])([1])", () -> after(list(1), l -> m(l, "extend", tuple(5, 6))))
                .add("(lambda l: (l.extend(l), l)[-1])([1, 2])", () -> after(list(1, 2), l -> m(l, "extend", l)))
                .add("(lambda l: (l.extend(range(3)), l)[-1])([])", () -> after(list(), l -> m(l, "extend", construct(BuiltinTypes.RANGE, 3))))
                .add("[].extend(1)", () -> m(list(), "extend", 1))
                .add("(lambda l: (l.insert(0, 'a'), l.insert(-1, 'b'), l.insert(100, 'c'), l.insert(-100, 'd'), l)[-1])([1, 2])",
                        () -> after(list(1, 2), l -> {
                            m(l, "insert", 0, "a");
                            m(l, "insert", -1, "b");
                            m(l, "insert", 100, "c");
                            m(l, "insert", -100, "d");
                        }))
                .add("[].insert(1)", () -> m(list(), "insert", 1))
                .add("[1, 2, 3].pop()", () -> m(list(1, 2, 3), "pop"))
                .add("[1, 2, 3].pop(0)", () -> m(list(1, 2, 3), "pop", 0))
                .add("[1, 2, 3].pop(-2)", () -> m(list(1, 2, 3), "pop", -2))
                .add("[].pop()", () -> m(list(), "pop"))
                .add("[1].pop(5)", () -> m(list(1), "pop", 5))
                .add("[1].pop(1, 2)", () -> m(list(1), "pop", 1, 2))
                .add("[1].pop('a')", () -> m(list(1), "pop", "a"))
                .add("(lambda l: (l.remove(2), l)[-1])([1, 2, 3, 2])", () -> after(list(1, 2, 3, 2), l -> m(l, "remove", 2)))
                .add("[1].remove(5)", () -> m(list(1), "remove", 5))
                .add("(lambda l: (l.clear(), l)[-1])([1, 2])", () -> after(list(1, 2), l -> m(l, "clear")))
                .add("[1, 2].copy()", () -> m(list(1, 2), "copy"))
                .add("[].copy(1)", () -> m(list(), "copy", 1))
                .add("[1, 2, 1, 1].count(1)", () -> m(list(1, 2, 1, 1), "count", 1))
                .add("[].count()", () -> m(list(), "count"))
                .add("[1, 2, 3, 2].index(2)", () -> m(list(1, 2, 3, 2), "index", 2))
                .add("[1, 2, 3, 2].index(2, 2)", () -> m(list(1, 2, 3, 2), "index", 2, 2))
                .add("[1, 2, 3, 2].index(2, -1)", () -> m(list(1, 2, 3, 2), "index", 2, -1))
                .add("[1, 2, 3, 2].index(2, 0, 1)", () -> m(list(1, 2, 3, 2), "index", 2, 0, 1))
                .add("[1, 2, 3].index('x')", () -> m(list(1, 2, 3), "index", "x"))
                .add("[1, 2, 3].index(1, 'a')", () -> m(list(1, 2, 3), "index", 1, "a"))
                .add("[].index()", () -> m(list(), "index"))
                .add("(lambda l: (l.reverse(), l)[-1])([1, 2, 3])", () -> after(list(1, 2, 3), l -> m(l, "reverse")))
                .verify();
    }

    @Test
    void sort() {
        new ContainerCases()
                .add("(lambda l: (l.sort(), l)[-1])([3, 1, 2, 5, 4, 1])", () -> after(list(3, 1, 2, 5, 4, 1), l -> m(l, "sort")))
                .add("(lambda l: (l.sort(reverse=True), l)[-1])([3, 1, 2])",
                        () -> after(list(3, 1, 2), l -> mkw(l, "sort", new Object[0], "reverse", true)))
                .add("(lambda l: (l.sort(key=len), l)[-1])(['ccc', 'a', 'bb', 'd', 'ee'])",
                        () -> after(list("ccc", "a", "bb", "d", "ee"), l -> mkw(l, "sort", new Object[0], "key", LEN)))
                .add("(lambda l: (l.sort(key=len, reverse=True), l)[-1])(['ccc', 'a', 'bb', 'd', 'ee'])",
                        () -> after(list("ccc", "a", "bb", "d", "ee"), l -> mkw(l, "sort", new Object[0], "key", LEN, "reverse", 1)))
                .add("[1, 'a'].sort()", () -> m(list(1, "a"), "sort"))
                .add("(lambda l: (l.sort(key=None), l)[-1])([2, 1])", () -> after(list(2, 1), l -> mkw(l, "sort", new Object[0], "key", NONE)))
                .add("[].sort(1)", () -> m(list(), "sort", 1))
                .add("[].sort(foo=1)", () -> mkw(list(), "sort", new Object[0], "foo", 1))
                .add("[1].sort(reverse='x')", () -> mkw(list(1), "sort", new Object[0], "reverse", "x"))
                .add("[1, 2].sort(key=1)", () -> mkw(list(1, 2), "sort", new Object[0], "key", 1))
                .add("sorted(range(300), key=lambda x: (x * 7919) % 300)",
                        () -> after(list(range(300)), l -> mkw(l, "sort", new Object[0], "key", MOD_KEY)))
                .add("sorted([(x * 37) % 101 for x in range(1000)])",
                        () -> after(new PyList(mixed(1000)), l -> m(l, "sort")))
                .add("sorted([(x * 37) % 101 for x in range(1000)], reverse=True)",
                        () -> after(new PyList(mixed(1000)), l -> mkw(l, "sort", new Object[0], "reverse", true)))
                .verify();
    }

    private static final PyBuiltinFunction LEN = PyBuiltinFunction.positional("len", null, 1, 1, a -> Ops.len(a[0]));
    private static final PyBuiltinFunction MOD_KEY = PyBuiltinFunction.positional("key", null, 1, 1,
            a -> ((Long) a[0] * 7919) % 300);

    private static Object[] range(int n) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = (long) i;
        return r;
    }

    private static Object[] mixed(int n) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = (long) ((i * 37) % 101);
        return r;
    }

    @Test
    void indexingAndSlicing() {
        new ContainerCases()
                .add("[1, 2, 3][0]", () -> Ops.getItem(list(1, 2, 3), 0L))
                .add("[1, 2, 3][-1]", () -> Ops.getItem(list(1, 2, 3), -1L))
                .add("[1, 2, 3][3]", () -> Ops.getItem(list(1, 2, 3), 3L))
                .add("[1, 2, 3][-4]", () -> Ops.getItem(list(1, 2, 3), -4L))
                .add("[1, 2, 3][True]", () -> Ops.getItem(list(1, 2, 3), true))
                .add("[1, 2, 3]['a']", () -> Ops.getItem(list(1, 2, 3), "a"))
                .add("[1, 2, 3][2**100]", () -> Ops.getItem(list(1, 2, 3), new java.math.BigInteger("1267650600228229401496703205376")))
                .add("[0, 1, 2, 3, 4, 5][1:4]", () -> Ops.getItem(list(0, 1, 2, 3, 4, 5), slice(1, 4, NONE)))
                .add("[0, 1, 2, 3, 4, 5][::2]", () -> Ops.getItem(list(0, 1, 2, 3, 4, 5), slice(NONE, NONE, 2)))
                .add("[0, 1, 2, 3, 4, 5][::-1]", () -> Ops.getItem(list(0, 1, 2, 3, 4, 5), slice(NONE, NONE, -1)))
                .add("[0, 1, 2, 3, 4, 5][-2:1:-2]", () -> Ops.getItem(list(0, 1, 2, 3, 4, 5), slice(-2, 1, -2)))
                .add("[0, 1, 2][::0]", () -> Ops.getItem(list(0, 1, 2), slice(NONE, NONE, 0)))
                .add("(lambda l: (l.__setitem__(1, 'x'), l)[-1])([1, 2, 3])", () -> after(list(1, 2, 3), l -> Ops.setItem(l, 1L, "x")))
                .add("[1, 2, 3].__setitem__(5, 0)", () -> after(list(1, 2, 3), l -> Ops.setItem(l, 5L, 0L)))
                .add("(lambda l: (l.__setitem__(slice(1, 2), [7, 8, 9]), l)[-1])([1, 2, 3])",
                        () -> after(list(1, 2, 3), l -> Ops.setItem(l, slice(1, 2, NONE), list(7, 8, 9))))
                .add("(lambda l: (l.__setitem__(slice(0, 3), []), l)[-1])([1, 2, 3, 4])",
                        () -> after(list(1, 2, 3, 4), l -> Ops.setItem(l, slice(0, 3, NONE), list())))
                .add("(lambda l: (l.__setitem__(slice(2, 1), 'ab'), l)[-1])([1, 2, 3, 4])",
                        () -> after(list(1, 2, 3, 4), l -> Ops.setItem(l, slice(2, 1, NONE), list("a", "b"))))
                .add("(lambda l: (l.__setitem__(slice(None, None), l), l)[-1])([1, 2])",
                        () -> after(list(1, 2), l -> Ops.setItem(l, slice(NONE, NONE, NONE), l)))
                .add("(lambda l: (l.__setitem__(slice(None, None, 2), [7, 8]), l)[-1])([1, 2, 3, 4])",
                        () -> after(list(1, 2, 3, 4), l -> Ops.setItem(l, slice(NONE, NONE, 2), list(7, 8))))
                .add("[1, 2, 3].__setitem__(slice(None, None, 2), [1, 2, 3])",
                        () -> after(list(1, 2, 3), l -> Ops.setItem(l, slice(NONE, NONE, 2), list(1, 2, 3))))
                .add("[1, 2, 3].__setitem__(slice(0, 1), 1)", () -> after(list(1, 2, 3), l -> Ops.setItem(l, slice(0, 1, NONE), 1L)))
                .add("[1, 2, 3].__setitem__(slice(0, 3, 2), 1)", () -> after(list(1, 2, 3), l -> Ops.setItem(l, slice(0, 3, 2), 1L)))
                .add("(lambda l: (l.__delitem__(0), l)[-1])([1, 2, 3])", () -> after(list(1, 2, 3), l -> Ops.delItem(l, 0L)))
                .add("[1].__delitem__(3)", () -> after(list(1), l -> Ops.delItem(l, 3L)))
                .add("(lambda l: (l.__delitem__(slice(1, None)), l)[-1])([1, 2, 3])",
                        () -> after(list(1, 2, 3), l -> Ops.delItem(l, slice(1, NONE, NONE))))
                .add("(lambda l: (l.__delitem__(slice(None, None, -2)), l)[-1])([1, 2, 3, 4, 5])",
                        () -> after(list(1, 2, 3, 4, 5), l -> Ops.delItem(l, slice(NONE, NONE, -2))))
                .add("(lambda l: (l.__delitem__(slice(1, None, 3)), l)[-1])(list(range(10)))",
                        () -> after(new PyList(range(10)), l -> Ops.delItem(l, slice(1, NONE, 3))))
                .verify();
    }

    @Test
    void operators() {
        new ContainerCases()
                .add("[1] + [2, 3]", () -> Ops.binary(list(1), list(2, 3), BinaryOp.ADD))
                .add("[1] + (2,)", () -> Ops.binary(list(1), tuple(2), BinaryOp.ADD))
                .add("[1] * 3", () -> Ops.binary(list(1), 3L, BinaryOp.MUL))
                .add("[1, 2] * -1", () -> Ops.binary(list(1, 2), -1L, BinaryOp.MUL))
                .add("[1] * 'a'", () -> Ops.binary(list(1), "a", BinaryOp.MUL))
                .add("[1] * 2.0", () -> Ops.binary(list(1), 2.0, BinaryOp.MUL))
                .add("[1] * (2**100)", () -> Ops.binary(list(1), java.math.BigInteger.TWO.pow(100), BinaryOp.MUL))
                .add("(lambda l: (l.__iadd__(range(2)), l)[-1])([0])",
                        () -> after(list(0), l -> Ops.inplace(l, construct(BuiltinTypes.RANGE, 2), BinaryOp.ADD)))
                .add("(lambda l: (l.__imul__(2), l)[-1])([0, 1])", () -> after(list(0, 1), l -> Ops.inplace(l, 2L, BinaryOp.MUL)))
                .add("[].__iadd__(1)", () -> Ops.inplace(list(), 1L, BinaryOp.ADD))
                .add("[1, 2] == [1, 2]", () -> Ops.compare(list(1, 2), list(1, 2), CompareOp.EQ))
                .add("[1, 2] != [1, 3]", () -> Ops.compare(list(1, 2), list(1, 3), CompareOp.NE))
                .add("[1, 2] < [1, 2, 0]", () -> Ops.compare(list(1, 2), list(1, 2, 0), CompareOp.LT))
                .add("[1, 3] > [1, 2, 5]", () -> Ops.compare(list(1, 3), list(1, 2, 5), CompareOp.GT))
                .add("[1, 2] <= [1, 2]", () -> Ops.compare(list(1, 2), list(1, 2), CompareOp.LE))
                .add("[1] < ['a']", () -> Ops.compare(list(1), list("a"), CompareOp.LT))
                .add("[] < ()", () -> Ops.compare(list(), tuple(), CompareOp.LT))
                .add("[1] == (1,)", () -> Ops.compare(list(1), tuple(1), CompareOp.EQ))
                .add("2 in [1, 2]", () -> Ops.contains(list(1, 2), 2L))
                .add("len([1, 2, 3])", () -> Ops.len(list(1, 2, 3)))
                .add("list(reversed([1, 2, 3]))", () -> construct(BuiltinTypes.LIST, m(list(1, 2, 3), "__reversed__")))
                .add("list(iter([1, 2, 3]))", () -> construct(BuiltinTypes.LIST, Ops.iter(list(1, 2, 3))))
                .add("iter([1, 2, 3]).__length_hint__()", () -> m(Ops.iter(list(1, 2, 3)), "__length_hint__"))
                .add("hash([])", () -> Ops.hash(list()))
                .add("repr([1, 'a', [2, None]])", () -> Ops.repr(list(1, "a", list(2, NONE))))
                .add("(lambda l: (l.append(l), repr(l))[1])([1])", () -> {
                    PyList l = list(1);
                    l.append(l);
                    return Ops.repr(l);
                })
                .add("list((1, 'b'))", () -> construct(BuiltinTypes.LIST, tuple(1, "b")))
                .add("list()", () -> construct(BuiltinTypes.LIST))
                .add("list(1, 2)", () -> construct(BuiltinTypes.LIST, 1, 2))
                .add("list(1)", () -> construct(BuiltinTypes.LIST, 1))
                .add("list(x=1)", () -> construct(BuiltinTypes.LIST, new Object[] {1}, "x"))
                .verify();
    }
}
