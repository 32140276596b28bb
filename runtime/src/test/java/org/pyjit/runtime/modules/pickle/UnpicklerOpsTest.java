package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The escapes of protocol 0's STRING argument. */
class UnpicklerOpsTest {
    private static byte[] decode(String quotedBody) {
        byte[] b = quotedBody.getBytes(StandardCharsets.ISO_8859_1);
        return org.pyjit.runtime.modules.codecs.EscapeCodecs.escapeDecode(b); // what the STRING opcode decodes with
    }

    @Test
    void decodesPythonTwoStringEscapes() {
        assertArrayEquals(new byte[] {'a', '\n', '\t', '\\', '\'', (byte) 0xe9, 0, 'A', 7}, decode("a\\n\\t\\\\\\'\\xe9\\0\\101\\a"));
        assertArrayEquals(new byte[] {'\\', 'q'}, decode("\\q"));
    }
}
