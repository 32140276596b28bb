package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.ContainerCases.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** {@code tuple}, {@code range} and {@code slice} against CPython. */
class TupleRangeSliceTest {
    private static Object range(long... a) {
        Object[] args = new Object[a.length];
        for (int i = 0; i < a.length; i++) args[i] = a[i];
        return construct(BuiltinTypes.RANGE, args);
    }

    private static PySlice slice(Object a, Object b, Object c) {
        return new PySlice(py(a), py(b), py(c));
    }

    @Test
    void tuples() {
        PyTuple t = tuple(1, 2, 3, 2);
        new ContainerCases()
                .add("(1, 2, 3, 2).count(2)", () -> m(t, "count", 2))
                .add("(1, 2, 3, 2).index(2)", () -> m(t, "index", 2))
                .add("(1, 2, 3, 2).index(2, 2)", () -> m(t, "index", 2, 2))
                .add("(1, 2, 3, 2).index(9)", () -> m(t, "index", 9))
                .add("(1, 2, 3, 2)[-1]", () -> Ops.getItem(t, -1L))
                .add("(1, 2, 3, 2)[4]", () -> Ops.getItem(t, 4L))
                .add("(1, 2, 3, 2)['a']", () -> Ops.getItem(t, "a"))
                .add("(1, 2, 3, 2)[1:3]", () -> Ops.getItem(t, slice(1, 3, NONE)))
                .add("(1, 2, 3, 2)[::-2]", () -> Ops.getItem(t, slice(NONE, NONE, -2)))
                .add("(1,) + (2,)", () -> Ops.binary(tuple(1), tuple(2), BinaryOp.ADD))
                .add("(1,) + [2]", () -> Ops.binary(tuple(1), list(2), BinaryOp.ADD))
                .add("(1, 2) * 2", () -> Ops.binary(tuple(1, 2), 2L, BinaryOp.MUL))
                .add("3 * (1,)", () -> Ops.binary(3L, tuple(1), BinaryOp.MUL))
                .add("(1,) * 'a'", () -> Ops.binary(tuple(1), "a", BinaryOp.MUL))
                .add("(1, 2) < (1, 3)", () -> Ops.compare(tuple(1, 2), tuple(1, 3), CompareOp.LT))
                .add("(1, 2) == (1, 2)", () -> Ops.compare(tuple(1, 2), tuple(1, 2), CompareOp.EQ))
                .add("(1, 2) >= (1,)", () -> Ops.compare(tuple(1, 2), tuple(1), CompareOp.GE))
                .add("(1, 'a') < (1, 2)", () -> Ops.compare(tuple(1, "a"), tuple(1, 2), CompareOp.LT))
                .add("repr((1,))", () -> Ops.repr(tuple(1)))
                .add("repr(())", () -> Ops.repr(tuple()))
                .add("repr((1, 'x', (None,)))", () -> Ops.repr(tuple(1, "x", tuple(NONE))))
                .add("(lambda l: (l.append((l,)), repr(l))[-1])([])", () -> {
                    PyList l = list();
                    l.append(tuple(l));
                    return Ops.repr(l);
                })
                .add("hash((1, 2, (3, 4)))", () -> Ops.hash(tuple(1, 2, tuple(3, 4))))
                .add("tuple.__hash__((1, 2))", () -> m(tuple(1, 2), "__hash__"))
                .add("hash((1, []))", () -> Ops.hash(tuple(1, list())))
                .add("tuple([1, 2])", () -> construct(BuiltinTypes.TUPLE, list(1, 2)))
                .add("tuple()", () -> construct(BuiltinTypes.TUPLE))
                .add("tuple(1)", () -> construct(BuiltinTypes.TUPLE, 1))
                .add("tuple(1, 2)", () -> construct(BuiltinTypes.TUPLE, 1, 2))
                .add("tuple(x=1)", () -> construct(BuiltinTypes.TUPLE, new Object[] {1}, "x"))
                .add("2 in (1, 2)", () -> Ops.contains(tuple(1, 2), 2L))
                .add("len((1, 2))", () -> Ops.len(tuple(1, 2)))
                .add("list(iter((1, 2)))", () -> construct(BuiltinTypes.LIST, Ops.iter(tuple(1, 2))))
                .verify();
    }

