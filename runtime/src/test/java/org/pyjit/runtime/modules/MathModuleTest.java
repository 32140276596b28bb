package org.pyjit.runtime.modules;

import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.testutil.PyCanon;

/** The math module against CPython's, including bit-exact results over many arguments. */
class MathModuleTest {
    static PyModule math;

    @BeforeAll
    static void boot() {
        Py.boot();
        math = MathModule.create();
    }

    static Object m(String name, Object... args) {
        return Ops.call(Ops.getAttr(math, name), args);
    }

    static Object mKw(String name, Object[] args, String... kw) {
        return Ops.callKw(Ops.getAttr(math, name), args, kw);
    }

    static final String EACH = "import math\ndef each(f, xs):\n    out = []\n    for x in xs:\n        try: out.append(f(x))\n"
            + "        except Exception as e: out.append('!' + type(e).__name__ + ': ' + str(e))\n    return out\n";

    static final Object BIG = big("1180591620717411303424"); // 2**70
    static final Object HUGE = new java.math.BigInteger("2").pow(2000);

    @Test
    void namesAndConstants() {
        new Batch("import math\n")
                .check("sorted(n for n in dir(math) if not n.startswith('_'))", () -> {
                    List<String> names = new ArrayList<>();
                    PyDict d = math.dict;
                    for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                        String k = (String) d.keyAt(e);
                        if (!k.startsWith("_")) names.add(k);
                    }
                    names.sort(null);
                    return list(names.toArray());
                })
                .check("(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)",
                        () -> tuple(Ops.getAttr(math, "pi"), Ops.getAttr(math, "e"), Ops.getAttr(math, "tau"), Ops.getAttr(math, "inf"),
                                -(Double) Ops.getAttr(math, "inf"), Ops.getAttr(math, "nan")))
                .run();
    }

    @Test
    void errorsAndSpecialCases() {
        PyType fl = new Py.ClassBuilder("Fl").method("__float__", (a, kw) -> 2.25).build();
        PyType ix = new Py.ClassBuilder("Ix").method("__index__", (a, kw) -> 9L).build();
        PyType fc = new Py.ClassBuilder("FC").method("__floor__", (a, kw) -> "floor!").method("__ceil__", (a, kw) -> "ceil!")
                .method("__trunc__", (a, kw) -> "trunc!").build();
        new Batch(EACH + "class Fl:\n    def __float__(self): return 2.25\nclass Ix:\n    def __index__(self): return 9\n"
                + "class FC:\n    def __floor__(self): return 'floor!'\n    def __ceil__(self): return 'ceil!'\n"
                + "    def __trunc__(self): return 'trunc!'\n")
                .check("math.sqrt(-1)", () -> m("sqrt", -1L))
                .check("math.sqrt('a')", () -> m("sqrt", "a"))
                .check("math.sqrt(True)", () -> m("sqrt", true))
                .check("math.sqrt(Fl())", () -> m("sqrt", Py.instance(fl)))
                .check("math.sqrt(Ix())", () -> m("sqrt", Py.instance(ix)))
                .check("math.sqrt(2**2000)", () -> m("sqrt", HUGE))
                .check("math.sqrt()", () -> m("sqrt"))
                .check("math.exp(1000)", () -> m("exp", 1000L))
                .check("math.exp(-1000)", () -> m("exp", -1000L))
                .check("math.expm1(1000)", () -> m("expm1", 1000L))
                .check("math.exp2(10)", () -> m("exp2", 10L))
                .check("math.log(-1)", () -> m("log", -1L))
                .check("math.log(0)", () -> m("log", 0L))
                .check("math.log(0.0)", () -> m("log", 0.0))
                .check("math.log(float('inf'))", () -> m("log", Double.POSITIVE_INFINITY))
                .check("math.log(2**2000)", () -> m("log", HUGE))
                .check("math.log(2**2000, 2)", () -> m("log", HUGE, 2L))
                .check("math.log(2**2000, 2**1000)", () -> m("log", HUGE, big("10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376")))
                .check("math.log(-2**2000)", () -> m("log", ((java.math.BigInteger) HUGE).negate()))
                .check("math.log(8, 2)", () -> m("log", 8L, 2L))
                .check("math.log(1, 0)", () -> m("log", 1L, 0L))
                .check("math.log(2, 1)", () -> m("log", 2L, 1L))
                .check("math.log(10, 0.5)", () -> m("log", 10L, 0.5))
                .check("math.log('a')", () -> m("log", "a"))
                .check("math.log10(2**5000)", () -> m("log10", new java.math.BigInteger("2").pow(5000)))
                .check("math.log2(2**5000)", () -> m("log2", new java.math.BigInteger("2").pow(5000)))
                .check("math.log2(0.0)", () -> m("log2", 0.0))
                .check("math.log1p(-1)", () -> m("log1p", -1L))
                .check("math.log1p(-0.0)", () -> m("log1p", -0.0))
                .check("math.pow(0, -1)", () -> m("pow", 0L, -1L))
                .check("math.pow(-1, 0.5)", () -> m("pow", -1L, 0.5))
                .check("math.pow(10, 400)", () -> m("pow", 10L, 400L))
                .check("math.pow(2, 3)", () -> m("pow", 2L, 3L))
                .check("[each(lambda y: math.pow(x, y), (float('inf'), float('-inf'), float('nan'), 0.0, 3.0, -3.0, 2.0)) "
                        + "for x in (float('inf'), float('-inf'), float('nan'), 1.0, -1.0, 0.5, 2.0, 0.0, -0.0)]", () -> {
                            PyList out = list();
                            double[] xs = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 0.5, 2.0, 0.0, -0.0};
                            double[] ys = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.0, 3.0, -3.0, 2.0};
                            for (double x : xs) {
                                PyList row = list();
                                for (double y : ys) {
                                    try {
                                        row.append(m("pow", x, y));
                                    } catch (PyException e) {
                                        row.append(PyCanon.exception(e));
                                    }
                                }
                                out.append(row);
                            }
                            return out;
                        })
                .check("math.fmod(1, 0)", () -> m("fmod", 1L, 0L))
                .check("math.fmod(5.5, 2)", () -> m("fmod", 5.5, 2L))
                .check("math.fmod(-5.5, float('inf'))", () -> m("fmod", -5.5, Double.POSITIVE_INFINITY))
                .check("math.remainder(5, 2)", () -> m("remainder", 5L, 2L))
                .check("math.remainder(7, 2)", () -> m("remainder", 7L, 2L))
                .check("math.remainder(-7.5, 2)", () -> m("remainder", -7.5, 2L))
                .check("math.remainder(1, 0)", () -> m("remainder", 1L, 0L))
                .check("math.remainder(float('inf'), 1)", () -> m("remainder", Double.POSITIVE_INFINITY, 1L))
                .check("math.copysign(1, -0.0)", () -> m("copysign", 1L, -0.0))
                .check("math.atan2(1, 1)", () -> m("atan2", 1L, 1L))
                .check("math.atan2(0.0, -0.0)", () -> m("atan2", 0.0, -0.0))
                .check("math.atan2(float('inf'), float('-inf'))", () -> m("atan2", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))
                .check("math.acos(2)", () -> m("acos", 2L))
                .check("math.asin(2)", () -> m("asin", 2L))
                .check("math.atanh(1)", () -> m("atanh", 1L))
                .check("math.acosh(0)", () -> m("acosh", 0L))
                .check("math.cosh(1000)", () -> m("cosh", 1000L))
                .check("math.sinh(-1000)", () -> m("sinh", -1000L))
                .check("math.tan(math.pi / 2)", () -> m("tan", Math.PI / 2))
                .check("math.sin(float('inf'))", () -> m("sin", Double.POSITIVE_INFINITY))
                .check("math.sin(float('nan'))", () -> m("sin", Double.NaN))
                .check("math.cbrt(27)", () -> m("cbrt", 27L))
                .check("math.cbrt(-8)", () -> m("cbrt", -8L))
                .check("math.fabs(-2)", () -> m("fabs", -2L))
                .check("math.degrees(math.pi)", () -> m("degrees", Math.PI))
                .check("math.radians(180)", () -> m("radians", 180L))
                .check("math.floor(2.5)", () -> m("floor", 2.5))
                .check("math.floor(-2.5)", () -> m("floor", -2.5))
                .check("math.floor(1e300)", () -> m("floor", 1e300))
                .check("math.floor(2**70)", () -> m("floor", BIG))
                .check("math.floor(True)", () -> m("floor", true))
                .check("math.ceil(2.1)", () -> m("ceil", 2.1))
                .check("math.floor('a')", () -> m("floor", "a"))
                .check("math.floor(float('inf'))", () -> m("floor", Double.POSITIVE_INFINITY))
                .check("math.ceil(float('nan'))", () -> m("ceil", Double.NaN))
                .check("math.floor(Fl())", () -> m("floor", Py.instance(fl)))
                .check("(math.floor(FC()), math.ceil(FC()), math.trunc(FC()))",
                        () -> tuple(m("floor", Py.instance(fc)), m("ceil", Py.instance(fc)), m("trunc", Py.instance(fc))))
                .check("math.trunc(-2.7)", () -> m("trunc", -2.7))
                .check("math.trunc('a')", () -> m("trunc", "a"))
                .check("math.frexp(8.0)", () -> m("frexp", 8.0))
                .check("math.frexp(0.0)", () -> m("frexp", 0.0))
                .check("math.frexp(-5e-324)", () -> m("frexp", -4.9e-324))
                .check("math.frexp(float('inf'))", () -> m("frexp", Double.POSITIVE_INFINITY))
                .check("math.ldexp(1, 2000)", () -> m("ldexp", 1L, 2000L))
                .check("math.ldexp(1, 2.0)", () -> m("ldexp", 1L, 2.0))
                .check("math.ldexp(1, -2000)", () -> m("ldexp", 1L, -2000L))
                .check("math.ldexp(0.5, 2**80)", () -> m("ldexp", 0.5, big("1208925819614629174706176")))
                .check("math.ldexp(-0.5, -2**80)", () -> m("ldexp", -0.5, big("-1208925819614629174706176")))
                .check("math.ldexp(3, -1074)", () -> m("ldexp", 3L, -1074L))
                .check("math.modf(3.5)", () -> m("modf", 3.5))
                .check("math.modf(-3.0)", () -> m("modf", -3.0))
                .check("math.modf(float('-inf'))", () -> m("modf", Double.NEGATIVE_INFINITY))
                .check("math.isclose(1, 1.0000000001)", () -> m("isclose", 1L, 1.0000000001))
                .check("math.isclose(1, 2, rel_tol=-1)", () -> mKw("isclose", new Object[] {1L, 2L, -1L}, "rel_tol"))
                .check("math.isclose(1, 1.1, abs_tol=0.2)", () -> mKw("isclose", new Object[] {1L, 1.1, 0.2}, "abs_tol"))
                .check("math.isclose(float('inf'), float('inf'))", () -> m("isclose", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))
                .check("math.isclose(1, 2, 3)", () -> m("isclose", 1L, 2L, 3L))
                .check("(math.isfinite(1), math.isinf(float('-inf')), math.isnan(float('nan')), math.isnan(1))",
                        () -> tuple(m("isfinite", 1L), m("isinf", Double.NEGATIVE_INFINITY), m("isnan", Double.NaN), m("isnan", 1L)))
                .check("(math.nextafter(1, 2), math.nextafter(0.0, -1), math.nextafter(1, 1))",
                        () -> tuple(m("nextafter", 1L, 2L), m("nextafter", 0.0, -1L), m("nextafter", 1L, 1L)))
                .check("(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))",
                        () -> tuple(m("ulp", 1.0), m("ulp", 0.0), m("ulp", -3.5), m("ulp", Double.POSITIVE_INFINITY),
                                m("ulp", Double.MAX_VALUE)))
                .check("math.gamma(0)", () -> m("gamma", 0L))
                .check("math.gamma(-1)", () -> m("gamma", -1L))
                .check("math.gamma(171.7)", () -> m("gamma", 171.7))
                .check("math.gamma(-171.7)", () -> m("gamma", -171.7))
                .check("math.gamma(float('-inf'))", () -> m("gamma", Double.NEGATIVE_INFINITY))
                .check("math.gamma(1e-30)", () -> m("gamma", 1e-30))
                .check("math.lgamma(0)", () -> m("lgamma", 0L))
                .check("math.lgamma(-1)", () -> m("lgamma", -1L))
                .check("math.lgamma(float('-inf'))", () -> m("lgamma", Double.NEGATIVE_INFINITY))
                .check("math.lgamma(1e308)", () -> m("lgamma", 1e308))
                .check("math.erf(float('nan'))", () -> m("erf", Double.NaN))
                .check("math.floor()", () -> m("floor"))
                .check("math.pow(1)", () -> m("pow", 1L))
                .check("math.pow(1, y=2)", () -> mKw("pow", new Object[] {1L, 2L}, "y"))
                .check("math.log()", () -> m("log"))
                .check("math.log(1, 2, 3)", () -> m("log", 1L, 2L, 3L))
                .check("math.perm()", () -> m("perm"))
                .check("math.prod()", () -> m("prod"))
                .check("math.isclose(1)", () -> m("isclose", 1L))
                .run();
    }

    @Test
    void integerFunctions() {
        new Batch("import math\n")
                .check("math.factorial(0)", () -> m("factorial", 0L))
                .check("math.factorial(20)", () -> m("factorial", 20L))
                .check("math.factorial(25)", () -> m("factorial", 25L))
                .check("math.factorial(200) % (10**9 + 7)", () -> org.pyjit.runtime.ops.IntArith.mod(m("factorial", 200L), 1000000007L))
                .check("len(str(math.factorial(1000)))", () -> (long) m("factorial", 1000L).toString().length())
                .check("math.factorial(-1)", () -> m("factorial", -1L))
                .check("math.factorial(2**70)", () -> m("factorial", BIG))
                .check("math.factorial(-2**70)", () -> m("factorial", big("-1180591620717411303424")))
                .check("math.factorial(5.0)", () -> m("factorial", 5.0))
                .check("math.factorial(True)", () -> m("factorial", true))
                .check("math.gcd()", () -> m("gcd"))
                .check("math.gcd(12, 18, 8)", () -> m("gcd", 12L, 18L, 8L))
                .check("math.gcd(-4, 6)", () -> m("gcd", -4L, 6L))
                .check("math.gcd(-4)", () -> m("gcd", -4L))
                .check("math.gcd(2**64, 2**32*3)", () -> m("gcd", big("18446744073709551616"), 12884901888L))
                .check("math.gcd(1.5)", () -> m("gcd", 1.5))
                .check("math.lcm()", () -> m("lcm"))
                .check("math.lcm(4, 6, 10)", () -> m("lcm", 4L, 6L, 10L))
                .check("math.lcm(0, 5)", () -> m("lcm", 0L, 5L))
                .check("math.lcm(-4, 6)", () -> m("lcm", -4L, 6L))
                .check("math.lcm(0, 'x')", () -> m("lcm", 0L, "x"))
                .check("math.isqrt(-1)", () -> m("isqrt", -1L))
                .check("math.isqrt(10**40)", () -> m("isqrt", big("10000000000000000000000000000000000000000")))
                .check("math.isqrt(10**40 - 1)", () -> m("isqrt", big("9999999999999999999999999999999999999999")))
                .check("math.isqrt(True)", () -> m("isqrt", true))
                .check("math.comb(5, 2)", () -> m("comb", 5L, 2L))
                .check("math.comb(100, 50)", () -> m("comb", 100L, 50L))
                .check("math.comb(-1, 2)", () -> m("comb", -1L, 2L))
                .check("math.comb(5, -2)", () -> m("comb", 5L, -2L))
                .check("math.comb(5, 7)", () -> m("comb", 5L, 7L))
                .check("math.comb(1.5, 1)", () -> m("comb", 1.5, 1L))
                .check("math.perm(5)", () -> m("perm", 5L))
                .check("math.perm(5, 2)", () -> m("perm", 5L, 2L))
                .check("math.perm(20, None)", () -> m("perm", 20L, PyNone.NONE))
                .check("math.perm(5, -1)", () -> m("perm", 5L, -1L))
                .check("math.perm(-5, 1)", () -> m("perm", -5L, 1L))
                .check("math.perm(5, 9)", () -> m("perm", 5L, 9L))
                .check("math.prod([1, 2, 3])", () -> m("prod", list(1L, 2L, 3L)))
                .check("math.prod([1.5, 2], start=2)", () -> mKw("prod", new Object[] {list(1.5, 2L), 2L}, "start"))
                .check("math.prod([])", () -> m("prod", list()))
                .check("math.prod([2**40, 2**40])", () -> m("prod", list(1L << 40, 1L << 40)))
                .check("math.prod([1], 2)", () -> m("prod", list(1L), 2L))
                .run();
    }

    @Test
    void sumsAndNorms() {
        new Batch("import math\n")
                .check("math.fsum([0.1] * 10)", () -> m("fsum", list(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1)))
                .check("math.fsum([1e308, 1e308])", () -> m("fsum", list(1e308, 1e308)))
                .check("math.fsum([float('inf'), float('-inf')])", () -> m("fsum", list(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)))
                .check("math.fsum([float('inf'), 1])", () -> m("fsum", list(Double.POSITIVE_INFINITY, 1L)))
                .check("math.fsum([float('nan')])", () -> m("fsum", list(Double.NaN)))
                .check("math.fsum([1e-16, 1, 1e16])", () -> m("fsum", list(1e-16, 1L, 1e16)))
                .check("math.fsum([1, 1e100, 1, -1e100] * 10000)", () -> {
                    PyList l = list();
                    for (int i = 0; i < 10000; i++) {
                        l.append(1L);
                        l.append(1e100);
                        l.append(1L);
                        l.append(-1e100);
                    }
                    return m("fsum", l);
                })
                .check("math.fsum([1, 'a'])", () -> m("fsum", list(1L, "a")))
                .check("math.hypot()", () -> m("hypot"))
                .check("math.hypot(3, 4)", () -> m("hypot", 3L, 4L))
                .check("math.hypot(1, 2, 3)", () -> m("hypot", 1L, 2L, 3L))
                .check("math.hypot(-3)", () -> m("hypot", -3L))
                .check("math.hypot(1e-320, 1e-320)", () -> m("hypot", 1e-320, 1e-320))
                .check("math.hypot(1e308, 1e308)", () -> m("hypot", 1e308, 1e308))
                .check("math.hypot(float('nan'), float('inf'))", () -> m("hypot", Double.NaN, Double.POSITIVE_INFINITY))
                .check("math.hypot(float('nan'), 1)", () -> m("hypot", Double.NaN, 1L))
                .check("math.dist([1, 2], [3])", () -> m("dist", list(1L, 2L), list(3L)))
                .check("math.dist((1, 2), (4, 6))", () -> m("dist", tuple(1L, 2L), tuple(4L, 6L)))
                .check("math.dist(1, 2)", () -> m("dist", 1L, 2L))
                .run();
    }

    /** Same doubles on both sides, spread over magnitudes and signs. */
    private static double[] samples(long seed, int n, double scale) {
        Random r = new Random(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double mag = Math.pow(10, r.nextDouble() * 2 * scale - scale);
            xs[i] = (r.nextBoolean() ? -1 : 1) * mag * r.nextDouble();
        }
        return xs;
    }

    private static String pyList(double[] xs) {
        StringBuilder b = new StringBuilder("[");
        for (double x : xs) b.append("float('").append(PyCanon.floatRepr(x)).append("'),");
        return b.append("]").toString();
    }

    private static Object each(String fn, double[] xs) {
        PyList out = list();
        for (double x : xs) {
            try {
                out.append(m(fn, x));
            } catch (PyException e) {
                out.append(PyCanon.exception(e));
            }
        }
        return out;
    }

    @Test
    void bitExactOverManyArguments() {
        double[] xs = samples(1, 300, 3);
        double[] small = samples(2, 200, 1);
        double[] wide = samples(3, 300, 30);
        String prelude = EACH + "XS = " + pyList(xs) + "\nSMALL = " + pyList(small) + "\nWIDE = " + pyList(wide) + "\n";
        Batch b = new Batch(prelude);
        for (String fn : new String[] {"sin", "cos", "tan", "exp", "expm1", "log", "log2", "log10", "log1p", "sqrt", "atan", "sinh",
            "cosh", "tanh", "asinh", "cbrt", "erf", "erfc", "gamma", "lgamma", "exp2"}) {
            b.check("each(math." + fn + ", XS)", () -> each(fn, xs));
            b.check("each(math." + fn + ", WIDE)", () -> each(fn, wide));
        }
        for (String fn : new String[] {"asin", "acos", "atanh", "acosh"}) b.check("each(math." + fn + ", SMALL)", () -> each(fn, small));
        b.check("[math.atan2(x, y) for x, y in zip(XS, WIDE)]", () -> pairs("atan2", xs, wide));
        b.check("[math.pow(abs(x), y) for x, y in zip(XS, SMALL)]", () -> {
            double[] ax = new double[xs.length];
            for (int i = 0; i < xs.length; i++) ax[i] = Math.abs(xs[i]);
            return pairs("pow", ax, small);
        });
        b.check("[math.hypot(x, y) for x, y in zip(XS, WIDE)]", () -> pairs("hypot", xs, wide));
        b.check("[math.hypot(x, y, z) for x, y, z in zip(XS, SMALL, XS[::-1])]", () -> {
            PyList out = list();
            for (int i = 0; i < small.length; i++) out.append(m("hypot", xs[i], small[i], xs[xs.length - 1 - i]));
            return out;
        });
        b.check("[math.fmod(x, y) for x, y in zip(WIDE, XS)]", () -> pairs("fmod", wide, xs));
        b.check("[math.remainder(x, y) for x, y in zip(WIDE, XS)]", () -> pairs("remainder", wide, xs));
        b.check("math.fsum(WIDE)", () -> m("fsum", listOf(wide)));
        b.check("math.fsum(XS + WIDE + SMALL)", () -> {
            PyList l = listOf(xs);
            for (double x : wide) l.append(x);
            for (double x : small) l.append(x);
            return m("fsum", l);
        });
        b.check("[math.log(abs(x), abs(y) + 1.5) for x, y in zip(XS, SMALL)]", () -> {
            PyList out = list();
            for (int i = 0; i < small.length; i++) out.append(m("log", Math.abs(xs[i]), Math.abs(small[i]) + 1.5));
            return out;
        });
        b.check("[math.log(n) for n in (3**700, 7**1000 + 1, 10**400)]", () -> list(m("log", new java.math.BigInteger("3").pow(700)),
                m("log", new java.math.BigInteger("7").pow(1000).add(java.math.BigInteger.ONE)), m("log", java.math.BigInteger.TEN.pow(400))));
        b.check("[math.gamma(x / 7) for x in range(-300, 300) if x % 7]", () -> {
            PyList out = list();
            for (int x = -300; x < 300; x++) {
                if (x % 7 != 0) out.append(m("gamma", x / 7.0));
            }
            return out;
        });
        b.run();
    }

    private static PyList listOf(double[] xs) {
        PyList l = list();
        for (double x : xs) l.append(x);
        return l;
    }

    private static Object pairs(String fn, double[] a, double[] b) {
        PyList out = list();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            try {
                out.append(m(fn, a[i], b[i]));
            } catch (PyException e) {
                return PyCanon.exception(e) + " at " + a[i] + ", " + b[i];
            }
        }
        return out;
    }
}
