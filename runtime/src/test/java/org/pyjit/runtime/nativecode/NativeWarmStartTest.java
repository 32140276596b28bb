package org.pyjit.runtime.nativecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.llvm.ValueKind;

/** The profile text a warm start reads back must give the plan's profile exactly. */
class NativeWarmStartTest {
    @Test
    void anOsrProfileSurvivesTheProfileStoresText() {
        List<Set<ValueKind>> registers = List.of(EnumSet.of(ValueKind.INT), EnumSet.noneOf(ValueKind.class),
                EnumSet.of(ValueKind.INT, ValueKind.FLOAT), EnumSet.of(ValueKind.RANGE_ITERATOR));
        FrameProfile p = new FrameProfile(List.of(ValueKind.INT, ValueKind.FLOAT), registers, 42);
        List<String> text = NativeWarmStart.encode(p);
        assertEquals(p, NativeWarmStart.decode(text, 2));
    }

    @Test
    void aCallProfileIsItsArgumentKinds() {
        FrameProfile p = new FrameProfile(List.of(ValueKind.BOOL), List.of(), -1);
        assertEquals(List.of("BOOL"), NativeWarmStart.encode(p));
        assertEquals(p, NativeWarmStart.decode(List.of("BOOL"), 1));
    }

    @Test
    void textOfAnotherBuildIsNoProfile() {
        assertNull(NativeWarmStart.decode(List.of("int", "float"), 2));
        assertNull(NativeWarmStart.decode(List.of("INT", "loop 3"), 1));
        assertNull(NativeWarmStart.decode(List.of("INT"), 2));
    }

    @Test
    void aFunctionWithKeywordCallsHasTheSameBytecodeHashInEveryCompilation() {
        String source = "def f(n):\n    return g(n, k=2) + h(*{1, 2})\n";
        java.util.function.Supplier<org.pyjit.compiler.bytecode.CodeObject> compile = () -> {
            org.pyjit.compiler.bytecode.CodeObject module = org.pyjit.compiler.bytecode.BytecodeCompiler.compile(
                    org.pyjit.compiler.parser.PythonSourceParser.parseModule(source, "<test>"), "<test>", source);
            for (Object c : module.consts) if (c instanceof org.pyjit.compiler.bytecode.CodeObject code) return code;
            throw new AssertionError("no function");
        };
        org.pyjit.compiler.bytecode.CodeObject first = compile.get(), second = compile.get();
        assertTrue(java.util.Arrays.stream(first.consts).anyMatch(c -> c instanceof org.pyjit.compiler.bytecode.KeywordNames),
                "the case this test is about");
        assertArrayEquals(NativeWarmStart.bytecodeHash(first), NativeWarmStart.bytecodeHash(second));
    }
}
