package org.pyjit.runtime.objects;

/**
 * The buffer protocol: an object whose contents are one contiguous run of bytes that consumers of
 * "bytes-like objects" (struct, hashlib, zlib, binascii, files, {@code bytes.join}, {@code re},
 * {@code memoryview}) read, and, when not read-only, write in place. bytes, bytearray, memoryview
 * and {@code array.array} implement it.
 *
 * <p>The array and offset are asked for at each access, never kept: a bytearray or an array
 * replaces its array when it grows. Unlike CPython, exporters do not refuse to resize while a
 * view exists: without reference counting an unreleased, unreachable memoryview would block them
 * for ever; a view over a resized object sees the bytes that are there now.
 */
public interface BufferExporter {
    /** The array holding the bytes now; the live bytes are {@code [bufferOffset, bufferOffset + bufferLength)}. */
    byte[] bufferArray();

    /** Where the bytes start in {@link #bufferArray()}. */
    default int bufferOffset() {
        return 0;
    }

    /** Number of bytes. */
    int bufferLength();

    /** The struct-module format of one item ({@code "B"} for bytes). */
    default String bufferFormat() {
        return "B";
    }

    /** Bytes per item. */
    default int bufferItemSize() {
        return 1;
    }

    /**
     * Whether the items are the contiguous bytes that consumers read ({@code PyBUF_SIMPLE});
     * false for a memoryview sliced with a step, which only {@code bytes()}, {@code tobytes()}
     * and {@code tolist()} accept.
     */
    default boolean bufferContiguous() {
        return true;
    }

    /**
     * The object whose buffer this one passes on ({@code pickle.PickleBuffer}): {@code memoryview()}
     * views that object, so its {@code obj} is the original. Null for exporters of their own bytes.
     */
    default Object bufferSource() {
        return null;
    }

    /** Whether consumers may not write the bytes. */
    boolean bufferReadOnly();

    /** A copy of the bytes. */
    default byte[] bufferCopy() {
        int off = bufferOffset();
        return java.util.Arrays.copyOfRange(bufferArray(), off, off + bufferLength());
    }
}
