package org.pyjit.compiler.llvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NativeCpuTest {
    @AfterEach
    void backToTheHost() {
        NativeCpu.select(NativeCpu.NATIVE);
    }

    @Test
    void selectsABaselineOrTheHost() {
        NativeCpu.select("x86-64-v3");
        assertEquals("x86-64-v3", NativeCpu.selected());
        NativeCpu.select("NATIVE");
        assertEquals(NativeCpu.NATIVE, NativeCpu.selected());
    }

    @Test
    void refusesANameLlvmDoesNotKnow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NativeCpu.select("x86-64-v9"));
        assertTrue(e.getMessage().contains("x86-64-v3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NativeCpu.select("bad cpu!"));
        assertEquals(NativeCpu.NATIVE, NativeCpu.selected(), "a refused name changes nothing");
    }
}
