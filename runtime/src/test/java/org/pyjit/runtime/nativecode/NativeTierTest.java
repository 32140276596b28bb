package org.pyjit.runtime.nativecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.runtime.stats.NativeStatistics;

/** Native code against CPython run live: results, exceptions and tracebacks must be the same. */
class NativeTierTest {
    @TempDir
    Path dir;

    private void sameAsCPython(String source) throws Exception {
        NativePrograms.Output expected = NativePrograms.cpython(dir, source);
        NativePrograms.Output actual = NativePrograms.pyjit(dir, source, NativeTier.Mode.ALWAYS);
        assertEquals(expected.both(), actual.both());
    }

    @Test
    void integerFloorDivisionAndModuloTakeTheDivisorsSign() throws Exception {
        sameAsCPython("""
                def q(a, b):
                    return a // b, a % b, divmod_like(a, b)
                def divmod_like(a, b):
                    return a - (a // b) * b
                vals = [0, 1, 2, 7, -1, -7, 13, -13, 9223372036854775807, -9223372036854775807 - 1, 2**40 + 3]
                for a in vals:
                    for b in vals:
                        try:
                            print(a, b, q(a, b))
                        except ZeroDivisionError as e:
                            print(a, b, 'ZeroDivisionError', e)
                """);
    }

    @Test
    void floatEdgeCasesMatch() throws Exception {
        sameAsCPython("""
                import math
                def arith(a, b):
                    try:
                        fd = a // b
                        md = a % b
                        td = a / b
                    except ZeroDivisionError:
                        return 'zde'
                    return (fd, md, td, a < b, a == b, a != b, a >= b, min(a, b), max(a, b), -a, abs(a))
                vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 3, -3, 0]
                for a in vals:
                    for b in vals:
                        print(repr(a), repr(b), arith(a, b))
                for x in vals:
                    for f in (math.sqrt, math.exp, math.log, math.sin, math.floor, math.ceil, math.trunc, math.fabs, math.isnan):
                        try:
                            print(f.__name__, repr(x), repr(f(x)))
                        except (ValueError, OverflowError) as e:
                            print(f.__name__, repr(x), type(e).__name__, e)
                """);
    }

    @Test
    void overflowDeoptimizesIntoBigInts() throws Exception {
        long before = NativeStatistics.deopts();
        sameAsCPython("""
                def grow(n):
                    x = 7
                    for i in range(n):
                        x = x * x + 1
                    return x
                print(grow(3), grow(5), grow(8))
                def neg(a):
                    return -a, abs(a), a - 1
                print(neg(-9223372036854775807 - 1))
                """);
        assertTrue(NativeStatistics.deopts() > before, "overflow must leave native code");
    }

    @Test
    void kindChangeMidLoopDeoptimizes() throws Exception {
        long before = NativeStatistics.deopts();
        sameAsCPython("""
                def f(n):
                    x = 0
                    for i in range(n):
                        if i == 5:
                            x = x / 2
                        x = x + i
                    return x
                print(f(3), f(10), f(100))
                """);
        assertTrue(NativeStatistics.deopts() > before, "a register of two kinds must leave native code when read");
    }

    @Test
    void anIntThatBecomesAFloatStaysNative() throws Exception {
        long before = NativeStatistics.deopts();
        sameAsCPython("""
                def mean(n):
                    total = 0
                    for i in range(n):
                        total = total + i * 0.5
                        if total > 1e300:
                            total = 0
                    return total / n if total < 2.0 ** 60 else -1.0
                print(mean(10), mean(1000), mean(1))
                """);
        assertEquals(before, NativeStatistics.deopts(), "int or float by tag: no need to leave native code");
    }

    @Test
    void exceptionsFromNativeFramesHaveTheInterpretersTraceback() throws Exception {
        sameAsCPython("""
                def inner(a, b):
                    return a // b
                def middle(a, b):
                    t = 0
                    for i in range(3):
                        t += inner(a, b - i)
                    return t
                def outer(n):
                    return middle(n, 2) + 1
                print(middle(10, 5))
                outer(10)
                """);
    }

    @Test
    void deepAndMutualRecursion() throws Exception {
        sameAsCPython("""
                def even(n):
                    return True if n == 0 else odd(n - 1)
                def odd(n):
                    return False if n == 0 else even(n - 1)
                def down(n):
                    if n == 0:
                        return 0
                    return down(n - 1) + 1
                print(even(700), odd(333), down(950))
                try:
                    down(5000)
                except RecursionError as e:
                    print('RecursionError', e)
                """);
    }

