package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.ContainerCases.*;

import java.math.BigInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code set}/{@code frozenset} against CPython, including the iteration order of sets of ints,
 * floats and tuples (which must follow CPython's table layout) after adds, removals and the
 * set algebra.
 */
class SetMethodsTest {
    /** The same pseudo-random ints Python's side computes: {@code (i * 7919 + 13) % m - off}. */
    private static Object[] ints(int n, long mul, long mod, long off) {
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) r[i] = (i * mul + 13) % mod - off;
        return r;
    }

    private static PySet after(PySet s, Consumer<PySet> body) {
        body.accept(s);
        return s;
    }

    private static PySet setOf(Object... xs) {
        PySet s = new PySet();
        for (Object x : xs) s.add(x);
        return s;
    }

    /** A set display of constants, as CPython compiles it: an empty set updated with a constant frozenset. */
    private static PySet display(Object... constants) {
        PySet s = new PySet();
        s.update(PySet.constantFrozenset(constants));
        return s;
    }

    @Test
    void iterationOrderMatchesCPython() {
        Object[] big = ints(200, 7919, 100003, 50000);
        Object[] small = ints(60, 31, 97, 0);
        new ContainerCases()
                .prelude("def ints(n, mul, mod, off): return [(i * mul + 13) % mod - off for i in range(n)]")
                .add("set(ints(200, 7919, 100003, 50000))", () -> setOf(big))
                .add("set(ints(60, 31, 97, 0))", () -> setOf(small))
                .add("{x * 8 for x in range(40)}", () -> {
                    PySet s = new PySet();
                    for (long x = 0; x < 40; x++) s.add(x * 8);
                    return s;
                })
                .add("{x * 1024 + 1 for x in range(30)} | {-1, -2, 2**61 - 1, 2**61, 2**64}", () -> {
                    PySet s = new PySet();
                    for (long x = 0; x < 30; x++) s.add(x * 1024 + 1);
                    return Ops.binary(s, display(-1L, -2L, (1L << 61) - 1, 1L << 61, BigInteger.TWO.pow(64)), BinaryOp.OR);
                })
                .add("(lambda s: [s.discard(x) for x in ints(200, 7919, 100003, 50000)[::3]] and s)(set(ints(200, 7919, 100003, 50000)))",
                        () -> after(setOf(big), s -> {
                            for (int i = 0; i < big.length; i += 3) s.discard(big[i]);
                        }))
                .add("(lambda s: ([s.discard(x) for x in range(0, 97, 2)], [s.add(x * 3) for x in range(40)]) and s)(set(ints(60, 31, 97, 0)))",
                        () -> after(setOf(small), s -> {
                            for (long x = 0; x < 97; x += 2) s.discard(x);
                            for (long x = 0; x < 40; x++) s.add(x * 3);
                        }))
                .add("(lambda s: [s.pop() for _ in range(25)] + [sorted(s)])(set(ints(60, 31, 97, 0)))", () -> {
                    PySet s = setOf(small);
                    PyList out = new PyList();
                    for (int i = 0; i < 25; i++) out.append(m(s, "pop"));
                    PyList rest = new PyList(s.toArray());
                    m(rest, "sort");
                    out.append(rest);
                    return out;
                })
                .add("{1.5, 2.25, -0.5, 12345.5, 3.0, 7.75, 0.1, 0.001}", () -> display(1.5, 2.25, -0.5, 12345.5, 3.0, 7.75, 0.1, 0.001))
                .add("{(1, 2), (2, 1), (0, 0), (5,), (), (1, (2, 3)), (-1, -2)}",
                        () -> display(tuple(1, 2), tuple(2, 1), tuple(0, 0), tuple(5), tuple(), tuple(1, tuple(2, 3)), tuple(-1, -2)))
                .add("{frozenset({1, 2}), frozenset(), frozenset({3}), frozenset({1, 2, 3}), frozenset({(1, 2)})}",
                        () -> setOf(frozenset(1, 2), frozenset(), frozenset(3), frozenset(1, 2, 3), frozenset(tuple(1, 2))))
                .add("set(ints(200, 7919, 100003, 50000)).copy()", () -> m(setOf(big), "copy"))
                .add("set(ints(7, 3, 50, 0)).copy()", () -> m(setOf(ints(7, 3, 50, 0)), "copy"))
                .add("set(ints(60, 31, 97, 0)) & set(ints(200, 7, 97, 0))", () -> Ops.binary(setOf(small), setOf(ints(200, 7, 97, 0)), BinaryOp.AND))
                .add("set(ints(60, 31, 97, 0)) - set(range(0, 97, 3))", () -> Ops.binary(setOf(small), construct(BuiltinTypes.SET, construct(BuiltinTypes.RANGE, 0, 97, 3)), BinaryOp.SUB))
                .add("set(ints(60, 31, 97, 0)) ^ set(range(0, 97, 3))", () -> Ops.binary(setOf(small), construct(BuiltinTypes.SET, construct(BuiltinTypes.RANGE, 0, 97, 3)), BinaryOp.XOR))
                .add("set(ints(60, 31, 97, 0)) | set(range(200, 260, 7))", () -> Ops.binary(setOf(small), construct(BuiltinTypes.SET, construct(BuiltinTypes.RANGE, 200, 260, 7)), BinaryOp.OR))
                .add("set(ints(60, 31, 97, 0)).union(range(300, 340), [1000])", () -> m(setOf(small), "union", construct(BuiltinTypes.RANGE, 300, 340), list(1000)))
                .add("set(ints(60, 31, 97, 0)).intersection(range(50), range(0, 100, 2))", () -> m(setOf(small), "intersection", construct(BuiltinTypes.RANGE, 50), construct(BuiltinTypes.RANGE, 0, 100, 2)))
                .add("set(ints(60, 31, 97, 0)).difference(range(50), [95])", () -> m(setOf(small), "difference", construct(BuiltinTypes.RANGE, 50), list(95)))
                .add("set(ints(60, 31, 97, 0)).symmetric_difference(range(80, 120))", () -> m(setOf(small), "symmetric_difference", construct(BuiltinTypes.RANGE, 80, 120)))
                .add("(lambda s: (s.intersection_update(range(0, 97, 2)), s)[-1])(set(ints(60, 31, 97, 0)))",
                        () -> after(setOf(small), s -> m(s, "intersection_update", construct(BuiltinTypes.RANGE, 0, 97, 2))))
                .add("(lambda s: (s.difference_update(range(0, 97, 2)), s)[-1])(set(ints(60, 31, 97, 0)))",
                        () -> after(setOf(small), s -> m(s, "difference_update", construct(BuiltinTypes.RANGE, 0, 97, 2))))
                .add("(lambda s: (s.symmetric_difference_update(range(50, 150)), s)[-1])(set(ints(60, 31, 97, 0)))",
                        () -> after(setOf(small), s -> m(s, "symmetric_difference_update", construct(BuiltinTypes.RANGE, 50, 150))))
                .add("(lambda s: (s.update(range(500, 600, 9), {7: 1, 1007: 2}), s)[-1])(set(ints(60, 31, 97, 0)))",
                        () -> after(setOf(small), s -> m(s, "update", construct(BuiltinTypes.RANGE, 500, 600, 9), dict(7, 1, 1007, 2))))
                .add("set({5: 0, 13: 0, 21: 0, 2: 0, 10: 0, 1: 0})", () -> construct(BuiltinTypes.SET, dict(5, 0, 13, 0, 21, 0, 2, 0, 10, 0, 1, 0)))
                .add("frozenset(ints(60, 31, 97, 0))", () -> construct(BuiltinTypes.FROZENSET, new PyList(small)))
                .add("set(frozenset(ints(60, 31, 97, 0)))", () -> construct(BuiltinTypes.SET, construct(BuiltinTypes.FROZENSET, new PyList(small))))
                .add("hash(frozenset(ints(60, 31, 97, 0)))", () -> Ops.hash(construct(BuiltinTypes.FROZENSET, new PyList(small))))
                .add("hash((1, 2))", () -> Ops.hash(tuple(1, 2)))
                .add("[hash(s) for s in ('', 'a', 'abc', 'abcdefgh', 'abcdefghi', 'caf\\xe9', '\\u20acuro', '\\U0001f600x', 'x\\ud800')]", () -> {
                    PyList out = new PyList();
                    for (String s : new String[] {"", "a", "abc", "abcdefgh", "abcdefghi", "caf\u00e9", "\u20acuro", "\ud83d\ude00x", "x\ud800"}) {
                        out.append(Ops.hash(s));
                    }
                    return out;
                })
                .add("hash(b'abc') == hash('abc')", () -> Ops.hash(bytes("abc")) == Ops.hash("abc"))
                .add("set(['h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'])",
                        () -> setOf("h", "e", "l", "l", "o", " ", "w", "o", "r", "l", "d"))
                .add("{'apple', 'banana', 'cherry', 'date', 'elder', 'fig', 'grape'}",
                        () -> display("apple", "banana", "cherry", "date", "elder", "fig", "grape"))
                .add("hash(((1, 2), -3, 2**70, 1.5))", () -> Ops.hash(tuple(tuple(1, 2), -3, BigInteger.TWO.pow(70), 1.5)))
                .add("hash(frozenset())", () -> Ops.hash(frozenset()))
                .add("hash(frozenset({(1, 2), 3.5, -7}))", () -> Ops.hash(frozenset(tuple(1, 2), 3.5, -7)))
                .add("hash(frozenset({frozenset({1}), frozenset({2, 3})}))", () -> Ops.hash(frozenset(frozenset(1), frozenset(2, 3))))
                .verify();
    }

    @Test
    void methodsAndErrors() {
        new ContainerCases()
                .add("set()", () -> construct(BuiltinTypes.SET))
                .add("frozenset()", () -> construct(BuiltinTypes.FROZENSET))
                .add("frozenset([1, 2])", () -> construct(BuiltinTypes.FROZENSET, list(1, 2)))
                .add("set(1)", () -> construct(BuiltinTypes.SET, 1))
                .add("set([1], [2])", () -> construct(BuiltinTypes.SET, list(1), list(2)))
                .add("set(x=1)", () -> construct(BuiltinTypes.SET, new Object[] {1}, "x"))
                .add("frozenset(x=1)", () -> construct(BuiltinTypes.FROZENSET, new Object[] {1}, "x"))
                .add("set().pop()", () -> m(set(), "pop"))
                .add("{1}.remove(2)", () -> m(set(1), "remove", 2))
                .add("{1}.remove((1, 2))", () -> m(set(1), "remove", tuple(1, 2)))
                .add("(lambda s: (s.remove(1), s)[-1])({1, 2})", () -> after(set(1, 2), s -> m(s, "remove", 1)))
                .add("{1}.add([])", () -> m(set(1), "add", list()))
                .add("{1}.add()", () -> m(set(1), "add"))
                .add("{1}.pop(1)", () -> m(set(1), "pop", 1))
                .add("{frozenset({1})}.__contains__({1})", () -> m(set(frozenset(1)), "__contains__", set(1)))
                .add("{1}.__contains__([])", () -> m(set(1), "__contains__", list()))
                .add("(lambda s: (s.discard({1}), s)[-1])({frozenset({1}), 2})", () -> after(set(frozenset(1), 2), s -> m(s, "discard", set(1))))
                .add("{1, 2} <= {1, 2, 3}", () -> Ops.compare(set(1, 2), set(1, 2, 3), CompareOp.LE))
                .add("{1, 2} < {1, 2}", () -> Ops.compare(set(1, 2), set(1, 2), CompareOp.LT))
                .add("{1, 2} >= {2}", () -> Ops.compare(set(1, 2), set(2), CompareOp.GE))
                .add("{1, 2} > {3}", () -> Ops.compare(set(1, 2), set(3), CompareOp.GT))
                .add("{1, 2} == frozenset({2, 1})", () -> Ops.compare(set(1, 2), frozenset(2, 1), CompareOp.EQ))
                .add("{1, 2} != {1}", () -> Ops.compare(set(1, 2), set(1), CompareOp.NE))
                .add("{1} == [1]", () -> Ops.compare(set(1), list(1), CompareOp.EQ))
                .add("{1} < [1]", () -> Ops.compare(set(1), list(1), CompareOp.LT))
                .add("{1} | [2]", () -> Ops.binary(set(1), list(2), BinaryOp.OR))
                .add("{1, 2}.issubset([1, 2, 3])", () -> m(set(1, 2), "issubset", list(1, 2, 3)))
                .add("{1, 2}.issuperset([1])", () -> m(set(1, 2), "issuperset", list(1)))
                .add("{1, 2}.isdisjoint([3, 4])", () -> m(set(1, 2), "isdisjoint", list(3, 4)))
                .add("{1, 2}.isdisjoint({2})", () -> m(set(1, 2), "isdisjoint", set(2)))
                .add("frozenset({1, 2}) | {3}", () -> Ops.binary(frozenset(1, 2), set(3), BinaryOp.OR))
                .add("{3} | frozenset({1, 2})", () -> Ops.binary(set(3), frozenset(1, 2), BinaryOp.OR))
                .add("(lambda s: (s.__ior__({5}), s)[-1])({1})", () -> after(set(1), s -> Ops.inplace(s, set(5), BinaryOp.OR)))
                .add("(lambda s: (s.__iand__({1, 5}), s)[-1])({1, 2})", () -> after(set(1, 2), s -> Ops.inplace(s, set(1, 5), BinaryOp.AND)))
                .add("(lambda s: (s.__isub__({1}), s)[-1])({1, 2})", () -> after(set(1, 2), s -> Ops.inplace(s, set(1), BinaryOp.SUB)))
                .add("(lambda s: (s.__ixor__({1, 3}), s)[-1])({1, 2})", () -> after(set(1, 2), s -> Ops.inplace(s, set(1, 3), BinaryOp.XOR)))
                .add("hash({1})", () -> Ops.hash(set(1)))
                .add("len({1, 2, 2})", () -> Ops.len(set(1, 2, 2)))
                .add("repr(frozenset({1}))", () -> Ops.repr(frozenset(1)))
                .add("list(iter({3, 1}))", () -> construct(BuiltinTypes.LIST, Ops.iter(set(3, 1))))
                .add("iter({3, 1}).__length_hint__()", () -> m(Ops.iter(set(3, 1)), "__length_hint__"))
                .add("(lambda s: [s.add(x) for x in s])({1})", () -> list(NONE))
                .add("(lambda s: [s.add(x + 1) for x in s])({1})", () -> {
                    PySet s = set(1);
                    Object it = Ops.iter(s);
                    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) s.add((Long) x + 1);
                    return NONE;
                })
                .add("frozenset({1}).copy() is not None", () -> m(frozenset(1), "copy") != null)
                .add("{1, 2}.copy()", () -> m(set(1, 2), "copy"))
                .add("{1, 2}.__reduce__()", () -> m(set(1, 2), "__reduce__"))
                .add("frozenset({3}).__reduce__()", () -> m(frozenset(3), "__reduce__"))
                .verify();
    }
}
