package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.CPythonOracle.big;
import static org.pyjit.runtime.types.CPythonOracle.list;
import static org.pyjit.runtime.types.CPythonOracle.py;
import static org.pyjit.runtime.types.CPythonOracle.tuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.UnaryOp;
import org.pyjit.runtime.types.format.Formatting;

/** int and bool against CPython: hashes, parsing, arithmetic, bitwise ops, methods and formatting. */
class IntMethodsTest {

    static List<Object> sampleInts(int n, long seed) {
        Random r = new Random(seed);
        List<Object> out = new ArrayList<>();
        long mersenne = (1L << 61) - 1;
        long[] edge = {0, 1, -1, -2, 2, 255, 256, Long.MAX_VALUE, Long.MIN_VALUE, mersenne, mersenne - 1, mersenne + 1, -mersenne,
            -mersenne - 1, 1L << 53, (1L << 53) + 1, 1L << 62, 10, 1000, 123456789};
        for (long e : edge) out.add(e);
        out.add(IntArith.normalize(BigInteger.ONE.shiftLeft(64)));
        out.add(IntArith.normalize(BigInteger.ONE.shiftLeft(61).multiply(BigInteger.valueOf(3))));
        out.add(IntArith.normalize(BigInteger.ONE.shiftLeft(200).negate()));
        while (out.size() < n) {
            switch (out.size() % 3) {
                case 0 -> out.add(r.nextLong() >> r.nextInt(63));
                case 1 -> out.add(IntArith.normalize(new BigInteger(1 + r.nextInt(300), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1))));
                default -> out.add((long) (r.nextInt(2001) - 1000));
            }
        }
        return out;
    }

    @Test
    void hashesAreCPythons() {
        CPythonOracle o = new CPythonOracle();
        for (Object i : sampleInts(3000, 11L)) {
            o.expr("hash(" + py(i) + ")", () -> Ops.hash(i));
            o.expr("(" + py(i) + ").__hash__()", () -> Ops.call(Ops.getAttr(i, "__hash__")));
            o.expr("hash(float(" + py(i) + "))", () -> Ops.hash(IntArith.toDouble(i)));
        }
        o.expr("hash(True)", () -> Ops.hash(true)).expr("True.__hash__()", () -> Ops.call(Ops.getAttr(true, "__hash__")));
        o.check();
    }

    @Test
    void reprAndStrAndDigitLimit() {
        CPythonOracle o = new CPythonOracle();
        for (Object i : sampleInts(300, 5L)) {
            o.expr("repr(" + py(i) + ")", () -> Ops.repr(i));
            o.expr("(" + py(i) + ").__repr__()", () -> Ops.call(Ops.getAttr(i, "__repr__")));
        }
        Object huge = IntArith.normalize(BigInteger.TEN.pow(4300));
        Object limit = IntArith.normalize(BigInteger.TEN.pow(4300).subtract(BigInteger.ONE));
        o.expr("str(10**4300)", () -> Ops.str(huge)).expr("len(str(10**4300-1))", () -> (long) Ops.str(limit).length());
        o.expr("int('1'*4301)", () -> CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {"1".repeat(4301)}, null));
        o.expr("int('1'*4301, 16) % 1000", () -> IntArith.mod(
                CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {"1".repeat(4301), 16L}, null), 1000L));
        o.expr("format(10**4300, 'x')[:10]", () -> Formatting.format(huge, "x").substring(0, 10));
        o.expr("repr(True), repr(False)", () -> tuple(Ops.repr(true), Ops.repr(false)));
        o.check();
    }

    @Test
    void parsingWithBases() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"0", "12", " -12 ", "+7", "1_000", "1__0", "_1", "1_", "0x_1f", "0_x1", "0b", "0x", "00", "0_0", "010",
            "-0x10", "0o17", "0O17", "0B101", "0b_1_0", "0x__1", "z", "Z", "zz", "\u0661\u0662", "\uff11\uff12", "12\u00e9", "+ 1",
            "- 1", "", " ", "\u2003 5 \u2003", "1" .repeat(30), "-" + "9".repeat(25), "9223372036854775808", "-9223372036854775808",
            "x".repeat(300), "1.5", "1e5", "\t\n42\r\f\u000b"};
        long[] bases = {10, 0, 2, 8, 16, 36, 1, 37, -1};
        for (String t : texts) {
            o.construct(BuiltinTypes.INT, t);
            for (long b : bases) o.construct(BuiltinTypes.INT, t, b);
        }
        Object[] others = {3.99, -3.99, 1e20, -1e300, Double.POSITIVE_INFINITY, Double.NaN, true, PyNone.NONE, list(),
            new PyBytes("42".getBytes()), big("123456789012345678901234567890"), -0.0};
        for (Object x : others) o.construct(BuiltinTypes.INT, x);
        o.construct(BuiltinTypes.INT, 1.5, 10L);
        o.construct(BuiltinTypes.INT, new PyBytes(" -0x1f ".getBytes()), 16L);
        o.construct(BuiltinTypes.INT);
        o.construct(BuiltinTypes.INT, "1", 2L, 3L);
        o.expr("int(x=5)", () -> CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {5L}, new String[] {"x"}));
        o.expr("int('11', base=2)", () -> CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {"11", 2L}, new String[] {"base"}));
        o.expr("int(base=2)", () -> CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {2L}, new String[] {"base"}));
        o.expr("int('1', base=2.5)", () -> CPythonOracle.newInstance(BuiltinTypes.INT, new Object[] {"1", 2.5}, new String[] {"base"}));
        o.check();
    }

    @Test
    void arithmeticMatches() {
        CPythonOracle o = new CPythonOracle();
        List<Object> xs = sampleInts(40, 21L);
        xs.add(true);
        xs.add(false);
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD,
            BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR};
        CompareOp[] cmps = {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE};
        for (Object a : xs) {
            for (Object b : xs) {
                for (BinaryOp op : ops) o.binary(a, op, b);
                for (CompareOp op : cmps) o.compare(a, op, b);
                o.expr("divmod(" + py(a) + ", " + py(b) + ")", () -> CPythonOracle.divmod(a, b));
            }
            for (UnaryOp u : new UnaryOp[] {UnaryOp.USUB, UnaryOp.UADD, UnaryOp.INVERT, UnaryOp.NOT}) {
                o.expr(u.symbol + " (" + py(a) + ")", () -> Ops.unary(a, u));
            }
            o.expr("abs(" + py(a) + ")", () -> Ops.call(Ops.getAttr(a, "__abs__")));
        }
        o.check();
    }

    @Test
    void trueDivisionIsCorrectlyRounded() {
        CPythonOracle o = new CPythonOracle();
        Random r = new Random(99);
        for (int i = 0; i < 1500; i++) {
            Object a = IntArith.normalize(new BigInteger(1 + r.nextInt(1100), r));
            Object b = IntArith.normalize(new BigInteger(1 + r.nextInt(1100), r).add(BigInteger.ONE));
            o.binary(r.nextBoolean() ? a : IntArith.neg(a), BinaryOp.TRUEDIV, b);
        }
        o.binary(1L, BinaryOp.TRUEDIV, IntArith.normalize(BigInteger.ONE.shiftLeft(1075)));
        o.binary(3L, BinaryOp.TRUEDIV, IntArith.normalize(BigInteger.ONE.shiftLeft(1076)));
        o.binary(0L, BinaryOp.TRUEDIV, -5L);
        o.binary(IntArith.normalize(BigInteger.TEN.pow(400)), BinaryOp.TRUEDIV, 3L);
        o.check();
    }

    @Test
    void powersShiftsAndModularPower() {
        CPythonOracle o = new CPythonOracle();
        Object[] bases = {0L, 1L, -1L, 2L, -3L, 10L, 7L, big("12345678901234567890"), true};
        Object[] exps = {0L, 1L, 2L, 3L, 10L, 64L, 100L, -1L, -2L, -1075L};
        for (Object b : bases) {
            for (Object e : exps) {
                o.binary(b, BinaryOp.POW, e);
                for (Object m : new Object[] {7L, -7L, 1L, 0L, 2.0, big("1000000007000000007")}) {
                    o.call(b, "__pow__", e, m);
                }
            }
            for (Object s : new Object[] {0L, 1L, 5L, 63L, 64L, 200L, -1L, big("100000000000000000000000")}) {
                o.binary(b, BinaryOp.LSHIFT, s);
                o.binary(b, BinaryOp.RSHIFT, s);
            }
        }
        o.binary(2L, BinaryOp.POW, 0.5).binary(-8L, BinaryOp.POW, 1.0 / 3);
        o.check();
    }

    @Test
    void namedMethodsAndAttributes() {
        CPythonOracle o = new CPythonOracle();
        for (Object i : sampleInts(60, 8L)) {
            for (String m : new String[] {"bit_length", "bit_count", "as_integer_ratio", "conjugate", "__index__", "__int__",
                "__float__", "__trunc__", "__floor__", "__ceil__", "__bool__", "__getnewargs__", "__sizeof__"}) {
                o.call(i, m);
            }
            for (String a : new String[] {"real", "imag", "numerator", "denominator"}) {
                o.expr("(" + py(i) + ")." + a, () -> Ops.getAttr(i, a));
            }
            for (Object nd : new Object[] {PyNone.NONE, 0L, 2L, -1L, -2L, -5L, -30L, 1.5}) {
                o.call(i, "__round__", nd);
            }
        }
        for (long v : new long[] {15, 25, 35, -15, -25, 150, 250, 1234567}) {
            for (long nd : new long[] {-1, -2, -3}) o.call(v, "__round__", nd);
        }
        o.call(true, "__round__").call(true, "bit_length").expr("True.real", () -> Ops.getAttr(true, "real"));
        o.call(1L, "bit_length", 1L).call(1L, "__round__", 1L, 2L);
        o.check();
    }

    @Test
    void bytesConversion() {
        CPythonOracle o = new CPythonOracle();
        Object[] values = {0L, 1L, -1L, 255L, 256L, -128L, -129L, 65535L, Long.MAX_VALUE, Long.MIN_VALUE, big("340282366920938463463374607431768211455")};
        for (Object v : values) {
            for (long len : new long[] {0, 1, 2, 8, 16, 17}) {
                for (String order : new String[] {"big", "little"}) {
                    o.callKw(v, "to_bytes", new Object[] {len, order}, new String[0], new Object[0]);
                    o.callKw(v, "to_bytes", new Object[] {len, order}, new String[] {"signed"}, new Object[] {true});
                }
            }
        }
        o.call(1L, "to_bytes").call(1L, "to_bytes", -1L, "big").call(1L, "to_bytes", 1L, "middle").call(1L, "to_bytes", 1L, 5L);
        o.call(1L, "to_bytes", 1L, "big", true);
        Object intType = BuiltinTypes.INT;
        byte[][] datas = {{}, {1}, {(byte) 0xff}, {1, 2, 3}, {(byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0}};
        for (byte[] d : datas) {
            for (String order : new String[] {"big", "little"}) {
                PyBytes b = new PyBytes(d);
                o.callKw(intType, "from_bytes", new Object[] {b, order}, new String[0], new Object[0]);
                o.callKw(intType, "from_bytes", new Object[] {b}, new String[] {"byteorder", "signed"}, new Object[] {order, true});
            }
        }
        o.call(intType, "from_bytes", list(1L, 2L)).call(intType, "from_bytes", list(256L)).call(intType, "from_bytes", "ab");
        o.call(intType, "from_bytes", 1.5).call(intType, "from_bytes", tuple(1L, 2L), "little");
        o.call(intType, "from_bytes");
        o.check();
    }

    @Test
    void boolBehaviour() {
        CPythonOracle o = new CPythonOracle();
        Object[] vals = {true, false, 1L, 0L, 2L, 1.5};
        for (Object a : vals) {
            for (Object b : vals) {
                for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR, BinaryOp.ADD, BinaryOp.MUL}) {
                    if (a instanceof Double && op.ordinal() >= BinaryOp.OR.ordinal() && op != BinaryOp.ADD && op != BinaryOp.MUL) continue;
                    o.binary(a, op, b);
                }
            }
        }
        for (Object x : new Object[] {0L, 1L, "", "a", 0.0, PyNone.NONE, list(), list(1L)}) o.construct(BuiltinTypes.BOOL, x);
        o.construct(BuiltinTypes.BOOL).construct(BuiltinTypes.BOOL, 1L, 2L);
        o.expr("bool(x=1)", () -> CPythonOracle.newInstance(BuiltinTypes.BOOL, new Object[] {1L}, new String[] {"x"}));
        o.check();
    }

    @Test
    void formatSpecTable() {
        CPythonOracle o = new CPythonOracle();
        Object[] xs = {0L, 1L, -1L, 42L, -42L, 255L, 1234567L, -1234567890L, Long.MIN_VALUE, big("123456789012345678901234567890"),
            true, 65L, 0x10ffffL, 0x110000L};
        String[] specs = {"", "d", "5d", "<5", "^7", "=+8", "+", " ", "-", "x", "X", "#x", "#X", "#o", "o", "b", "#b", "c", "n",
            ",", "_", "_x", "_b", "#_o", "010", "010,", "0=10", "*>10", "#012x", "+#010b", ",d", "e", ".2f", "%", ".1%", "g",
            "08.3f", ",.2f", ".2", "s", "z", "zd", "+c", "#c", ",c", ",n", "_n", "12,x", ",x", "=^10", "\u00e9^9", "0<5", "0>5",
            "3", "-#10x", "abc", ".", ",,", ",_", "_,"};
        for (Object x : xs) {
            for (String s : specs) o.expr("format(" + py(x) + ", " + py(s) + ")", () -> Formatting.format(x, s));
        }
        o.call(1L, "__format__", 1L).call(-1L, "__format__", "c");
        o.check();
    }

    @Test
    void wrongArgumentCountsAndTypes() {
        CPythonOracle o = new CPythonOracle();
        o.call(1L, "__add__").call(1L, "__add__", 1L, 2L).call(1L, "__add__", 2.0).call(1L, "__pow__").call(1L, "__pow__", 1L, 2L, 3L);
        o.call(1L, "bit_length", 1L).call(1L, "__format__").call(1L, "conjugate", 2L);
        o.binary(1L, BinaryOp.ADD, "a").binary("a", BinaryOp.MUL, 2.5).binary(1L, BinaryOp.FLOORDIV, 0L).binary(1L, BinaryOp.MOD, 0L);
        o.binary(1L, BinaryOp.TRUEDIV, 0L).binary(0L, BinaryOp.POW, -1L).binary(1L, BinaryOp.LSHIFT, -1L);
        o.expr("divmod(1, 0)", () -> CPythonOracle.divmod(1L, 0L));
        o.expr("int.__new__(str)", () -> CPythonOracle.newInstance(BuiltinTypes.STR, new Object[0], null) == null ? null
                : Ops.call(BuiltinTypes.INT.namespace.getStr("__new__"), BuiltinTypes.STR));
        o.expr("int.__new__(1)", () -> Ops.call(BuiltinTypes.INT.namespace.getStr("__new__"), 1L));
        o.expr("int.__new__()", () -> Ops.call(BuiltinTypes.INT.namespace.getStr("__new__")));
        o.check();
    }
}
