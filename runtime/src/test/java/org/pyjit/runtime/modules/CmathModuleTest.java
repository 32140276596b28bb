package org.pyjit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;

/**
 * Every cmath function of one argument at a grid of ordinary and special arguments, bit for bit
 * against CPython (float.hex of both parts, or the exception's type).
 */
class CmathModuleTest {
    private static final String[] PARTS = {"0.0", "-0.0", "1.0", "-1.0", "0.5", "-2.0", "3e-310", "1e300", "-1e308",
        "float('inf')", "float('-inf')", "float('nan')"};
    private static final String[] FUNCTIONS = {"sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan",
        "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh"};

    @Test
    void functionsMatchCPythonBitForBit() {
        Py.boot();
        StringBuilder script = new StringBuilder("import cmath\ndef h(x): return 'nan' if x != x else x.hex()\n");
        for (String f : FUNCTIONS) {
            for (String re : PARTS) {
                for (String im : PARTS) {
                    script.append("try:\n    r = cmath.").append(f).append("(complex(").append(re).append(", ").append(im)
                            .append("))\n    print(h(r.real), h(r.imag))\nexcept Exception as e: print(type(e).__name__)\n");
                }
            }
        }
        List<String> expected = CPython.lines(script.toString());
        PyModule cmath = CmathModule.create();
        List<String> got = new ArrayList<>();
        for (String f : FUNCTIONS) {
            Object fn = cmath.dict.getStr(f);
            for (String re : PARTS) {
                for (String im : PARTS) {
                    try {
                        PyComplex r = (PyComplex) Ops.call(fn, new PyComplex(parse(re), parse(im)));
                        got.add(hex(r.real) + " " + hex(r.imag));
                    } catch (PyException e) {
                        got.add(e.value.type.name);
                    }
                }
            }
        }
        for (int i = 0; i < got.size(); i++) {
            int perFunction = PARTS.length * PARTS.length;
            String where = FUNCTIONS[i / perFunction] + "(" + PARTS[i % perFunction / PARTS.length] + ", " + PARTS[i % PARTS.length] + ")";
            assertEquals(expected.get(i), got.get(i), where);
        }
    }

    private static double parse(String s) {
        return switch (s) {
            case "float('inf')" -> Double.POSITIVE_INFINITY;
            case "float('-inf')" -> Double.NEGATIVE_INFINITY;
            case "float('nan')" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    private static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return Ops.str(Ops.call(Ops.getAttr(d, "hex")));
    }
}
