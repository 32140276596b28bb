package org.pyjit.compiler.llvm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;

class NativeUnitCompilerTest {
    static final String FIB = """
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)
            """;

    static final String MIXED = """
            import math
            def even(n):
                if n == 0:
                    return True
                return odd(n - 1)
            def odd(n):
                if n == 0:
                    return False
                return even(n - 1)
            def work(n, x):
                t = 0.0
                k = 0
                for i in range(1, n, 2):
                    t += math.sqrt(x * i) + abs(-i) // 3 + min(i, 7) % 4 + LIMIT
                    if even(i) or i > 3 and not odd(i):
                        k += 1
                while k > 0:
                    k -= 1
                return t + math.pi - max(k, 2) + float(k) + int(t)
            """;

    @Test
    void fibLowersToValidIrAndCompilesToElf() {
        NativeUnitDescription d = TestModules.lower(FIB, "fib", ValueKind.INT);
        assertTrue(d.irText().contains("llvm.ssub.with.overflow.i64"), d.irText());
        assertTrue(d.irText().contains("llvm.sadd.with.overflow.i64"), d.irText());
        assertEquals(1, d.functions().size());
        assertEquals(List.of("pyjit_entry_0"), d.definedSymbols());
        assertEquals(List.of("pyjit_cell_guard_0"), d.neededSymbols());
        NativeUnitCompiler.CompiledObject o = NativeUnitCompiler.compile(d.irText());
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 2}, java.util.Arrays.copyOf(o.bytes(), 5), "an ELF64 object");
    }

    @Test
    void theSameFunctionGivesByteIdenticalIr() {
        for (String source : List.of(FIB, MIXED)) {
            String name = source == FIB ? "fib" : "work";
            ValueKind[] args = source == FIB ? new ValueKind[] {ValueKind.INT} : new ValueKind[] {ValueKind.INT, ValueKind.FLOAT};
            String first = TestModules.lower(source, name, args).irText();
            String second = TestModules.lower(source, name, args).irText();
            assertEquals(first, second);
        }
    }

    @Test
    void irNamesOnlySymbolsNeverAddresses() {
        NativeUnitDescription d = TestModules.lower(MIXED, "work", ValueKind.INT, ValueKind.FLOAT);
        String ir = d.irText();
        assertFalse(ir.contains("inttoptr"), "no address may be baked into the IR");
        Matcher m = Pattern.compile("@([A-Za-z_][A-Za-z0-9_.]*)").matcher(ir);
        while (m.find()) {
            String name = m.group(1);
            assertTrue(name.startsWith("pyjit_") || name.startsWith("llvm."), "unexpected symbol " + name);
        }
        assertTrue(d.neededSymbols().stream().allMatch(s -> s.startsWith("pyjit_cell_") || s.startsWith("pyjit_rt_")), d.neededSymbols().toString());
        assertEquals(3, d.functions().size(), "work, even and odd are one unit");
        assertTrue(d.osrEntries().isEmpty(), "no loop entry was asked for");
        NativeUnitCompiler.compile(ir);
    }

    @Test
    void unsupportedInstructionsBecomeExitsNotFailures() {
        CodeObject module = TestModules.module("""
                def f(n):
                    s = 0
                    for i in range(n):
                        s += i
                    print(s)
                    return [s]
                """);
        PlannedUnit plan = NativeUnitCompiler.plan(TestModules.function(module, "f"), TestModules.resolver(module),
                TypeProfile.ofArguments(List.of(ValueKind.INT)));
        assertTrue(plan.worthCompiling(), "the loop runs natively");
        NativeUnitCompiler.compile(NativeUnitCompiler.lower(plan).irText());
        CodeObject printer = TestModules.module("def g(x):\n    print(x)\n    return x\n");
        PlannedUnit p2 = NativeUnitCompiler.plan(TestModules.function(printer, "g"), TestModules.resolver(printer),
                TypeProfile.ofArguments(List.of(ValueKind.INT)));
        assertFalse(p2.worthCompiling(), "g leaves native code at its first instruction");
    }

    /** The plan of function {@code name} of {@code source} for these argument kinds. */
    private static PlannedUnit planOf(String source, String name, ValueKind... kinds) {
        CodeObject module = TestModules.module(source);
        return NativeUnitCompiler.plan(TestModules.function(module, name), TestModules.resolver(module),
                TypeProfile.ofArguments(List.of(kinds)));
    }

    @Test
    void aLoopWhoseBodyAlwaysLeavesNativeCodeIsNotWorthCompiling() {
        PlannedUnit always = planOf("""
                def run(tasks, n):
                    count = 0
                    while count < n:
                        count += 1
                        tasks = [count]
                    return count
                """, "run", ValueKind.OTHER, ValueKind.INT);
        assertFalse(always.worthCompiling(), "every iteration leaves native code at the list display");
        PlannedUnit rarely = planOf("""
                def run(tasks, n):
                    count = 0
                    while count < n:
                        count += 1
                        if count == 1000:
                            tasks = [count]
                    return count
                """, "run", ValueKind.OTHER, ValueKind.INT);
        assertTrue(rarely.worthCompiling(), "most iterations stay in native code");
        PlannedUnit nested = planOf("""
                def grid(n):
                    cells = 0
                    for x in range(n):
                        for y in range(n):
                            cells = [x, y]
                    return cells
                """, "grid", ValueKind.INT);
        assertFalse(nested.worthCompiling(), "the outer loop goes round natively only when the inner one runs zero times");
    }

    @Test
    void ineligibleFunctionsAreRejected() {
        CodeObject module = TestModules.module("def gen(n):\n    yield n\ndef star(*a):\n    return a\ndef ok(a, b=1):\n    return a\n");
        assertFalse(NativeUnitCompiler.eligible(TestModules.function(module, "gen")));
        assertFalse(NativeUnitCompiler.eligible(TestModules.function(module, "star")));
        assertTrue(NativeUnitCompiler.eligible(TestModules.function(module, "ok")));
        assertThrows(IllegalArgumentException.class, () -> TestModules.lower(FIB, "fib", ValueKind.RANGE_ITERATOR));
        assertThrows(IllegalArgumentException.class, () -> TestModules.lower(FIB, "fib", ValueKind.INT, ValueKind.INT));
    }

    @Test
    void theOptimizationLevelComesFromItsPropertyWithinZeroToThree() {
        String before = System.getProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY);
        try {
            System.clearProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY);
            org.junit.jupiter.api.Assertions.assertEquals(2, NativeUnitCompiler.optimizationLevel());
            System.setProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY, "3");
            org.junit.jupiter.api.Assertions.assertEquals(3, NativeUnitCompiler.optimizationLevel());
            System.setProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY, "7");
            org.junit.jupiter.api.Assertions.assertEquals(2, NativeUnitCompiler.optimizationLevel());
            System.setProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY, "fast");
            org.junit.jupiter.api.Assertions.assertEquals(2, NativeUnitCompiler.optimizationLevel());
        } finally {
            if (before == null) System.clearProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY);
            else System.setProperty(NativeUnitCompiler.OPT_LEVEL_PROPERTY, before);
        }
    }
}
