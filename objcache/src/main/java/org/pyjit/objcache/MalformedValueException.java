package org.pyjit.objcache;

/** Thrown by {@link ByteReader} when stored bytes do not parse; callers turn it into a miss. */
final class MalformedValueException extends RuntimeException {
    MalformedValueException(String message) {
        super(message, null, false, false);
    }
}
