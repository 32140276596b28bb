package org.pyjit.objcache.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EntrySealTest {
    private static final byte[] SECRET = "a fleet secret of 32 characters!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = new byte[32];
    private static final byte[] VALUE = "PJOC... a cached object".getBytes(StandardCharsets.US_ASCII);

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @Test
    void aSealedValueOpensUnderItsKeyWithTheSameSecret() {
        EntrySeal seal = new EntrySeal(SECRET);
        byte[] frame = seal.seal(KEY, VALUE);
        assertEquals(EntrySeal.HEADER_LENGTH + VALUE.length, frame.length);
        assertArrayEquals(new byte[] {'P', 'J', 'R', 'V', 1}, Arrays.copyOf(frame, 5));
        assertArrayEquals(VALUE, seal.open(KEY, frame));
        assertArrayEquals(VALUE, new EntrySeal(SECRET.clone()).open(KEY, frame), "another process with the same key");
        assertArrayEquals(new byte[0], seal.open(KEY, seal.seal(KEY, new byte[0])));
    }

    @Test
    void everyFlippedByteIsRefused() {
        EntrySeal seal = new EntrySeal(SECRET);
        byte[] frame = seal.seal(KEY, VALUE);
        for (int i = 0; i < frame.length; i++) {
            byte[] tampered = frame.clone();
            tampered[i] ^= 0x01;
            assertNull(seal.open(KEY, tampered), "byte " + i + " flipped");
        }
    }

    @Test
    void anotherSecretAnotherKeyOrATruncatedFrameIsRefused() {
        EntrySeal seal = new EntrySeal(SECRET);
        byte[] frame = seal.seal(KEY, VALUE);
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;
        assertNull(new EntrySeal(otherSecret).open(KEY, frame), "wrong secret");
        byte[] otherKey = KEY.clone();
        otherKey[31] ^= 1;
        assertNull(seal.open(otherKey, frame), "a valid entry copied under another key");
        assertNull(seal.open(KEY, Arrays.copyOf(frame, frame.length - 1)), "truncated value");
        assertNull(seal.open(KEY, Arrays.copyOf(frame, EntrySeal.HEADER_LENGTH - 1)), "truncated header");
        byte[] appended = Arrays.copyOf(frame, frame.length + 1);
        assertNull(seal.open(KEY, appended), "a byte appended");
        assertNull(seal.open(KEY, VALUE), "an unsealed value");
    }

    @Test
    void aShortSecretIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntrySeal(new byte[15]));
        assertEquals(true, e.getMessage().contains("at least 16"), e.getMessage());
    }
}
