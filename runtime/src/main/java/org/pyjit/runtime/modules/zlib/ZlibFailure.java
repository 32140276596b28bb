package org.pyjit.runtime.modules.zlib;

/** A zlib status code and message, turned into {@code zlib.error} by whoever knows the operation. */
final class ZlibFailure extends RuntimeException {
    final int code;

    ZlibFailure(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
