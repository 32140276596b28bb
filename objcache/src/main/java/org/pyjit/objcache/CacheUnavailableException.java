package org.pyjit.objcache;

/**
 * A maintenance operation could not run: the cache is disabled, or another process is the
 * primary and only the primary may change the database. The message says which, for users.
 */
public final class CacheUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An exception with a message fit to show a user. */
    public CacheUnavailableException(String message) {
        super(message);
    }
}
