package org.pyjit.runtime.io;

import org.pyjit.runtime.exceptions.Errors;

/**
 * The stream of a file object of a program's subclass whose {@code __init__} has not set it up
 * yet (CPython's io objects are made in two steps): every operation fails as on CPython.
 */
final class UninitializedRawIO implements UnseekableStream {
    static final UninitializedRawIO INSTANCE = new UninitializedRawIO();

    private UninitializedRawIO() {}

    private static RuntimeException uninitialized() {
        return Errors.valueError("I/O operation on uninitialized object");
    }

    @Override
    public int read(byte[] buf, int off, int len) {
        throw uninitialized();
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        throw uninitialized();
    }

    @Override
    public boolean readable() {
        return false;
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public long size() {
        throw uninitialized();
    }

    @Override
    public void truncate(long size) {
        throw uninitialized();
    }

    @Override
    public void flush() {
        // nothing was written
    }

    @Override
    public void close() {
        // nothing was opened
    }

    @Override
    public boolean isatty() {
        throw uninitialized();
    }

    @Override
    public int fileno() {
        throw uninitialized();
    }
}