    @Test
    void ranges() {
        new ContainerCases()
                .add("range(5)", () -> range(5))
                .add("range(0, 10, 2)", () -> range(0, 10, 2))
                .add("range(1, 2, 0)", () -> range(1, 2, 0))
                .add("range()", () -> construct(BuiltinTypes.RANGE))
                .add("range(1, 2, 3, 4)", () -> construct(BuiltinTypes.RANGE, 1, 2, 3, 4))
                .add("range(1.0)", () -> construct(BuiltinTypes.RANGE, 1.0))
                .add("range(x=1)", () -> construct(BuiltinTypes.RANGE, new Object[] {1}, "x"))
                .add("[len(range(a, b, c)) for a, b, c in [(0, 10, 3), (10, 0, -3), (0, 0, 1), (5, 1, 1), (-5, 5, 7), (-2**63, 2**63 - 1, 2**62)]]", () -> {
                    PyList out = new PyList();
                    long[][] cases = {{0, 10, 3}, {10, 0, -3}, {0, 0, 1}, {5, 1, 1}, {-5, 5, 7}, {Long.MIN_VALUE, Long.MAX_VALUE, 1L << 62}};
                    for (long[] c : cases) out.append(Ops.len(range(c)));
                    return out;
                })
                .add("len(range(-2**63, 2**63 - 1))", () -> Ops.len(range(Long.MIN_VALUE, Long.MAX_VALUE)))
                .add("range(0, 10, 3)[-1]", () -> Ops.getItem(range(0, 10, 3), -1L))
                .add("range(0, 10, 3)[4]", () -> Ops.getItem(range(0, 10, 3), 4L))
                .add("range(0, 10, 3)['a']", () -> Ops.getItem(range(0, 10, 3), "a"))
                .add("range(5)[2**100]", () -> Ops.getItem(range(5), BigInteger.TWO.pow(100)))
                .add("range(0, 10, 2)[1:4]", () -> Ops.getItem(range(0, 10, 2), slice(1, 4, NONE)))
                .add("range(10)[::-1]", () -> Ops.getItem(range(10), slice(NONE, NONE, -1)))
                .add("range(10, 0, -3)[::2]", () -> Ops.getItem(range(10, 0, -3), slice(NONE, NONE, 2)))
                .add("range(10)[100:]", () -> Ops.getItem(range(10), slice(100, NONE, NONE)))
                .add("[x in range(0, 10, 3) for x in (0, 3, 4, 9, 10, -3, True, 2**70)]", () -> {
                    PyList out = new PyList();
                    for (Object x : new Object[] {0L, 3L, 4L, 9L, 10L, -3L, true, BigInteger.TWO.pow(70)}) out.append(Ops.contains(range(0, 10, 3), x));
                    return out;
                })
                .add("[x in range(10, 0, -3) for x in (10, 7, 1, 0, 4)]", () -> {
                    PyList out = new PyList();
                    for (long x : new long[] {10, 7, 1, 0, 4}) out.append(Ops.contains(range(10, 0, -3), x));
                    return out;
                })
                .add("1.0 in range(3)", () -> Ops.contains(range(3), 1.0))
                .add("list(range(10, 0, -3))", () -> construct(BuiltinTypes.LIST, range(10, 0, -3)))
                .add("list(reversed(range(10, 0, -3)))", () -> construct(BuiltinTypes.LIST, m(range(10, 0, -3), "__reversed__")))
                .add("list(reversed(range(0)))", () -> construct(BuiltinTypes.LIST, m(range(0), "__reversed__")))
                .add("range(0, 10, 3).index(9)", () -> m(range(0, 10, 3), "index", 9))
                .add("range(10, 0, -3).index(4)", () -> m(range(10, 0, -3), "index", 4))
                .add("range(0, 10, 3).index(4)", () -> m(range(0, 10, 3), "index", 4))
                .add("range(3).index('a')", () -> m(range(3), "index", "a"))
                .add("range(3).count(1)", () -> m(range(3), "count", 1))
                .add("range(3).count(1.0)", () -> m(range(3), "count", 1.0))
                .add("range(3) == range(0, 3, 1)", () -> Ops.compare(range(3), range(0, 3, 1), CompareOp.EQ))
                .add("range(0) == range(5, 2)", () -> Ops.compare(range(0), range(5, 2), CompareOp.EQ))
                .add("range(1, 2, 5) == range(1, 3, 7)", () -> Ops.compare(range(1, 2, 5), range(1, 3, 7), CompareOp.EQ))
                .add("range(3) != range(4)", () -> Ops.compare(range(3), range(4), CompareOp.NE))
                .add("range(3) < range(4)", () -> Ops.compare(range(3), range(4), CompareOp.LT))
                .add("hash(range(0, 10, 2))", () -> Ops.hash(range(0, 10, 2)))
                .add("hash(range(3, 100, 7)) == hash(range(3, 99, 7))", () -> Ops.hash(range(3, 100, 7)) == Ops.hash(range(3, 99, 7)))
                .add("(range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step)",
                        () -> tuple(Ops.getAttr(range(1, 9, 2), "start"), Ops.getAttr(range(1, 9, 2), "stop"), Ops.getAttr(range(1, 9, 2), "step")))
                .add("bool(range(0))", () -> Ops.isTrue(range(0)))
                .add("iter(range(5)).__length_hint__()", () -> m(Ops.iter(range(5)), "__length_hint__"))
                .add("range(1, 2, 3).__reduce__()[1]", () -> Ops.getItem(m(range(1, 2, 3), "__reduce__"), 1L))
                .verify();
    }

