package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.ContainerCases.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** {@code dict} and its views against CPython. */
class DictMethodsTest {
    private static PyDict after(PyDict d, Consumer<PyDict> body) {
        body.accept(d);
        return d;
    }

    private static Object range(int... a) {
        Object[] args = new Object[a.length];
        for (int i = 0; i < a.length; i++) args[i] = (long) a[i];
        return construct(BuiltinTypes.RANGE, args);
    }

    @Test
    void methods() {
        new ContainerCases()
                .add("{1: 'a'}.get(1)", () -> m(dict(1, "a"), "get", 1))
                .add("{1: 'a'}.get(2)", () -> m(dict(1, "a"), "get", 2))
                .add("{1: 'a'}.get(2, 'z')", () -> m(dict(1, "a"), "get", 2, "z"))
                .add("{}.get()", () -> m(dict(), "get"))
                .add("{}.get([])", () -> m(dict(), "get", list()))
                .add("(lambda d: (d.setdefault(1, 'b'), d.setdefault(2, 'c'), d.setdefault(3), d))({1: 'a'})", () -> {
                    PyDict d = dict(1, "a");
                    return tuple(m(d, "setdefault", 1, "b"), m(d, "setdefault", 2, "c"), m(d, "setdefault", 3), d);
                })
                .add("(lambda d: (d.pop(1), d))({1: 'a', 2: 'b'})", () -> {
                    PyDict d = dict(1, "a", 2, "b");
                    return tuple(m(d, "pop", 1), d);
                })
                .add("{}.pop(1)", () -> m(dict(), "pop", 1))
                .add("{}.pop(1, 'd')", () -> m(dict(), "pop", 1, "d"))
                .add("{}.pop()", () -> m(dict(), "pop"))
                .add("(lambda d: (d.popitem(), d.popitem(), d))({1: 'a', 2: 'b', 3: 'c'})", () -> {
                    PyDict d = dict(1, "a", 2, "b", 3, "c");
                    return tuple(m(d, "popitem"), m(d, "popitem"), d);
                })
                .add("{}.popitem()", () -> m(dict(), "popitem"))
                .add("{}.popitem(1)", () -> m(dict(), "popitem", 1))
                .add("(lambda d: (d.clear(), d)[-1])({1: 2})", () -> after(dict(1, 2), d -> m(d, "clear")))
                .add("{1: [2]}.copy()", () -> m(dict(1, list(2)), "copy"))
                .add("dict.fromkeys([3, 1, 2])", () -> m(BuiltinTypes.DICT, "fromkeys", list(3, 1, 2)))
                .add("dict.fromkeys((1, 2), 0)", () -> m(BuiltinTypes.DICT, "fromkeys", tuple(1, 2), 0))
                .add("dict.fromkeys({5: 1, 3: 2})", () -> m(BuiltinTypes.DICT, "fromkeys", dict(5, 1, 3, 2)))
                .add("dict.fromkeys({9, 1, 17})", () -> m(BuiltinTypes.DICT, "fromkeys", set(9, 1, 17)))
                .add("{}.fromkeys(range(3))", () -> m(dict(), "fromkeys", range(3)))
                .add("dict.fromkeys(3)", () -> m(BuiltinTypes.DICT, "fromkeys", 3))
                .add("dict.fromkeys()", () -> m(BuiltinTypes.DICT, "fromkeys"))
                .add("(lambda d: (d.update({3: 4}, x=5), d)[-1])({1: 2})",
                        () -> after(dict(1, 2), d -> mkw(d, "update", new Object[] {dict(3, 4)}, "x", 5)))
                .add("(lambda d: (d.update([(5, 6), [7, 8]]), d)[-1])({})",
                        () -> after(dict(), d -> m(d, "update", list(tuple(5, 6), list(7, 8)))))
                .add("(lambda d: (d.update({1: 2}.items()), d)[-1])({})",
                        () -> after(dict(), d -> m(d, "update", m(dict(1, 2), "items"))))
                .add("{}.update([(1, 2, 3)])", () -> m(dict(), "update", list(tuple(1, 2, 3))))
                .add("{}.update([(1, 2), 3])", () -> m(dict(), "update", list(tuple(1, 2), 3)))
                .add("{}.update(1)", () -> m(dict(), "update", 1))
                .add("{}.update(1, 2)", () -> m(dict(), "update", 1, 2))
                .add("dict([(1, 2), (3, 4)], a=1)", () -> construct(BuiltinTypes.DICT, new Object[] {list(tuple(1, 2), tuple(3, 4)), 1}, "a"))
                .add("dict({1: 2})", () -> construct(BuiltinTypes.DICT, dict(1, 2)))
                .add("dict([(1, 2, 3)])", () -> construct(BuiltinTypes.DICT, list(tuple(1, 2, 3))))
                .add("dict([1])", () -> construct(BuiltinTypes.DICT, list(1)))
                .add("dict(1)", () -> construct(BuiltinTypes.DICT, 1))
                .add("dict(1, 2)", () -> construct(BuiltinTypes.DICT, 1, 2))
                .add("dict()", () -> construct(BuiltinTypes.DICT))
                .verify();
    }

