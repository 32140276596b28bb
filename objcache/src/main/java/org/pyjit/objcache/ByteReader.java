package org.pyjit.objcache;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Big-endian reader over stored bytes. Every read is bounds-checked and fails with
 * {@link MalformedValueException}, so damaged data can never raise anything else.
 */
final class ByteReader {
    private final byte[] data;
    private final int limit;
    private int position;

    ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    ByteReader(byte[] data, int offset, int limit) {
        this.data = data;
        this.position = offset;
        this.limit = limit;
    }

    private void need(int count) {
        if (count < 0 || limit - position < count) {
            throw new MalformedValueException("truncated at offset " + position);
        }
    }

    int u8() {
        need(1);
        return data[position++] & 0xFF;
    }

    int u16() {
        need(2);
        int value = ((data[position] & 0xFF) << 8) | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    int i32() {
        need(4);
        int value = readI32(data, position);
        position += 4;
        return value;
    }

    long i64() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (data[position + i] & 0xFF);
        }
        position += 8;
        return value;
    }

    byte[] bytes(int count) {
        need(count);
        byte[] out = Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    /** A UTF-8 string behind a 16-bit length; invalid UTF-8 is malformed, not replaced. */
    String string16() {
        int length = u16();
        need(length);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, position, length))
                    .toString();
            position += length;
            return text;
        } catch (CharacterCodingException e) {
            throw new MalformedValueException("invalid UTF-8 at offset " + position);
        }
    }

    int position() {
        return position;
    }

    int remaining() {
        return limit - position;
    }

    static int readI32(byte[] data, int offset) {
        return ((data[offset] & 0xFF) << 24) | ((data[offset + 1] & 0xFF) << 16)
                | ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
    }
}
