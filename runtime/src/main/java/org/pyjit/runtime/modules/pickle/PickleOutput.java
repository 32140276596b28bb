package org.pyjit.runtime.modules.pickle;

import java.util.Arrays;

/**
 * The pickler's output buffer with protocol 4's framing: while framing is on, the first write after
 * a committed frame reserves a 9-byte FRAME header, and {@link #commitFrame} fills it in (or drops it
 * when the frame is shorter than {@link PickleOpcodes#FRAME_SIZE_MIN}). A frame is committed at the
 * first opcode boundary after it reaches {@link PickleOpcodes#FRAME_SIZE_TARGET} bytes, which is
 * where CPython's pickler puts its frame boundaries too.
 */
final class PickleOutput {
    byte[] buf = new byte[256];
    int len;
    boolean framing;
    /** Offset of the open frame's reserved header, or -1. */
    private int frameStart = -1;

    void clear() {
        len = 0;
        frameStart = -1;
    }

    private void ensure(int extra) {
        int need = len + extra;
        if (need > buf.length) {
            if (need < 0) throw new OutOfMemoryError("pickle output too large");
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    /** Reserves room for {@code n} bytes (opening a frame if one is due) and returns where they go. */
    private int reserve(int n) {
        if (framing && frameStart < 0) {
            ensure(n + PickleOpcodes.FRAME_HEADER_SIZE);
            frameStart = len;
            len += PickleOpcodes.FRAME_HEADER_SIZE;
        } else {
            ensure(n);
        }
        int at = len;
        len += n;
        return at;
    }

    void op(int opcode) {
        int at = reserve(1);
        buf[at] = (byte) opcode;
    }

    void op(int opcode, int arg1) {
        int at = reserve(2);
        buf[at] = (byte) opcode;
        buf[at + 1] = (byte) arg1;
    }

    /** An opcode followed by a 2-byte little-endian argument. */
    void op2(int opcode, int arg) {
        int at = reserve(3);
        buf[at] = (byte) opcode;
        buf[at + 1] = (byte) arg;
        buf[at + 2] = (byte) (arg >> 8);
    }

    /** An opcode followed by a 4-byte little-endian argument. */
    void op4(int opcode, long arg) {
        int at = reserve(5);
        buf[at] = (byte) opcode;
        putLE(buf, at + 1, arg, 4);
    }

    /** An opcode followed by an 8-byte little-endian argument. */
    void op8(int opcode, long arg) {
        int at = reserve(9);
        buf[at] = (byte) opcode;
        putLE(buf, at + 1, arg, 8);
    }

    void write(byte[] data, int from, int n) {
        int at = reserve(n);
        System.arraycopy(data, from, buf, at, n);
    }

    void write(byte[] data) {
        write(data, 0, data.length);
    }

    /** ASCII text (opcode arguments of the text protocol). */
    void ascii(String s) {
        int n = s.length();
        int at = reserve(n);
        for (int i = 0; i < n; i++) buf[at + i] = (byte) s.charAt(i);
    }

    static void putLE(byte[] b, int at, long v, int n) {
        for (int i = 0; i < n; i++) b[at + i] = (byte) (v >>> (8 * i));
    }

    /** Closes the open frame, writing its header or removing the reserved room when it is too short. */
    void commitFrame() {
        if (!framing || frameStart < 0) return;
        int frameLen = len - frameStart - PickleOpcodes.FRAME_HEADER_SIZE;
        if (frameLen >= PickleOpcodes.FRAME_SIZE_MIN) {
            buf[frameStart] = (byte) PickleOpcodes.FRAME;
            putLE(buf, frameStart + 1, frameLen, 8);
        } else {
            System.arraycopy(buf, frameStart + PickleOpcodes.FRAME_HEADER_SIZE, buf, frameStart, frameLen);
            len -= PickleOpcodes.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    /** Called after each complete object: commits the frame once it is big enough; true if it did. */
    boolean opcodeBoundary() {
        if (!framing || frameStart < 0) return false;
        if (len - frameStart - PickleOpcodes.FRAME_HEADER_SIZE < PickleOpcodes.FRAME_SIZE_TARGET) return false;
        commitFrame();
        return true;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, len);
    }
}
