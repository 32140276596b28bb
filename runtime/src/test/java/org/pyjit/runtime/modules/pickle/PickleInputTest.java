package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reading opcode arguments from in-memory data, and running out of it. */
class PickleInputTest {
    @Test
    void readsLittleEndianArgumentsAndLines() {
        byte[] data = {1, (byte) 0xff, (byte) 0xfe, 'a', 'b', '\n', 7};
        PickleInput in = new PickleInput(data, data.length);
        assertEquals(1, in.u8());
        assertEquals(0xfeff, in.le(2));
        assertArrayEquals(new byte[] {'a', 'b', '\n'}, in.line());
        assertArrayEquals(new byte[] {7}, in.bytes(1));
    }

    @Test
    void missingBytesOrNewlineAreTruncatedData() {
        byte[] data = {'x', 'y'};
        assertThrows(PickleInput.PickleException.class, () -> new PickleInput(data, 2).le(4));
        assertThrows(PickleInput.PickleException.class, () -> new PickleInput(data, 2).line());
        PickleInput in = new PickleInput(data, 1); // only the first byte is live
        assertEquals('x', in.u8());
        assertThrows(PickleInput.PickleException.class, in::u8);
    }
}
