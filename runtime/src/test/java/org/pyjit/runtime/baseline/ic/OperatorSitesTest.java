package org.pyjit.runtime.baseline.ic;

import static org.pyjit.runtime.baseline.BaselineStats.SiteState.*;
import static org.pyjit.runtime.baseline.IcScenario.invoke;

import java.lang.invoke.MethodType;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.baseline.IcScenario;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;

/** Binary, in-place and comparison inline caches over JVM scalars and Python classes. */
class OperatorSitesTest {
    private static final MethodType OP = MethodType.methodType(Object.class, Object.class, Object.class);

    private static final String MONEY = """
            class Money:
                def __init__(self, c):
                    self.c = c
                def __add__(self, o):
                    return Money(self.c + o.c) if isinstance(o, Money) else NotImplemented
                def __radd__(self, o):
                    return Money(self.c + o)
                def __lt__(self, o):
                    return self.c < o.c
                def __repr__(self):
                    return 'Money(%r)' % self.c
            class Euro(Money):
                def __radd__(self, o):
                    return 'Euro.__radd__'
            a, b, e = Money(1), Money(2), Euro(5)
            big = 2 ** 62
            """;

    private static BinarySite site(BinaryOp op, boolean inplace) {
        return new BinarySite(OP, op.ordinal(), inplace);
    }

    @Test
    void intsFloatsAndStrings() {
        BinarySite add = site(BinaryOp.ADD, false);
        new IcScenario(MONEY)
                .check("1 + 2", t -> invoke(add, 1L, 2L))
                .check("big + big", t -> invoke(add, t.eval("big"), t.eval("big")))
                .expectState(add, MONOMORPHIC)
                .check("1.5 + 2.25", t -> invoke(add, 1.5, 2.25))
                .check("'ab' + 'cd'", t -> invoke(add, "ab", "cd"))
                .expectState(add, POLYMORPHIC)
                .check("7 // -2", t -> invoke(site(BinaryOp.FLOORDIV, false), 7L, -2L))
                .check("7.5 % -2.0", t -> invoke(site(BinaryOp.MOD, false), 7.5, -2.0))
                .check("1 / 0", t -> invoke(site(BinaryOp.TRUEDIV, false), 1L, 0L))
                .check("'a' - 1", t -> invoke(site(BinaryOp.SUB, false), "a", 1L))
                .verify();
    }

    @Test
    void userOperatorsAndTheirReplacement() {
        BinarySite add = site(BinaryOp.ADD, false);
        new IcScenario(MONEY)
                .check("a + b", t -> invoke(add, t.eval("a"), t.eval("b")))
                .check("3 + a", t -> invoke(add, 3L, t.eval("a")))
                .check("a + e", t -> invoke(add, t.eval("a"), t.eval("e")))
                .check("a + 'x'", t -> invoke(add, t.eval("a"), "x"))
                .expectState(add, POLYMORPHIC)
                .exec("Money.__add__ = lambda self, o: 'replaced'")
                .check("a + b", t -> invoke(add, t.eval("a"), t.eval("b")))
                .exec("del Euro.__radd__")
                .check("a + e", t -> invoke(add, t.eval("a"), t.eval("e")))
                .verify();
    }

    @Test
    void inplaceOperators() {
        BinarySite iadd = site(BinaryOp.ADD, true);
        new IcScenario(MONEY + """
                lst = [1]
                class Acc:
                    def __iadd__(self, o):
                        return 'iadd'
                acc = Acc()
                def iadd(x, y):
                    x += y
                    return x
                """)
                .check("iadd(lst, [2])", t -> invoke(iadd, t.eval("lst"), t.eval("[2]")))
                .check("iadd(acc, 1)", t -> invoke(iadd, t.eval("acc"), 1L))
                .check("iadd(5, 1.5)", t -> invoke(iadd, 5L, 1.5))
                .exec("del Acc.__iadd__")
                .check("iadd(acc, 1)", t -> invoke(iadd, t.eval("acc"), 1L))
                .verify();
    }

    @Test
    void tupleAndListConcatenation() {
        BinarySite add = site(BinaryOp.ADD, false);
        BinarySite iadd = site(BinaryOp.ADD, true);
        BinarySite addList = site(BinaryOp.ADD, false);
        new IcScenario("""
                t, e = (1, 2), ()
                class T(tuple):
                    def __radd__(self, o):
                        return 'T.__radd__'
                class L(list):
                    def __radd__(self, o):
                        return 'L.__radd__'
                def iadd(x, y):
                    x += y
                    return x
                """)
                .check("t + (3, 'x')", x -> invoke(add, x.eval("t"), x.eval("(3, 'x')")))
                .check("(t + e) is t", x -> invoke(add, x.eval("t"), x.eval("e")) == x.eval("t"))
                .check("(e + t) is t", x -> invoke(add, x.eval("e"), x.eval("t")) == x.eval("t"))
                .expectState(add, MONOMORPHIC)
                .check("t + T((9,))", x -> invoke(add, x.eval("t"), x.eval("T((9,))")))
                .check("iadd(t, (5,))", x -> invoke(iadd, x.eval("t"), x.eval("(5,)")))
                .check("[1] + [2, 3]", x -> invoke(addList, x.eval("[1]"), x.eval("[2, 3]")))
                .check("[] + L([4])", x -> invoke(addList, x.eval("[]"), x.eval("L([4])")))
                .check("[1] + (2,)", x -> invoke(addList, x.eval("[1]"), x.eval("(2,)")))
                .verify();
    }

