package org.pyjit.runtime.builtins;

import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.callKw;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** abs, round, divmod, pow, hex, oct, bin against CPython. */
class NumericBuiltinsTest {
    @BeforeAll
    static void boot() {
        Py.boot();
    }

    @Test
    void absAndRound() {
        new Batch()
                .check("abs(-5)", () -> call("abs", -5L))
                .check("abs(-2**63)", () -> call("abs", Long.MIN_VALUE))
                .check("abs(-2**100)", () -> call("abs", big("-1267650600228229401496703205376")))
                .check("abs(-2.5)", () -> call("abs", -2.5))
                .check("abs(True)", () -> call("abs", true))
                .check("abs('a')", () -> call("abs", "a"))
                .check("abs()", () -> call("abs"))
                .check("abs(x=1)", () -> callKw("abs", new Object[] {1L}, "x"))
                .check("round(2.5)", () -> call("round", 2.5))
                .check("round(3.5)", () -> call("round", 3.5))
                .check("round(-0.5)", () -> call("round", -0.5))
                .check("round(1e20)", () -> call("round", 1e20))
                .check("round(float('inf'))", () -> call("round", Double.POSITIVE_INFINITY))
                .check("round(float('nan'))", () -> call("round", Double.NaN))
                .check("round(2.675, 2)", () -> call("round", 2.675, 2L))
                .check("round(1.25, 1)", () -> call("round", 1.25, 1L))
                .check("round(123.456, -1)", () -> call("round", 123.456, -1L))
                .check("round(0.5, 0)", () -> call("round", 0.5, 0L))
                .check("round(-0.4, 0)", () -> call("round", -0.4, 0L))
                .check("round(1e300, -400)", () -> call("round", 1e300, -400L))
                .check("round(-1e-300, 400)", () -> call("round", -1e-300, 400L))
                .check("round(1.7976931348623157e308, -308)", () -> call("round", 1.7976931348623157e308, -308L))
                .check("round(1.5, None)", () -> call("round", 1.5, PyNone.NONE))
                .check("round(12345, -2)", () -> call("round", 12345L, -2L))
                .check("round(-15, -1)", () -> call("round", -15L, -1L))
                .check("round(25, -1)", () -> call("round", 25L, -1L))
                .check("round(35, -1)", () -> call("round", 35L, -1L))
                .check("round(5, -10**3)", () -> call("round", 5L, -1000L))
                .check("round(2**70, -5)", () -> call("round", big("1180591620717411303424"), -5L))
                .check("round(True, 1)", () -> call("round", true, 1L))
                .check("round('a')", () -> call("round", "a"))
                .check("round(1.5, 'x')", () -> call("round", 1.5, "x"))
                .check("round(x=1)", () -> callKw("round", new Object[] {1L}, "x"))
                .check("round(number=2.5)", () -> callKw("round", new Object[] {2.5}, "number"))
                .check("round(1, 2, 3)", () -> call("round", 1L, 2L, 3L))
                .check("round(1, number=3)", () -> callKw("round", new Object[] {1L, 3L}, "number"))
                .check("round(1, foo=2)", () -> callKw("round", new Object[] {1L, 2L}, "foo"))
                .run();
    }

    @Test
    void roundDelegatesToDunder() {
        PyType r = new Py.ClassBuilder("R").method("__round__", (a, kw) -> PyTuple.of("round", (long) a.length - 1)).build();
        new Batch("class R:\n    def __round__(self, *a): return ('round', len(a))\n")
                .check("round(R())", () -> call("round", Py.instance(r)))
                .check("round(R(), 3)", () -> call("round", Py.instance(r), 3L))
                .check("round(R(), None)", () -> call("round", Py.instance(r), PyNone.NONE))
                .run();
    }

