package org.pyjit.compiler.llvm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * A plan's fingerprint stands for its IR in the cache: equal for the same program, different when
 * anything lowering reads differs; and a unit described from its plan is the one lowering describes.
 */
class PlanFingerprintTest {
    private static PlannedUnit plan(String source, String function, TypeProfile profile) {
        CodeObject module = TestModules.module(source);
        return NativeUnitCompiler.plan(TestModules.function(module, function), TestModules.resolver(module), profile);
    }

    private static PlannedUnit plan(String source, String function, ValueKind... args) {
        return plan(source, function, TypeProfile.ofArguments(List.of(args)));
    }

    /** The MIXED unit with an OSR entry at its first loop header, each register of the kind the call's plan found there. */
    private static TypeProfile osrProfile() {
        FunctionPlan root = plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT).plan.root();
        int header = root.loopHeaders.get(0);
        Kind[] state = root.before[header];
        return new TypeProfile() {
            @Override
            public List<ValueKind> argumentKinds() {
                return List.of(ValueKind.INT, ValueKind.FLOAT);
            }

            @Override
            public Set<ValueKind> kindsSeen(int pc, int register) {
                if (pc != header) return Set.of();
                return switch (state[register].tag()) {
                    case INT -> Set.of(ValueKind.INT);
                    case FLOAT -> Set.of(ValueKind.FLOAT);
                    case BOOL -> Set.of(ValueKind.BOOL);
                    case NONE -> Set.of(ValueKind.NONE);
                    case RANGE_ITER -> Set.of(ValueKind.RANGE_ITERATOR);
                    case UNBOUND, BOTTOM -> Set.of();
                    default -> Set.of(ValueKind.OTHER);
                };
            }

            @Override
            public int loopEntryPc() {
                return header;
            }
        };
    }

    @Test
    void theSameProgramGivesTheSameFingerprint() {
        byte[] a = plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT).fingerprint();
        byte[] b = plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT).fingerprint();
        assertArrayEquals(a, b);
    }

    @Test
    void constantsWithoutATextOfTheirOwnGiveTheSameFingerprint() {
        // a call with keywords keeps the names in a constant whose toString shows an array's identity
        String source = "def g(a, k=1):\n    return a + k\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += g(i, k=2)\n    return t\n";
        assertTrue(java.util.Arrays.stream(TestModules.function(TestModules.module(source), "f").consts)
                .anyMatch(c -> c instanceof org.pyjit.compiler.bytecode.KeywordNames), "the case this test is about");
        assertArrayEquals(plan(source, "f", ValueKind.INT).fingerprint(), plan(source, "f", ValueKind.INT).fingerprint());
    }

    @Test
    void loweringAPlanDoesNotChangeItsFingerprint() {
        PlannedUnit p = plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT);
        byte[] before = p.fingerprint();
        NativeUnitCompiler.lower(p);
        assertArrayEquals(before, p.fingerprint());
    }

    @Test
    void otherArgumentKindsGiveAnotherFingerprint() {
        byte[] ints = plan(NativeUnitCompilerTest.FIB, "fib", ValueKind.INT).fingerprint();
        byte[] floats = plan(NativeUnitCompilerTest.FIB, "fib", ValueKind.FLOAT).fingerprint();
        assertFalse(Arrays.equals(ints, floats));
    }

    @Test
    void anOsrEntryGivesAnotherFingerprint() {
        byte[] call = plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT).fingerprint();
        byte[] osr = plan(NativeUnitCompilerTest.MIXED, "work", osrProfile()).fingerprint();
        assertFalse(Arrays.equals(call, osr));
    }

    @Test
    void aChangedCalleeOrConstantGivesAnotherFingerprint() {
        String caller = "def f(n):\n    return g(n) + 1\n";
        byte[] base = plan(caller + "def g(n):\n    return n * 2\n", "f", ValueKind.INT).fingerprint();
        byte[] otherCallee = plan(caller + "def g(n):\n    return n * 3\n", "f", ValueKind.INT).fingerprint();
        assertFalse(Arrays.equals(base, otherCallee), "the callee is lowered into the unit");
        byte[] one = plan("def f(n):\n    return n + 1.5\n", "f", ValueKind.INT).fingerprint();
        byte[] two = plan("def f(n):\n    return n + 2.5\n", "f", ValueKind.INT).fingerprint();
        assertFalse(Arrays.equals(one, two), "constants are embedded in the code");
    }

    @Test
    void aUnitDescribedFromItsPlanIsTheOneLoweringDescribes() {
        for (PlannedUnit p : List.of(plan(NativeUnitCompilerTest.MIXED, "work", ValueKind.INT, ValueKind.FLOAT),
                plan(NativeUnitCompilerTest.MIXED, "work", osrProfile()),
                plan(NativeUnitCompilerTest.FIB, "fib", ValueKind.INT))) {
            NativeUnitDescription lowered = NativeUnitCompiler.lower(p);
            NativeUnitDescription described = NativeUnitCompiler.describe(p, lowered.libmFunctions());
            assertNull(described.irText());
            assertEquals(lowered.entrySymbol(), described.entrySymbol());
            assertEquals(lowered.osrEntries().size(), described.osrEntries().size());
            for (int i = 0; i < lowered.osrEntries().size(); i++) {
                NativeUnitDescription.OsrEntry a = lowered.osrEntries().get(i), b = described.osrEntries().get(i);
                assertEquals(a.pc(), b.pc());
                assertEquals(a.symbol(), b.symbol());
                assertArrayEquals(a.expectedTags(), b.expectedTags());
            }
            assertEquals(lowered.functions(), described.functions());
            assertEquals(lowered.objects(), described.objects());
            assertEquals(lowered.guards(), described.guards());
            assertEquals(lowered.maxRecordBytes(), described.maxRecordBytes());
            assertEquals(lowered.definedSymbols(), described.definedSymbols());
            assertEquals(lowered.neededSymbols(), described.neededSymbols());
        }
        assertFalse(NativeUnitCompiler.lower(plan(NativeUnitCompilerTest.MIXED, "work", osrProfile())).osrEntries().isEmpty(),
                "the OSR case has an entry to compare");
    }

    @Test
    void theCompilerFingerprintIsStableAndReadable() {
        String id = CompilerFingerprint.value();
        assertFalse(id.startsWith("unknown"), id);
        assertEquals(id, CompilerFingerprint.value());
        System.setProperty(CompilerFingerprint.OVERRIDE_PROPERTY, "x");
        try {
            assertEquals("id-x", CompilerFingerprint.value());
        } finally {
            System.clearProperty(CompilerFingerprint.OVERRIDE_PROPERTY);
        }
        assertEquals(id, CompilerFingerprint.value());
    }
}
