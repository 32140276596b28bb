package org.pyjit.runtime.io;

import java.nio.channels.SelectableChannel;

/** A stream behind a descriptor that {@code select} and {@code poll} wait on through a Java selector (sockets, pipes). */
public interface SelectableStream extends RawIO {
    /** The channel to register, or null when there is none yet (an unconnected socket: always ready). */
    SelectableChannel selectableChannel();
}
