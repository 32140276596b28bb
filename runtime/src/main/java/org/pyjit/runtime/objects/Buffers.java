package org.pyjit.runtime.objects;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.ops.Ops;

/**
 * How builtin functions accept "bytes-like objects": every consumer goes through here, so each
 * object that implements {@link BufferExporter} is accepted everywhere and the errors read as
 * CPython's.
 */
public final class Buffers {
    private Buffers() {}

    /** The exporter behind {@code o}, or null if {@code o} does not support the buffer protocol. */
    public static BufferExporter exporterOrNull(Object o) {
        return o instanceof BufferExporter e ? contiguous(e) : null;
    }

    private static BufferExporter contiguous(BufferExporter e) {
        if (!e.bufferContiguous()) {
            throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
        }
        return e;
    }

    /** Whether {@code o} is bytes-like. */
    public static boolean isBytesLike(Object o) {
        return o instanceof BufferExporter;
    }

    /** The exporter behind {@code o}; TypeError "a bytes-like object is required, not 'T'" otherwise. */
    public static BufferExporter exporter(Object o) {
        if (o instanceof BufferExporter e) return contiguous(e);
        throw notBytesLike(o);
    }

    /** A copy of the bytes of the bytes-like {@code o}; TypeError "a bytes-like object is required, not 'T'" otherwise. */
    public static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b && b.length == b.bytes.length) return b.toArray();
        return exporter(o).bufferCopy();
    }

    /** {@link #bytesOf(Object)}, or null if {@code o} is not bytes-like. */
    public static byte[] bytesOrNull(Object o) {
        return o instanceof BufferExporter e ? contiguous(e).bufferCopy() : null;
    }

    /**
     * A writable exporter ({@code struct.pack_into}, {@code readinto}); TypeError
     * "{@code prefix}argument must be read-write bytes-like object, not T" otherwise.
     */
    public static BufferExporter writable(Object o, String prefix) {
        if (o instanceof BufferExporter e && !e.bufferReadOnly()) return contiguous(e);
        throw Errors.typeError(prefix + "argument must be read-write bytes-like object, not " + Ops.typeName(o));
    }

    /** Copies {@code data} into the writable buffer {@code e} at byte {@code at}. */
    public static void write(BufferExporter e, int at, byte[] data, int from, int n) {
        System.arraycopy(data, from, e.bufferArray(), e.bufferOffset() + at, n);
    }

    /** The TypeError CPython raises for a non-buffer argument. */
    public static PyException notBytesLike(Object o) {
        return Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(o) + "'");
    }
}
