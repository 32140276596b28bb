package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.CPythonOracle.big;
import static org.pyjit.runtime.types.CPythonOracle.py;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;
import org.pyjit.runtime.types.format.Formatting;

/** complex against CPython: construction, parsing, arithmetic, equality, hash, repr and format. */
class ComplexMethodsTest {
    private static PyComplex c(double re, double im) {
        return new PyComplex(re, im);
    }

    private static final Object[] VALUES = {c(1, 2), c(0, 1), c(-0.0, -1), c(0.0, -0.0), c(1.5, 0), c(0, 0), c(1e308, 1e308),
        c(Double.NaN, 1), c(Double.POSITIVE_INFINITY, 0), c(-2, 0.5), c(3, -4), 2L, -1.5, 0L, true, 0.0, big("100000000000000000000")};

    @Test
    void arithmeticEqualityAndHash() {
        CPythonOracle o = new CPythonOracle();
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.POW, BinaryOp.FLOORDIV, BinaryOp.MOD};
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) continue;
                for (BinaryOp op : ops) o.binary(a, op, b);
                o.compare(a, CompareOp.EQ, b).compare(a, CompareOp.NE, b).compare(a, CompareOp.LT, b);
            }
            if (a instanceof PyComplex) {
                // CPython hashes NaN by identity, so complex NaNs have no reproducible hash
                if (!Double.isNaN(((PyComplex) a).real)) o.expr("hash(" + py(a) + ")", () -> Ops.hash(a));
                o.expr("repr(" + py(a) + ")", () -> Ops.repr(a));
                o.expr("abs(" + py(a) + ")", () -> Ops.call(Ops.getAttr(a, "__abs__")));
                for (UnaryOp u : new UnaryOp[] {UnaryOp.USUB, UnaryOp.UADD, UnaryOp.NOT}) o.expr(u.symbol + "(" + py(a) + ")", () -> Ops.unary(a, u));
                for (String m : new String[] {"conjugate", "__getnewargs__", "__complex__"}) o.call(a, m);
                o.expr(py(a) + ".real", () -> Ops.getAttr(a, "real")).expr(py(a) + ".imag", () -> Ops.getAttr(a, "imag"));
                o.call(a, "__pow__", 2L, 3L);
            }
        }
        for (long n : new long[] {-3, -1, 0, 1, 2, 5, 100, 101, 1000}) o.binary(c(1, 1), BinaryOp.POW, n);
        o.binary(c(0, 0), BinaryOp.POW, -1L).binary(c(0, 0), BinaryOp.POW, c(0, 1)).binary(c(0, 0), BinaryOp.POW, c(1, 0));
        o.binary(-8L, BinaryOp.POW, 1.0 / 3).binary(-1.0, BinaryOp.POW, 0.5).binary(c(0, 1), BinaryOp.POW, c(0, 1));
        o.binary(c(1e200, 0), BinaryOp.POW, 2L).binary(c(Double.POSITIVE_INFINITY, 0), BinaryOp.POW, 0.5);
        o.check();
    }

    @Test
    void constructionAndParsing() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"1+2j", " ( 1+2j ) ", "1e3j", "-j", "+1.5-2.5J", "inf+nanj", "( 1)", "1 + 2j", "1_0+2_0j", "j", "", "()",
            "1+", "(1+2j", "-0", "1e500j", "nanj", "1+j", "1-J", "infinityj", "1e", "1ej", "  3  ", "1+2", "1+2jj", "\u0661+\u0662j",
            "+j", "--1j", "(1+2j))", "1+-2j"};
        for (String t : texts) o.construct(BuiltinTypes.COMPLEX, t);
        Object[][] pairs = {{1L, 2L}, {c(1, 2), c(1, 2)}, {1L, c(0, 1)}, {c(0, 1)}, {true, false}, {-0.0, -0.0}, {"1", 2L},
            {1L, "a"}, {CPythonOracle.list()}, {1L, CPythonOracle.list()}, {}, {1.5}, {big("1" + "0".repeat(400))}, {PyNone.NONE}};
        for (Object[] p : pairs) o.construct(BuiltinTypes.COMPLEX, p);
        o.expr("complex(real=1, imag=2)", () -> CPythonOracle.newInstance(BuiltinTypes.COMPLEX, new Object[] {1L, 2L},
                new String[] {"real", "imag"}));
        o.expr("complex(real=1, x=2)", () -> CPythonOracle.newInstance(BuiltinTypes.COMPLEX, new Object[] {1L, 2L},
                new String[] {"real", "x"}));
        o.construct(BuiltinTypes.COMPLEX, 1L, 2L, 3L);
        o.check();
    }

    @Test
    void formatSpecTable() {
        CPythonOracle o = new CPythonOracle();
        Object[] xs = {c(1, 2), c(0, 2), c(-0.0, -2), c(1.5, 2), c(1e20, 2), c(-1e-9, -1e-9), c(Double.NaN, Double.NEGATIVE_INFINITY),
            c(1234.5678, -0.001)};
        String[] specs = {"", "10", ".3", "e", ".2f", "^20.2f", "+", ",", ",.2f", "z", "z.2f", "#", "n", "g", "G", "E", "=10",
            "010", "0<10", "d", "%", "<30", "*>25.3e", "s"};
        for (Object x : xs) {
            for (String s : specs) o.expr("format(" + py(x) + ", " + py(s) + ")", () -> Formatting.format(x, s));
        }
        o.check();
    }
}