    @Test
    void divmodAndPow() {
        PyType d = new Py.ClassBuilder("D").method("__rdivmod__", (a, kw) -> tuple("rdivmod", a[1])).build();
        new Batch("class D:\n    def __rdivmod__(self, o): return ('rdivmod', o)\n")
                .check("divmod(7, 2)", () -> call("divmod", 7L, 2L))
                .check("divmod(7, -2)", () -> call("divmod", 7L, -2L))
                .check("divmod(-7, 2)", () -> call("divmod", -7L, 2L))
                .check("divmod(-2**64, 7)", () -> call("divmod", big("-18446744073709551616"), 7L))
                .check("divmod(-2**63, -1)", () -> call("divmod", Long.MIN_VALUE, -1L))
                .check("divmod(7.5, 2)", () -> call("divmod", 7.5, 2L))
                .check("divmod(-7.5, 2)", () -> call("divmod", -7.5, 2L))
                .check("divmod(1, 0)", () -> call("divmod", 1L, 0L))
                .check("divmod(1.0, 0)", () -> call("divmod", 1.0, 0L))
                .check("divmod(True, 2)", () -> call("divmod", true, 2L))
                .check("divmod('a', 1)", () -> call("divmod", "a", 1L))
                .check("divmod(5, D())", () -> call("divmod", 5L, Py.instance(d)))
                .check("divmod(1)", () -> call("divmod", 1L))
                .check("pow(2, 10)", () -> call("pow", 2L, 10L))
                .check("pow(2, 100)", () -> call("pow", 2L, 100L))
                .check("pow(2, -1)", () -> call("pow", 2L, -1L))
                .check("pow(2, 3, 5)", () -> call("pow", 2L, 3L, 5L))
                .check("pow(2, -1, 7)", () -> call("pow", 2L, -1L, 7L))
                .check("pow(3, -1, 6)", () -> call("pow", 3L, -1L, 6L))
                .check("pow(2, 3, 0)", () -> call("pow", 2L, 3L, 0L))
                .check("pow(-2, 3, -5)", () -> call("pow", -2L, 3L, -5L))
                .check("pow(2**100, 2**100, 10**9+7)", () -> call("pow", big("1267650600228229401496703205376"),
                        big("1267650600228229401496703205376"), 1000000007L))
                .check("pow(2.0, 3, 5)", () -> call("pow", 2.0, 3L, 5L))
                .check("pow('a', 2, 3)", () -> call("pow", "a", 2L, 3L))
                .check("pow(2, 3, None)", () -> call("pow", 2L, 3L, PyNone.NONE))
                .check("pow(2, 3, mod=5)", () -> callKw("pow", new Object[] {2L, 3L, 5L}, "mod"))
                .check("pow(base=2, exp=3)", () -> callKw("pow", new Object[] {2L, 3L}, "base", "exp"))
                .check("pow(1)", () -> call("pow", 1L))
                .check("pow(1, 2, 3, 4)", () -> call("pow", 1L, 2L, 3L, 4L))
                .check("pow(base=1, exp=2, mod=3, x=4)", () -> callKw("pow", new Object[] {1L, 2L, 3L, 4L}, "base", "exp", "mod", "x"))
                .run();
    }

    @Test
    void integerBases() {
        new Batch()
                .check("hex(255)", () -> call("hex", 255L))
                .check("hex(-255)", () -> call("hex", -255L))
                .check("hex(0)", () -> call("hex", 0L))
                .check("hex(-2**63)", () -> call("hex", Long.MIN_VALUE))
                .check("hex(2**70)", () -> call("hex", big("1180591620717411303424")))
                .check("hex(-2**70)", () -> call("hex", big("-1180591620717411303424")))
                .check("hex(True)", () -> call("hex", true))
                .check("hex(1.5)", () -> call("hex", 1.5))
                .check("hex('a')", () -> call("hex", "a"))
                .check("oct(8)", () -> call("oct", 8L))
                .check("oct(-8)", () -> call("oct", -8L))
                .check("bin(5)", () -> call("bin", 5L))
                .check("bin(-5)", () -> call("bin", -5L))
                .check("bin(0)", () -> call("bin", 0L))
                .check("bin(2**65+1)", () -> call("bin", big("36893488147419103233")))
                .check("bin(1, 2)", () -> call("bin", 1L, 2L))
                .check("hex()", () -> call("hex"))
                .run();
    }

    @Test
    void indexProtocolArgument() {
        PyType idx = new Py.ClassBuilder("I").method("__index__", (a, kw) -> 10L).build();
        new Batch("class I:\n    def __index__(self): return 10\n")
                .check("hex(I())", () -> call("hex", Py.instance(idx)))
                .check("round(1234, I())", () -> call("round", 1234L, Py.instance(idx)))
                .check("pow(I(), 2, I())", () -> call("pow", Py.instance(idx), 2L, Py.instance(idx)))
                .run();
        // a type with no __index__ is rejected by name
        new Batch().check("hex(type)", () -> call("hex", BuiltinTypes.TYPE)).run();
    }
}
