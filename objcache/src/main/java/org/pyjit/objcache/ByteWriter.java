package org.pyjit.objcache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Big-endian writer for the cache's binary formats; the buffer grows as needed. */
final class ByteWriter {
    private byte[] buffer;
    private int size;

    ByteWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    ByteWriter u8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    ByteWriter u16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("does not fit in 16 bits: " + value);
        }
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    ByteWriter i32(int value) {
        ensure(4);
        putI32At(size, value);
        size += 4;
        return this;
    }

    ByteWriter i64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    ByteWriter bytes(byte[] bytes) {
        return bytes(bytes, 0, bytes.length);
    }

    ByteWriter bytes(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }

    /** A UTF-8 string behind a 16-bit length. */
    ByteWriter string16(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        u16(utf8.length);
        return bytes(utf8);
    }

    /** Overwrites four bytes already written, e.g. a length known only at the end. */
    void putI32At(int position, int value) {
        buffer[position] = (byte) (value >>> 24);
        buffer[position + 1] = (byte) (value >>> 16);
        buffer[position + 2] = (byte) (value >>> 8);
        buffer[position + 3] = (byte) value;
    }

    int size() {
        return size;
    }

    /** The internal buffer; only the first {@link #size()} bytes are meaningful. */
    byte[] buffer() {
        return buffer;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
