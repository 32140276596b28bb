package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 with surrogatepass and protocol 0's escaped text. */
class PickleTextTest {
    @Test
    void utf8PassesLoneSurrogatesAndPairsCodePoints() {
        String s = "a\u00e9\u20ac\ud83d\ude00\ud800";
        byte[] b = PickleText.utf8(s);
        assertArrayEquals(new byte[] {'a', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xf0,
            (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80}, b);
        assertEquals(s, PickleText.fromUtf8(b, 0, b.length));
    }

    @Test
    void rawUnicodeEscapeEscapesWhatProtocolZeroCannotCarry() {
        String s = "a\\\n\r\u0000\u001a\u00e9\u20ac\ud83d\ude00";
        String expected = "a\\u005c\\u000a\\u000d\\u0000\\u001a\u00e9\\u20ac\\U0001f600";
        assertEquals(expected, new String(PickleText.rawUnicodeEscape(s), StandardCharsets.ISO_8859_1));
    }
}