    @Test
    void aUnitThatKeepsDeoptimizingIsRecompiledThenLeftInTheLowerTier() throws Exception {
        long recompiles = NativeStatistics.recompilesAfterDeopts(), left = NativeStatistics.leftInLowerTier();
        sameAsCPython("""
                def grow(x, n):
                    for i in range(n):
                        x = x * x + 1
                    return x
                total = 0
                for k in range(400):
                    total += grow(k % 7 + 2, 7) % 1000
                print(total)
                """);
        assertEquals(2, NativeStatistics.recompilesAfterDeopts() - recompiles, "two recompiles, then give up");
        assertEquals(1, NativeStatistics.leftInLowerTier() - left, "left in the lower tier");
    }

    private static org.pyjit.compiler.bytecode.CodeObject function(String source) {
        org.pyjit.compiler.bytecode.CodeObject module = org.pyjit.compiler.bytecode.BytecodeCompiler.compile(
                org.pyjit.compiler.parser.PythonSourceParser.parseModule(source, "<test>"), "<test>", source);
        for (Object c : module.consts) if (c instanceof org.pyjit.compiler.bytecode.CodeObject code) return code;
        throw new AssertionError("no function");
    }

    @Test
    void onlyShortFunctionsWithoutLoopsOrCallsAreSmallLeaves() {
        assertTrue(NativeTier.isSmallLeaf(function("f = lambda x: x + 1\n")));
        assertTrue(NativeTier.isSmallLeaf(function("def f(a, b, c):\n    if a < b:\n        return a + b + c\n    return -c\n")));
        assertFalse(NativeTier.isSmallLeaf(function("def f(n):\n    s = 0\n    while n > 0:\n        s += n\n        n -= 1\n    return s\n")));
        assertFalse(NativeTier.isSmallLeaf(function("def f(n):\n    return f(n - 1) if n else 0\n")), "a call (recursion)");
        assertFalse(NativeTier.isSmallLeaf(function("def f(x):\n    return abs(x)\n")), "a call");
        StringBuilder longOne = new StringBuilder("def f(x):\n");
        for (int i = 0; i < 40; i++) longOne.append("    x = x * 3 + ").append(i).append('\n');
        assertFalse(NativeTier.isSmallLeaf(function(longOne.append("    return x\n").toString())), "too long");
    }

    @Test
    void aSmallLeafCalledFromBaselineCodeStaysThereAndALoopDoesNot() throws Exception {
        long kept = NativeStatistics.keptInTier1Count(), calls = NativeStatistics.nativeCallCount();
        String source = """
                def inc(x):
                    return x + 1
                def tri(n):
                    s = 0
                    for k in range(n):
                        s += k
                    return s
                def main():
                    t = 0
                    d = {}
                    for i in range(30000):
                        t = inc(t) + tri(i % 5)
                        d[i % 3] = t
                    return t
                print(main())
                """;
        NativePrograms.Output expected = NativePrograms.cpython(dir, source);
        NativeTier.setThresholds(100, 100);
        try {
            assertEquals(expected.both(), NativePrograms.pyjit(dir, source, NativeTier.Mode.ON).both());
        } finally {
            NativeTier.setThresholds(1500, 2500);
        }
        assertEquals(1, NativeStatistics.keptInTier1Count() - kept, "inc stays in tier 1");
        assertTrue(NativeStatistics.nativeCallCount() > calls, "tri runs natively");
    }

    /** Units refused now, and functions left to the lower tiers for a refusal an earlier run stored (a shared cache). */
    private static long refusals() {
        return NativePrograms.refusedUnits() + NativeStatistics.refusedBeforeCount();
    }

    @Test
    void aFunctionWhoseUnitWasRefusedIsNotPlannedAgainForOtherArgumentKinds() throws Exception {
        String source = """
                class P:
                    def __init__(self):
                        self.v = 1
                    def get(self, k):
                        return self.v + abs(k)
                p = P()
                t = 0
                for i in range(4000):
                    t += p.get(i)
                for i in range(4000):
                    t += p.get(i * 0.5)
                print(t)
                """;
        long before = refusals();
        NativePrograms.Output expected = NativePrograms.cpython(dir, source);
        NativePrograms.Output actual = NativePrograms.pyjit(dir, source, NativeTier.Mode.ON);
        assertEquals(expected.both(), actual.both());
        assertEquals(1, refusals() - before, "planned once, for (P, int); (P, float) calls no longer ask");
    }
}
