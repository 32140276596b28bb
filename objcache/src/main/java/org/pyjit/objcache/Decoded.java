package org.pyjit.objcache;

/** What {@link ValueCodec} made of stored bytes: a checked object or the reason it is unusable. */
sealed interface Decoded {

    /** A value whose header, key echo, lengths and checksums all check out. */
    record Valid(ValueHeader header, byte[] object) implements Decoded {}

    /** A value that must not be served; {@code reason} is FORMAT, KEY_MISMATCH or CORRUPT. */
    record Invalid(MissReason reason, String detail) implements Decoded {}
}
