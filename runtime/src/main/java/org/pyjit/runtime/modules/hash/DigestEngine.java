package org.pyjit.runtime.modules.hash;

/** A running hash computation written in Java (those the JDK lacks: BLAKE2, SHAKE). */
interface DigestEngine {
    void update(byte[] data);

    /** The digest of everything so far, {@code length} bytes long (fixed-size hashes ignore it); the state stays usable. */
    byte[] digest(int length);

    DigestEngine copy();
}
