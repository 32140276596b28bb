package org.pyjit.runtime.nativecode;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.llvm.NativeUnitDescription;

/** Which linked units count as (barely) unused at the end of a run, so a later run does not load LLVM for them. */
class LoadedUnitTest {
    private static LoadedUnit unit() {
        NativeUnitDescription d = new NativeUnitDescription(null, "entry", List.of(), List.of(), List.of(), List.of(), List.of(), 64, null);
        return new LoadedUnit(d, 0, null, Map.of());
    }

    @Test
    void aUnitNeverEnteredIsBarelyUsed() {
        assertTrue(unit().barelyUsed());
    }

    @Test
    void aFewShortEntriesAreBarelyUsed() {
        LoadedUnit u = unit();
        assertFalse(u.timesNextEntry()); // the first entry pays one-time costs
        u.entries = 5;
        assertTrue(u.timesNextEntry());
        u.measuredNanos = 200_000;
        assertTrue(u.barelyUsed());
    }

    @Test
    void laterEntriesThatRanLongAreUse() {
        LoadedUnit u = unit();
        u.entries = 3;
        u.measuredNanos = 40_000_000;
        assertFalse(u.barelyUsed());
    }

    @Test
    void manyEntriesAreUseHoweverShort() {
        LoadedUnit u = unit();
        u.entries = LoadedUnit.MEASURED_ENTRIES;
        u.measuredNanos = 1_000;
        assertFalse(u.timesNextEntry());
        assertFalse(u.barelyUsed());
    }
}
