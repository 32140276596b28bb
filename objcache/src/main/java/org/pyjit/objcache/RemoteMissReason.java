package org.pyjit.objcache;

/** Why a lookup in the remote (Redis) tier found nothing usable; each is counted. */
public enum RemoteMissReason {
    /** Nothing is stored under the key on the remote. */
    ABSENT("absent"),
    /** The entry's HMAC tag does not verify (tampered, or written with another key): never loaded. */
    UNAUTHENTICATED("unauthenticated"),
    /** The remote did not answer within the timeout, or the circuit breaker had turned the tier off. */
    TIMEOUT("timeout"),
    /** The entry is larger than the configured limit; it was not read. */
    TOO_LARGE("too large"),
    /** The connection failed, the server answered with an error, or an authentic value did not decode. */
    ERROR("error");

    private final String description;

    RemoteMissReason(String description) {
        this.description = description;
    }

    /** The reason in words, as {@code pyjit cache stats} prints it. */
    public String description() {
        return description;
    }
}
