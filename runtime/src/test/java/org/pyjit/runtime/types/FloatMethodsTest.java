package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.CPythonOracle.big;
import static org.pyjit.runtime.types.CPythonOracle.py;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.format.Formatting;

/** float against CPython: repr of many random doubles, hashes, arithmetic, comparisons, conversions. */
class FloatMethodsTest {

    /** Doubles of every kind: random bit patterns, powers of two, decimal-looking values, edge cases. */
    static List<Double> sampleDoubles(int n, long seed) {
        Random r = new Random(seed);
        List<Double> out = new ArrayList<>();
        double[] edge = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e-7, 1e15, 9.999999999999999e15, 1e22, 1e23, 5e-324,
            4.9406564584124654e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 1.2345678901234567e21, 0.0001, 0.00001, 123456789.0,
            2.5, 3.5, -2.5, 1.5e300, 2.0 / 3, 100.0, 1e100, 12345.678, 0.3, 2.675, 1.0000000000000002, 9007199254740993.0};
        for (double d : edge) out.add(d);
        while (out.size() < n) {
            double d = switch (out.size() % 5) {
                case 0 -> Double.longBitsToDouble(r.nextLong());
                case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(44) - 22);
                case 2 -> Math.scalb(1.0, r.nextInt(2098) - 1074);
                case 3 -> (r.nextInt(2_000_000) - 1_000_000) / Math.pow(10, r.nextInt(12));
                default -> Math.scalb((double) (r.nextLong() >>> 11), r.nextInt(200) - 100);
            };
            if (!Double.isNaN(d)) out.add(d);
        }
        return out;
    }

    @Test
    void reprOfThousandsOfDoublesIsCPythons() {
        CPythonOracle o = new CPythonOracle();
        for (double d : sampleDoubles(6000, 20240611L)) {
            o.expr(py(d), () -> d);
            o.expr("str(" + py(d) + ")", () -> Ops.str(d));
        }
        o.expr("float('nan')", () -> Double.NaN).expr("float('-inf')", () -> Double.NEGATIVE_INFINITY);
        o.check();
    }

    @Test
    void hashesAreCPythons() {
        CPythonOracle o = new CPythonOracle();
        for (double d : sampleDoubles(3000, 7L)) {
            o.expr("hash(" + py(d) + ")", () -> Ops.hash(d));
            o.expr("(" + py(d) + ").__hash__()", () -> Ops.call(Ops.getAttr(d, "__hash__")));
        }
        o.expr("hash(float('inf'))", () -> Ops.hash(Double.POSITIVE_INFINITY));
        o.expr("hash(float('-inf'))", () -> Ops.hash(Double.NEGATIVE_INFINITY));
        o.check();
    }

    @Test
    void arithmeticAndComparisonsMatch() {
        CPythonOracle o = new CPythonOracle();
        Object[] values = {0.0, -0.0, 1.5, -2.25, 3.0, 1e308, -1e-300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, 7L, -3L, 0L, true, big("123456789012345678901234567890"), 9007199254740993L, 2.0e19,
            big("-18446744073709551616"), 0.1, -8.0, 0.5};
        BinaryOp[] ops = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.POW};
        CompareOp[] cmps = {CompareOp.EQ, CompareOp.NE, CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE};
        for (Object a : values) {
            for (Object b : values) {
                if (!(a instanceof Double) && !(b instanceof Double)) continue;
                for (BinaryOp op : ops) o.binary(a, op, b);
                for (CompareOp op : cmps) o.compare(a, op, b);
                o.expr("divmod(" + py(a) + ", " + py(b) + ")", () -> CPythonOracle.divmod(a, b));
            }
        }
        o.check();
    }

    @Test
    void exactComparisonWithBigInts() {
        CPythonOracle o = new CPythonOracle();
        Random r = new Random(3);
        for (int i = 0; i < 400; i++) {
            double d = Math.scalb((double) (r.nextLong() >>> 11), r.nextInt(140) - 20);
            if (r.nextBoolean()) d = -d;
            Object n = Ops.call(Ops.getAttr(d, "__int__"));
            Object near = Ops.binary(n, (long) (r.nextInt(5) - 2), BinaryOp.ADD);
            for (CompareOp op : new CompareOp[] {CompareOp.EQ, CompareOp.LT, CompareOp.GT}) {
                o.compare(d, op, near);
                o.compare(near, op, d);
                o.compare(d + 0.5, op, near);
            }
        }
        o.check();
    }

    @Test
    void constructionFromStringsAndNumbers() {
        CPythonOracle o = new CPythonOracle();
        String[] texts = {"1.5", "  -0.0 ", "inf", "-Infinity", "nAn", "+nan", "1_000.5", "1e1_0", "1__0", "_1", "1_", "1._5",
            "0x10", "1e", "e5", ".5", "5.", ".", "", " ", "1e400", "-1e400", "1e-400", "\u0661\u0662.5", "\u20031.5\u2003",
            "1.5x", "１２", "0.1e-2", "1E+2", "infinity1", "-", "+.e1", "9" .repeat(400), "0." + "0".repeat(330) + "1"};
        for (String t : texts) o.construct(BuiltinTypes.FLOAT, t);
        Object[] nums = {5L, true, big("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026864861912"), big("-" + "9".repeat(400)), 1.25, PyNone.NONE, CPythonOracle.list()};
        for (Object n : nums) o.construct(BuiltinTypes.FLOAT, n);
        o.construct(BuiltinTypes.FLOAT);
        o.construct(BuiltinTypes.FLOAT, 1L, 2L);
        o.check();
    }

    @Test
    void roundingAndConversions() {
        CPythonOracle o = new CPythonOracle();
        double[] xs = {2.675, 0.125, 0.375, -0.5, 0.5, 1.5, 2.5, -2.5, 1234.5678, 1e300, 5e-324, -0.0, 0.0, 123456.789e-10,
            1.7976931348623157e308, 9.5, 0.285, 1.005};
        Object[] ndigits = {PyNone.NONE, 0L, 1L, 2L, 3L, -1L, -2L, -308L, -309L, 323L, 324L, big("100000000000000000000"), "x"};
        for (double x : xs) {
            for (Object n : ndigits) o.call(x, "__round__", n);
            o.call(x, "__round__");
            for (String m : new String[] {"__int__", "__trunc__", "__floor__", "__ceil__", "is_integer", "as_integer_ratio",
                "hex", "conjugate", "__abs__", "__neg__", "__bool__", "__getnewargs__"}) {
                o.call(x, m);
            }
            o.expr(py(x) + ".real", () -> Ops.getAttr(x, "real")).expr(py(x) + ".imag", () -> Ops.getAttr(x, "imag"));
        }
        for (double x : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
            for (String m : new String[] {"__int__", "__round__", "as_integer_ratio", "hex", "is_integer"}) o.call(x, m);
            o.call(x, "__round__", 2L);
        }
        for (String h : new String[] {"0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023", "inf",
            "0x.8", "1p3", "0x1p", "  0X1P+3 ", "nan", "x", "0x1.000000000000080000001p0", "0x1.0000000000000800p0"}) {
            o.expr("float.fromhex(" + py(h) + ")", () -> Ops.call(Ops.getAttr(BuiltinTypes.FLOAT, "fromhex"), h));
        }
        o.expr("float.__getformat__('double')", () -> Ops.call(Ops.getAttr(BuiltinTypes.FLOAT, "__getformat__"), "double"));
        o.check();
    }

    @Test
    void formatSpecTable() {
        CPythonOracle o = new CPythonOracle();
        double[] xs = {0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e16, 1e-5, 123.456e-10, 0.5, 2.5, 1e100,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 100.0, 99.99, 1e15, -0.0001};
        String[] specs = {"", ".3", ".0", "e", "E", ".2e", "f", ".2f", ".0f", "F", "g", "G", ".3g", ".10g", "#g", "#.0f", "#.3",
            "%", ".1%", "n", ",", "_", ",.2f", "_.3f", "015.3f", "+.2f", " .2f", "-.2f", "z.2f", "z", "z.0f", "=+12.3f",
            "*^20.4e", "<10", ">10", "^10", "010", "010,.1f", "#.0e", "#x", ".2d", "s", "12,", "020,.2f", "0=15,.2f",
            ".20f", ".17g", ".30e", "#", "#.2", "x<+015,.3f", ",g", "_e"};
        for (double x : xs) {
            for (String s : specs) o.expr("format(" + py(x) + ", " + py(s) + ")", () -> Formatting.format(x, s));
        }
        o.check();
    }
}
