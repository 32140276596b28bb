package org.pyjit.objcache;

/** Thrown by {@link ByteReader} when stored bytes do not parse; callers turn it into a miss. */
final class MalformedValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedValueException(String message) {
        super(message, null, false, false);
    }
}
