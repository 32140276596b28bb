package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code bytes} (immutable) and, with {@link #mutable}, {@code bytearray}. */
public class PyBytes extends PyObject implements BufferExporter {
    public byte[] bytes;
    /** Number of live bytes (always {@code bytes.length} for immutable bytes). */
    public int length;

    public PyBytes(byte[] bytes) {
        super(BuiltinTypes.BYTES);
        this.bytes = bytes;
        this.length = bytes.length;
    }

    public PyBytes(PyType type, byte[] bytes) {
        super(type);
        this.bytes = bytes;
        this.length = bytes.length;
    }

    /** The live bytes as a fresh array. */
    public final byte[] toArray() {
        return java.util.Arrays.copyOf(bytes, length);
    }

    @Override
    public final byte[] bufferArray() {
        return bytes;
    }

    @Override
    public final int bufferLength() {
        return length;
    }

    @Override
    public final boolean bufferReadOnly() {
        return !type.isSubtypeOf(BuiltinTypes.BYTEARRAY);
    }
}
