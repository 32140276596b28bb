package org.pyjit.runtime.io;

import java.io.IOException;

/** A stream without a position (standard streams, pipes, sockets): seeking fails as it does on such an OS file. */
public interface UnseekableStream extends RawIO {
    @Override
    default boolean seekable() {
        return false;
    }

    @Override
    default long position() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    default void position(long pos) throws IOException {
        throw new IOException("Illegal seek");
    }
}