    @Test
    void dunders() {
        new ContainerCases()
                .add("{1: 'a'}[1]", () -> Ops.getItem(dict(1, "a"), 1L))
                .add("{1: 'a'}[2]", () -> Ops.getItem(dict(1, "a"), 2L))
                .add("{1: 'a'}[(1, 2)]", () -> Ops.getItem(dict(1, "a"), tuple(1, 2)))
                .add("{1: 'a'}[[]]", () -> Ops.getItem(dict(1, "a"), list()))
                .add("{1: 'a'}.__getitem__()", () -> m(dict(1, "a"), "__getitem__"))
                .add("{1: 'a', 1.0: 'b', True: 'c'}", () -> dict(1, "a", 1.0, "b", true, "c"))
                .add("(lambda d: (d.__delitem__(1), d)[-1])({1: 2, 3: 4})", () -> after(dict(1, 2, 3, 4), d -> Ops.delItem(d, 1L)))
                .add("{}.__delitem__('k')", () -> after(dict(), d -> Ops.delItem(d, "k")))
                .add("1 in {1: 2}", () -> Ops.contains(dict(1, 2), 1L))
                .add("{1: 2}.__contains__(3)", () -> m(dict(1, 2), "__contains__", 3))
                .add("len({1: 2, 3: 4})", () -> Ops.len(dict(1, 2, 3, 4)))
                .add("list(reversed({1: 2, 3: 4, 5: 6}))", () -> construct(BuiltinTypes.LIST, m(dict(1, 2, 3, 4, 5, 6), "__reversed__")))
                .add("list(iter({1: 2, 3: 4}))", () -> construct(BuiltinTypes.LIST, Ops.iter(dict(1, 2, 3, 4))))
                .add("{1: 2} == {1: 2}", () -> Ops.compare(dict(1, 2), dict(1, 2), CompareOp.EQ))
                .add("{1: 2, 3: 4} == {3: 4, 1: 2}", () -> Ops.compare(dict(1, 2, 3, 4), dict(3, 4, 1, 2), CompareOp.EQ))
                .add("{1: 2} != {1: 3}", () -> Ops.compare(dict(1, 2), dict(1, 3), CompareOp.NE))
                .add("{1: 2} == {2: 2}", () -> Ops.compare(dict(1, 2), dict(2, 2), CompareOp.EQ))
                .add("{1: 2} < {1: 2}", () -> Ops.compare(dict(1, 2), dict(1, 2), CompareOp.LT))
                .add("{1: 2} == [1]", () -> Ops.compare(dict(1, 2), list(1), CompareOp.EQ))
                .add("{1: 2} | {3: 4, 1: 0}", () -> Ops.binary(dict(1, 2), dict(3, 4, 1, 0), BinaryOp.OR))
                .add("{1: 2} | [(3, 4)]", () -> Ops.binary(dict(1, 2), list(tuple(3, 4)), BinaryOp.OR))
                .add("(lambda d: (d.__ior__([(3, 4)]), d)[-1])({1: 2})", () -> after(dict(1, 2), d -> Ops.inplace(d, list(tuple(3, 4)), BinaryOp.OR)))
                .add("hash({})", () -> Ops.hash(dict()))
                .add("repr({1: 'a', 'b': [None]})", () -> Ops.repr(dict(1, "a", "b", list(NONE))))
                .add("(lambda d: (d.__setitem__('self', d), repr(d))[-1])({1: 2})", () -> {
                    PyDict d = dict(1, 2);
                    d.put("self", d);
                    return Ops.repr(d);
                })
                .add("(lambda d: [d.__setitem__(k + 10, 0) for k in d])({1: 2})", () -> {
                    PyDict d = dict(1, 2);
                    Object it = Ops.iter(d);
                    for (Object k = Ops.next(it); k != null; k = Ops.next(it)) d.put((Long) k + 10, 0L);
                    return NONE;
                })
                .add("(lambda d: [(d.__delitem__(k), d.__setitem__(k + 10, 0)) for k in d])({1: 2, 3: 4})", () -> {
                    PyDict d = dict(1, 2, 3, 4);
                    Object it = Ops.iter(d);
                    PyList out = new PyList();
                    for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                        d.remove(k);
                        d.put((Long) k + 10, 0L);
                        out.append(tuple(NONE, NONE));
                    }
                    return out;
                })
                .add("iter({1: 2, 3: 4}).__length_hint__()", () -> m(Ops.iter(dict(1, 2, 3, 4)), "__length_hint__"))
                .verify();
    }

    @Test
    void views() {
        new ContainerCases()
                .add("repr({1: 2, 3: 4}.keys())", () -> Ops.repr(m(dict(1, 2, 3, 4), "keys")))
                .add("repr({1: 2, 3: 4}.values())", () -> Ops.repr(m(dict(1, 2, 3, 4), "values")))
                .add("repr({1: 2, 3: 4}.items())", () -> Ops.repr(m(dict(1, 2, 3, 4), "items")))
                .add("repr({}.keys())", () -> Ops.repr(m(dict(), "keys")))
                .add("(lambda d: (lambda k: (d.__setitem__(5, 6), list(k), len(k))[1:])(d.keys()))({1: 2})", () -> {
                    PyDict d = dict(1, 2);
                    Object k = m(d, "keys");
                    d.put(5L, 6L);
                    return tuple(construct(BuiltinTypes.LIST, k), Ops.len(k));
                })
                .add("3 in {1: 2, 3: 4}.keys()", () -> Ops.contains(m(dict(1, 2, 3, 4), "keys"), 3L))
                .add("(3, 4) in {1: 2, 3: 4}.items()", () -> Ops.contains(m(dict(1, 2, 3, 4), "items"), tuple(3, 4)))
                .add("(3, 5) in {1: 2, 3: 4}.items()", () -> Ops.contains(m(dict(1, 2, 3, 4), "items"), tuple(3, 5)))
                .add("3 in {1: 2, 3: 4}.items()", () -> Ops.contains(m(dict(1, 2, 3, 4), "items"), 3L))
                .add("4 in {1: 2, 3: 4}.values()", () -> Ops.contains(m(dict(1, 2, 3, 4), "values"), 4L))
                .add("list(reversed({1: 2, 3: 4}.items()))", () -> construct(BuiltinTypes.LIST, m(m(dict(1, 2, 3, 4), "items"), "__reversed__")))
                .add("list(reversed({1: 2, 3: 4}.values()))", () -> construct(BuiltinTypes.LIST, m(m(dict(1, 2, 3, 4), "values"), "__reversed__")))
                .add("{1: 2, 9: 0, 17: 0}.keys() & {17, 1, 25}", () -> Ops.binary(m(dict(1, 2, 9, 0, 17, 0), "keys"), set(17, 1, 25), BinaryOp.AND))
                .add("{17, 1, 25, 33, 41} & {1: 2, 9: 0, 17: 0}.keys()", () -> Ops.binary(set(17, 1, 25, 33, 41), m(dict(1, 2, 9, 0, 17, 0), "keys"), BinaryOp.AND))
                .add("{1: 2, 9: 0}.keys() & [9, 1, 3]", () -> Ops.binary(m(dict(1, 2, 9, 0), "keys"), list(9, 1, 3), BinaryOp.AND))
                .add("{1: 2, 9: 0}.keys() | [33, 3]", () -> Ops.binary(m(dict(1, 2, 9, 0), "keys"), list(33, 3), BinaryOp.OR))
                .add("[33, 3] | {1: 2, 9: 0}.keys()", () -> Ops.binary(list(33, 3), m(dict(1, 2, 9, 0), "keys"), BinaryOp.OR))
                .add("{1: 2, 9: 0}.keys() - [9]", () -> Ops.binary(m(dict(1, 2, 9, 0), "keys"), list(9), BinaryOp.SUB))
                .add("[1, 5, 9] - {1: 2}.keys()", () -> Ops.binary(list(1, 5, 9), m(dict(1, 2), "keys"), BinaryOp.SUB))
                .add("{1, 5} - {1: 2}.keys()", () -> Ops.binary(set(1, 5), m(dict(1, 2), "keys"), BinaryOp.SUB))
                .add("{1: 2, 9: 0}.keys() ^ [9, 17]", () -> Ops.binary(m(dict(1, 2, 9, 0), "keys"), list(9, 17), BinaryOp.XOR))
                .add("{1: 2, 9: 0}.items() ^ {1: 2, 5: 6}.items()", () -> Ops.binary(m(dict(1, 2, 9, 0), "items"), m(dict(1, 2, 5, 6), "items"), BinaryOp.XOR))
                .add("{1: 2, 9: 0}.items() & {(1, 2)}", () -> Ops.binary(m(dict(1, 2, 9, 0), "items"), set(tuple(1, 2)), BinaryOp.AND))
                .add("{1: 2}.keys() | 1", () -> Ops.binary(m(dict(1, 2), "keys"), 1L, BinaryOp.OR))
                .add("{1: 2}.values() | {1}", () -> Ops.binary(m(dict(1, 2), "values"), set(1), BinaryOp.OR))
                .add("{1: 2}.keys() == {1}", () -> Ops.compare(m(dict(1, 2), "keys"), set(1), CompareOp.EQ))
                .add("{1: 2}.keys() == [1]", () -> Ops.compare(m(dict(1, 2), "keys"), list(1), CompareOp.EQ))
                .add("{1: 2}.keys() < {1: 2, 3: 4}.keys()", () -> Ops.compare(m(dict(1, 2), "keys"), m(dict(1, 2, 3, 4), "keys"), CompareOp.LT))
                .add("{1: 2}.items() <= {(1, 2), (3, 4)}", () -> Ops.compare(m(dict(1, 2), "items"), set(tuple(1, 2), tuple(3, 4)), CompareOp.LE))
                .add("{1: 2}.items() >= {(1, 3)}", () -> Ops.compare(m(dict(1, 2), "items"), set(tuple(1, 3)), CompareOp.GE))
                .add("{1: 2}.values() == {1: 2}.values()", () -> {
                    PyDict d = dict(1, 2);
                    return Ops.compare(m(d, "values"), m(d, "values"), CompareOp.EQ);
                })
                .add("{1: 2}.keys().isdisjoint([2])", () -> m(m(dict(1, 2), "keys"), "isdisjoint", list(2)))
                .add("{1: 2}.keys().isdisjoint({1, 5})", () -> m(m(dict(1, 2), "keys"), "isdisjoint", set(1, 5)))
                .add("hash({}.keys())", () -> Ops.hash(m(dict(), "keys")))
                .add("{1: 2}.keys().mapping", () -> Ops.getAttr(m(dict(1, 2), "keys"), "mapping"))
                .add("len({1: 2}.items())", () -> Ops.len(m(dict(1, 2), "items")))
                .verify();
    }
}
