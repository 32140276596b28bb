package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A {@link RawIO} over a Python object with file methods ({@code readinto} or {@code read},
 * {@code write}, {@code seek}, {@code tell}, …): what {@code BufferedReader(raw)} and
 * {@code TextIOWrapper(buffer)} wrap when given a program's object or a {@code BytesIO}.
 */
public final class PyObjectRawIO implements RawIO {
    private final Object target;
    /** The target is a buffered stream (a TextIOWrapper's buffer): its write takes all the data, whatever it returns. */
    private final boolean buffered;

    public PyObjectRawIO(Object target) {
        this(target, false);
    }

    private PyObjectRawIO(Object target, boolean buffered) {
        this.target = target;
        this.buffered = buffered;
    }

    /** Over a buffered binary stream, as TextIOWrapper writes to it: CPython ignores what its write returns. */
    public static PyObjectRawIO ofBuffered(Object target) {
        return new PyObjectRawIO(target, true);
    }

    public Object target() {
        return target;
    }

    private Object call(String name, Object... args) {
        return Ops.call(Ops.getAttr(target, name), args);
    }

    private boolean ask(String name) {
        Object m = Ops.getAttrOrNull(target, name);
        return m != null && Ops.isTrue(Ops.call(m));
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        Object r;
        if (Ops.getAttrOrNull(target, "readinto") != null && !(target instanceof BytesIOObject)) {
            PyBytes b = new PyBytes(BuiltinTypes.BYTEARRAY, new byte[len]);
            r = call("readinto", b);
            if (r == PyNone.NONE) return 0;
            int n = (int) Ops.index(r);
            if (n == 0) return -1;
            System.arraycopy(b.bytes, 0, buf, off, n);
            return n;
        }
        r = call("read", (long) len);
        if (r == PyNone.NONE) return 0;
        byte[] data = BytesIOObject.bytesOf(r);
        if (data.length == 0) return -1;
        if (data.length > len) throw Errors.valueError("read() returned too much data");
        System.arraycopy(data, 0, buf, off, data.length);
        return data.length;
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        byte[] chunk = java.util.Arrays.copyOfRange(buf, off, off + len);
        if (buffered) {
            call("write", new PyBytes(chunk));
            return;
        }
        int done = 0;
        while (done < len) {
            Object r = call("write", new PyBytes(done == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, done, len)));
            int n = r == PyNone.NONE ? 0 : (int) Ops.index(r);
            if (n <= 0) throw IoTypes.unsupported("write could not complete without blocking");
            done += n;
        }
    }

    @Override
    public boolean readable() {
        return ask("readable");
    }

    @Override
    public boolean writable() {
        return ask("writable");
    }

    @Override
    public boolean seekable() {
        return ask("seekable");
    }

    @Override
    public long position() {
        return Ops.index(call("tell"));
    }

    @Override
    public void position(long pos) {
        call("seek", pos, 0L);
    }

    @Override
    public long size() {
        long cur = position();
        long end = Ops.index(call("seek", 0L, 2L));
        position(cur);
        return end;
    }

    @Override
    public void truncate(long size) {
        call("truncate", size);
    }

    @Override
    public void flush() {
        Object m = Ops.getAttrOrNull(target, "flush");
        if (m != null) Ops.call(m);
    }

    @Override
    public void close() {
        call("close");
    }

    @Override
    public boolean isatty() {
        return ask("isatty");
    }

    @Override
    public int fileno() {
        Object m = Ops.getAttrOrNull(target, "fileno");
        if (m == null) return -1;
        try {
            return (int) Ops.index(Ops.call(m));
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            return -1;
        }
    }
}