    @Test
    void bigRanges() {
        new ContainerCases().exprs(
                "range(0, 10 ** 20, 10 ** 18)",
                "len(range(0, 10 ** 20, 10 ** 18))",
                "range(0, 10 ** 20, 10 ** 18)[-1]",
                "10 ** 19 in range(0, 10 ** 20, 10 ** 18)",
                "10000000000000000001 in range(0, 10 ** 20, 10 ** 18)",
                "range(0, 10 ** 20, 10 ** 18).index(10 ** 19)",
                "range(0, 10 ** 20, 10 ** 18).count(5)",
                "range(0, 10 ** 20, 10 ** 18)[2:5]",
                "range(0, 10 ** 20, 10 ** 18)[::-7]",
                "range(2 ** 64)",
                "len(range(2 ** 64))",
                "range(2 ** 64)[2 ** 63]",
                "range(2 ** 64)[-1]",
                "range(2 ** 64)[2 ** 64]",
                "list(range(2 ** 64, 18446744073709551619))",
                "list(range(2 ** 64, 18446744073709551619))[::-1]",
                "list(range(-9223372036854775808, 9223372036854775807)[:3])",
                "range(-9223372036854775808, 9223372036854775807)[-1]",
                "len(range(-9223372036854775808, 9223372036854775807))",
                "range(2 ** 64) == range(0, 2 ** 64, 1)",
                "range(2 ** 64) == range(18446744073709551617)",
                "hash(range(2 ** 64)) == hash((2 ** 64, 0, 1))",
                "range(2 ** 64).stop",
                "range(10 ** 20)[10 ** 19:10000000000000000003]",
                "range(2 ** 64).__reduce__()[1]",
                "iter(range(2 ** 64, 18446744073709551619)).__length_hint__()")
                .verify();
    }

    @Test
    void slices() {
        new ContainerCases()
                .add("slice(1)", () -> construct(BuiltinTypes.SLICE, 1))
                .add("slice(1, 2)", () -> construct(BuiltinTypes.SLICE, 1, 2))
                .add("slice(1, 'a', None)", () -> construct(BuiltinTypes.SLICE, 1, "a", NONE))
                .add("slice()", () -> construct(BuiltinTypes.SLICE))
                .add("slice(1, 2, 3, 4)", () -> construct(BuiltinTypes.SLICE, 1, 2, 3, 4))
                .add("slice(x=1)", () -> construct(BuiltinTypes.SLICE, new Object[] {1}, "x"))
                .add("(slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step)",
                        () -> tuple(Ops.getAttr(slice(1, 2, 3), "start"), Ops.getAttr(slice(1, 2, 3), "stop"), Ops.getAttr(slice(1, 2, 3), "step")))
                .add("slice(1, 2, 3).indices(10)", () -> m(slice(1, 2, 3), "indices", 10))
                .add("slice(None, None, -1).indices(5)", () -> m(slice(NONE, NONE, -1), "indices", 5))
                .add("slice(-100, 100, -3).indices(7)", () -> m(slice(-100, 100, -3), "indices", 7))
                .add("slice(2**100, -2**100, -2**70).indices(10)",
                        () -> m(slice(BigInteger.TWO.pow(100), BigInteger.TWO.pow(100).negate(), BigInteger.TWO.pow(70).negate()), "indices", 10))
                .add("slice(1).indices(-1)", () -> m(slice(NONE, 1, NONE), "indices", -1))
                .add("slice(1).indices('a')", () -> m(slice(NONE, 1, NONE), "indices", "a"))
                .add("slice(0, 1, 0).indices(3)", () -> m(slice(0, 1, 0), "indices", 3))
                .add("slice(0.5).indices(3)", () -> m(slice(NONE, 0.5, NONE), "indices", 3))
                .add("slice(1, 2) == slice(1, 2)", () -> Ops.compare(slice(1, 2, NONE), slice(1, 2, NONE), CompareOp.EQ))
                .add("slice(1, 2) < slice(1, 3)", () -> Ops.compare(slice(1, 2, NONE), slice(1, 3, NONE), CompareOp.LT))
                .add("slice(1, 2) == (1, 2, None)", () -> Ops.compare(slice(1, 2, NONE), tuple(1, 2, NONE), CompareOp.EQ))
                .add("hash(slice(1))", () -> Ops.hash(slice(NONE, 1, NONE)))
                .verify();
    }
}