    @Test
    void megamorphicOperatorsStayCorrect() {
        BinarySite mul = site(BinaryOp.MUL, false);
        IcScenario s = new IcScenario("vals = [2, 1.5, 'ab', (1,), [0], True]\n");
        for (int i = 0; i < 6; i++) {
            int k = i;
            s.check("vals[" + k + "] * 2", t -> invoke(mul, t.eval("vals[" + k + "]"), 2L));
        }
        s.expectState(mul, MEGAMORPHIC).check("3 * 3", t -> invoke(mul, 3L, 3L)).verify();
    }

    @Test
    void comparisons() {
        CompareSite lt = new CompareSite(OP, CompareOp.LT.ordinal());
        CompareSite eq = new CompareSite(OP, CompareOp.EQ.ordinal());
        new IcScenario(MONEY)
                .check("1 < 2", t -> invoke(lt, 1L, 2L))
                .check("big < 1", t -> invoke(lt, t.eval("big"), 1L))
                .check("2.5 < float('nan')", t -> invoke(lt, 2.5, Double.NaN))
                .check("'\\U0001F600' < '\\uffff'", t -> invoke(lt, "\uD83D\uDE00", "\uffff"))
                .check("a < b", t -> invoke(lt, t.eval("a"), t.eval("b")))
                .exec("Money.__lt__ = lambda self, o: 'reversed'")
                .check("a < b", t -> invoke(lt, t.eval("a"), t.eval("b")))
                .check("a == b", t -> invoke(eq, t.eval("a"), t.eval("b")))
                .check("a == a", t -> invoke(eq, t.eval("a"), t.eval("a")))
                .check("'x' < 1", t -> invoke(lt, "x", 1L))
                .verify();
    }

    @Test
    void membershipByContainerType() {
        CompareSite in = new CompareSite(OP, CompareOp.IN.ordinal());
        CompareSite notIn = new CompareSite(OP, CompareOp.NOT_IN.ordinal());
        new IcScenario(MONEY + "d = {'k': 1, 2: 3}\nlst = [1, 'x', 2.0]\nclass Bag:\n    def __contains__(self, x):\n        return x\nbag = Bag()\n")
                .check("'k' in d", t -> invoke(in, "k", t.eval("d")))
                .check("2.0 in d", t -> invoke(in, 2.0, t.eval("d")))
                .check("'z' in d", t -> invoke(in, "z", t.eval("d")))
                .check("[] in d", t -> invoke(in, t.eval("[]"), t.eval("d")))
                .expectState(in, MONOMORPHIC)
                .check("2 in lst", t -> invoke(in, 2L, t.eval("lst")))
                .check("'bc' in 'abcd'", t -> invoke(in, "bc", "abcd"))
                .check("1 in 'abcd'", t -> invoke(in, 1L, "abcd"))
                .check("3 in {1, 2}", t -> invoke(in, 3L, t.eval("{1, 2}")))
                .check("'k' not in d", t -> invoke(notIn, "k", t.eval("d")))
                .check("'y' not in lst", t -> invoke(notIn, "y", t.eval("lst")))
                .check("0 not in bag", t -> invoke(notIn, 0L, t.eval("bag")))
                .check("5 in bag", t -> invoke(in, 5L, t.eval("bag")))
                .exec("Bag.__contains__ = lambda self, x: False")
                .check("5 in bag", t -> invoke(in, 5L, t.eval("bag")))
                .check("1 in 5", t -> invoke(in, 1L, 5L))
                .verify();
    }

    @Test
    void membershipInATupleOnTheTupleFastPath() {
        CompareSite in = new CompareSite(OP, CompareOp.IN.ordinal());
        CompareSite notIn = new CompareSite(OP, CompareOp.NOT_IN.ordinal());
        String setup = MONEY + """
                nan = float('nan')
                ops = (('op', '+'), ('op', '-'))
                mixed = (1, 2.0, 'x', nan, None)
                class Same:
                    def __eq__(self, other):
                        return 'yes'
                class Broken:
                    def __eq__(self, other):
                        raise ValueError('no comparing')
                """;
        new IcScenario(setup)
                .check("('op', '-') in ops", t -> invoke(in, t.eval("('op', '-')"), t.eval("ops")))
                .check("('op', '*') in ops", t -> invoke(in, t.eval("('op', '*')"), t.eval("ops")))
                .check("2 in mixed", t -> invoke(in, 2L, t.eval("mixed")))
                .check("True in mixed", t -> invoke(in, t.eval("True"), t.eval("mixed")))
                .check("nan in mixed", t -> invoke(in, t.eval("nan"), t.eval("mixed")))
                .check("float('nan') in mixed", t -> invoke(in, t.eval("float('nan')"), t.eval("mixed")))
                .check("Same() in mixed", t -> invoke(in, t.eval("Same()"), t.eval("mixed")))
                .check("'y' in ()", t -> invoke(in, "y", t.eval("()")))
                .expectState(in, MONOMORPHIC)
                .check("Broken() in mixed", t -> invoke(in, t.eval("Broken()"), t.eval("mixed")))
                .check("None not in mixed", t -> invoke(notIn, t.eval("None"), t.eval("mixed")))
                .check("3 not in mixed", t -> invoke(notIn, 3L, t.eval("mixed")))
                .expectState(notIn, MONOMORPHIC)
                .verify();
    }
}
