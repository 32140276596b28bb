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

    private static final org.pyjit.objcache.ObjectCacheKey OBJECT =
            org.pyjit.objcache.ObjectCacheKey.of(org.pyjit.objcache.ArtifactKind.TIER1_CLASS, new byte[] {1},
                    new org.pyjit.objcache.ClassFileEnvironment("test"));

    private static org.pyjit.objcache.ProfiledSignature compiled(List<String> types) {
        return new org.pyjit.objcache.ProfiledSignature(types, 1, OBJECT);
    }

    private static org.pyjit.objcache.ProfiledSignature marked(List<String> types, String mark) {
        List<String> t = new java.util.ArrayList<>(types);
        t.add(mark);
        return new org.pyjit.objcache.ProfiledSignature(t, 1, null);
    }

    @Test
    void aUnitLeftIdleIsNotLinkedWhenNoneFitsTheFirstCallUntilARunEntersIt() {
        List<String> bools = List.of("BOOL");
        List<ValueKind> firstCall = List.of(ValueKind.INT);
        // compiled for bools, first called with an int: without marks nothing links at the first call, nothing is delayed
        assertEquals(NativeWarmStart.Earlier.NONE, NativeWarmStart.decide(List.of(compiled(bools)), firstCall));
        var idle = List.of(compiled(bools), marked(bools, NativeWarmStart.IDLE_MARK));
        assertEquals(NativeWarmStart.Earlier.IDLE, NativeWarmStart.decide(idle, firstCall));
        var enteredLater = List.of(compiled(bools), marked(bools, NativeWarmStart.IDLE_MARK), marked(bools, NativeWarmStart.ENTERED_MARK));
        assertEquals(NativeWarmStart.Earlier.NONE, NativeWarmStart.decide(enteredLater, firstCall));
    }

    @Test
    void aUnitLinkedAfterTheProgramEndedIsRecordedIdle() {
        // pyjit aot's training run, whose compile finished while the hot code was precompiled
        List<String> bools = List.of("BOOL");
        var entry = new NativeWarmStart.Entry(new org.pyjit.objcache.FunctionIdentity("m", "f", new byte[32]), bools);
        var late = NativeWarmStart.signaturesOf(entry, OBJECT, null, true);
        assertEquals(NativeWarmStart.Earlier.IDLE, NativeWarmStart.decide(late, List.of(ValueKind.INT)));
        var inTime = NativeWarmStart.signaturesOf(entry, OBJECT, null, false);
        assertEquals(List.of(compiled(bools)).getFirst().argumentTypes(), inTime.getFirst().argumentTypes());
        assertEquals(1, inTime.size());
        assertEquals(NativeWarmStart.Earlier.NONE, NativeWarmStart.decide(inTime, List.of(ValueKind.INT)));
    }

    @Test
    void aFunctionRefusedBeforeIsLeftToTheLowerTiersUnlessAUnitWasCompiledForIt() {
        List<String> other = List.of("OTHER");
        var refused = List.of(marked(other, NativeWarmStart.REFUSED_MARK));
        assertEquals(NativeWarmStart.Earlier.REFUSED, NativeWarmStart.decide(refused, List.of(ValueKind.OTHER)));
        List<String> ints = List.of("INT");
        var both = List.of(marked(other, NativeWarmStart.REFUSED_MARK), compiled(ints));
        assertEquals(new FrameProfile(List.of(ValueKind.INT), List.of(), -1), NativeWarmStart.decide(both, List.of(ValueKind.INT)).profile());
        assertEquals(NativeWarmStart.Earlier.NONE, NativeWarmStart.decide(both, List.of(ValueKind.OTHER)));
        // refused for an OSR entry: the function's loops are left to the lower tiers too
        FrameProfile osr = new FrameProfile(List.of(ValueKind.OTHER), List.of(EnumSet.of(ValueKind.OTHER), EnumSet.of(ValueKind.INT)), 12);
        var loop = List.of(marked(NativeWarmStart.encode(osr), NativeWarmStart.REFUSED_MARK));
        assertEquals(NativeWarmStart.Earlier.REFUSED_LOOP, NativeWarmStart.decide(loop, List.of(ValueKind.OTHER)));
    }

    @Test
    void aUnitCompiledBeforeThatALaterRunRefusedForTheSameKindsIsNotLinkedAgain() {
        List<String> ints = List.of("INT");
        var compiledThenRefused = List.of(compiled(ints), marked(ints, NativeWarmStart.REFUSED_MARK));
        assertEquals(NativeWarmStart.Earlier.REFUSED, NativeWarmStart.decide(compiledThenRefused, List.of(ValueKind.INT)));
        // a refusal for other kinds leaves the unit compiled for these kinds linked at the first call
        var refusedOther = List.of(compiled(ints), marked(List.of("OTHER"), NativeWarmStart.REFUSED_MARK));
        assertEquals(new FrameProfile(List.of(ValueKind.INT), List.of(), -1),
                NativeWarmStart.decide(refusedOther, List.of(ValueKind.INT)).profile());
    }

    @Test
    void aUnitLeftIdleThatFitsTheFirstCallIsLinkedThere() {
        List<String> ints = List.of("INT");
        var idle = List.of(compiled(ints), marked(ints, NativeWarmStart.IDLE_MARK));
        NativeWarmStart.Earlier e = NativeWarmStart.decide(idle, List.of(ValueKind.INT));
        assertEquals(new FrameProfile(List.of(ValueKind.INT), List.of(), -1), e.profile());
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
