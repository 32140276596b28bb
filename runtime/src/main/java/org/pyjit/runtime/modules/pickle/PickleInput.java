package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.ops.Ops;

/**
 * The unpickler's input: a byte array (all of {@code loads}'s data, or the current frame or
 * argument read from a file). From a file it reads exactly what each opcode needs
 * ({@code read(n)} / {@code readline()}), so the file is left just after the STOP opcode.
 */
final class PickleInput {
    byte[] buf;
    int pos;
    int limit;
    /** The file's {@code read} and {@code readline}, or null for in-memory data. */
    private final Object read, readline;

    PickleInput(byte[] data, int length) {
        buf = data;
        limit = length;
        read = readline = null;
    }

    PickleInput(Object read, Object readline) {
        buf = new byte[0];
        this.read = read;
        this.readline = readline;
    }

    static PickleException truncated() {
        return new PickleException();
    }

    /** Marks "pickle data was truncated" so that the opcode loop can turn it into EOFError at an opcode start. */
    static final class PickleException extends RuntimeException {
        PickleException() {
            super(null, null, false, false);
        }
    }

    /** Makes {@code n} bytes available at {@link #pos}; throws {@link PickleException} when the data ends first. */
    void need(int n) {
        if (limit - pos >= n) return;
        if (read == null) throw truncated();
        int have = limit - pos;
        Object got = Ops.call(read, (long) (n - have));
        byte[] more = Buffers.bytesOrNull(got);
        if (more == null) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(got) + "'");
        byte[] next = new byte[have + more.length];
        System.arraycopy(buf, pos, next, 0, have);
        System.arraycopy(more, 0, next, have, more.length);
        buf = next;
        pos = 0;
        limit = next.length;
        if (limit < n) throw truncated();
    }

    int u8() {
        need(1);
        return buf[pos++] & 0xff;
    }

    /** {@code n} bytes little-endian, unsigned (n ≤ 8). */
    long le(int n) {
        need(n);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = v << 8 | (buf[pos + i] & 0xff);
        pos += n;
        return v;
    }

    byte[] bytes(int n) {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    /** The next line including its newline; a line without one is truncated data. */
    byte[] line() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n') {
                byte[] l = java.util.Arrays.copyOfRange(buf, pos, i + 1);
                pos = i + 1;
                return l;
            }
        }
        if (readline == null) throw truncated();
        Object got = Ops.call(readline);
        byte[] more = got instanceof PyBytes b ? b.toArray() : Buffers.bytesOrNull(got);
        if (more == null) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(got) + "'");
        int have = limit - pos;
        byte[] l = new byte[have + more.length];
        System.arraycopy(buf, pos, l, 0, have);
        System.arraycopy(more, 0, l, have, more.length);
        pos = limit;
        if (l.length == 0 || l[l.length - 1] != '\n') throw truncated();
        return l;
    }

    boolean fromFile() {
        return read != null;
    }
}
