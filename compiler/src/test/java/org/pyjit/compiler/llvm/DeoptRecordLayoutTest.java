package org.pyjit.compiler.llvm;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;

/** Deoptimization records: the header round-trips, and every record a unit can write fits its record area. */
class DeoptRecordLayoutTest {
    @Test
    void theHeaderWordRoundTrips() {
        for (int fn : new int[] {0, 1, 7, 255}) {
            for (int pc : new int[] {0, 1, 6, 4094, 1 << 20}) {
                for (int mode : new int[] {NativeAbi.MODE_AT, NativeAbi.MODE_AFTER_CALL}) {
                    long h = NativeAbi.recordHeader(fn, pc, mode);
                    assertEquals(fn, NativeAbi.headerFunction(h));
                    assertEquals(pc, NativeAbi.headerPc(h));
                    assertEquals(mode, NativeAbi.headerMode(h));
                }
            }
        }
    }

    @Test
    void everyRecordFitsAndListsOnlyBoundRegistersInOrder() {
        String source = """
                def f(b, n):
                    x = 1 if b else 1.5
                    s = 0
                    for i in range(n):
                        s += i * x
                    return s
                """;
        CodeObject module = TestModules.module(source);
        PlannedUnit unit = NativeUnitCompiler.plan(TestModules.function(module, "f"), TestModules.resolver(module),
                TypeProfile.ofArguments(List.of(ValueKind.BOOL, ValueKind.INT)));
        NativeUnitDescription d = NativeUnitCompiler.lower(unit);
        DeoptRecordLayout layout = d.recordLayout();
        FunctionPlan root = unit.plan.root();
        int[] c = root.code.code;
        boolean sawDynamic = false;
        for (int pc = 0; pc < c.length; pc += Opcode.of(c[pc]).size()) {
            if (!root.reachable(pc)) continue;
            boolean call = Opcode.of(c[pc]) == Opcode.CALL || Opcode.of(c[pc]) == Opcode.CALL_METHOD;
            for (int mode : call ? new int[] {NativeAbi.MODE_AT, NativeAbi.MODE_AFTER_CALL} : new int[] {NativeAbi.MODE_AT}) {
                assertTrue(layout.recordBytes(0, pc, mode) <= d.maxRecordBytes(), "record at " + pc);
                int last = -1;
                for (DeoptRecordLayout.Entry e : layout.entries(0, pc, mode)) {
                    assertTrue(e.register() > last, "registers ascend");
                    last = e.register();
                    assertNotEquals(NativeAbi.TAG_UNBOUND, e.tag());
                    sawDynamic |= e.tag() == DeoptRecordLayout.DYNAMIC_TAG;
                }
            }
        }
        assertTrue(sawDynamic, "x is an int or a float: its tag is only known at run time");
    }
}
