package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The framing rules of the pickler's output buffer. */
class PickleOutputTest {
    @Test
    void withoutFramingBytesAreWrittenAsTheyCome() {
        PickleOutput out = new PickleOutput();
        out.op('K', 5);
        out.op4('J', 0x01020304);
        out.commitFrame();
        assertArrayEquals(new byte[] {'K', 5, 'J', 4, 3, 2, 1}, out.toArray());
    }

    @Test
    void aFrameOfFourOrMoreBytesGetsItsHeader() {
        PickleOutput out = new PickleOutput();
        out.framing = true;
        out.op(']');
        out.op(0x94);
        out.op('K', 1);
        out.commitFrame();
        byte[] b = out.toArray();
        assertEquals(13, b.length);
        assertEquals((byte) 0x95, b[0]);
        assertEquals(4, b[1]);
        for (int i = 2; i < 9; i++) assertEquals(0, b[i]);
        assertEquals(']', b[9]);
    }

    @Test
    void aFrameShorterThanFourBytesLosesItsHeader() {
        PickleOutput out = new PickleOutput();
        out.framing = true;
        out.op('N');
        out.op('.');
        out.commitFrame();
        assertArrayEquals(new byte[] {'N', '.'}, out.toArray());
    }

    @Test
    void aBoundaryClosesTheFrameOnlyOnceItIsBigEnough() {
        PickleOutput out = new PickleOutput();
        out.framing = true;
        out.write(new byte[PickleOpcodes.FRAME_SIZE_TARGET - 1]);
        assertFalse(out.opcodeBoundary());
        out.op('N');
        assertTrue(out.opcodeBoundary());
        out.op('N');
        out.op('N');
        out.commitFrame();
        byte[] b = out.toArray();
        assertEquals(9 + PickleOpcodes.FRAME_SIZE_TARGET + 2, b.length); // the second frame (2 bytes) has no header
        assertEquals((byte) 0x95, b[0]);
        assertEquals(0, b[1]);
        assertEquals(1, b[3]); // 65536 little-endian
    }
}
