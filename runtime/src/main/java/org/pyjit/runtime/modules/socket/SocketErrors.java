package org.pyjit.runtime.modules.socket;

import java.io.IOException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.io.ErrnoCodes;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The errors of {@code _socket}: Java's socket failures as the OSError (with CPython's errno and
 * glibc's message) the C library would have reported, {@code socket.gaierror} and
 * {@code socket.herror}, and the {@code TimeoutError('timed out')} of a socket timeout.
 */
final class SocketErrors {
    private SocketErrors() {}

    static final int EAGAIN = 11, EINVAL = 22, EPIPE = 32, ENOTSOCK = 88, EPROTONOSUPPORT = 93, EOPNOTSUPP = 95,
            EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETUNREACH = 101, ECONNABORTED = 103,
            ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107, ETIMEDOUT = 110, ECONNREFUSED = 111, EHOSTUNREACH = 113,
            EALREADY = 114, EINPROGRESS = 115, EDESTADDRREQ = 89;

    /** getaddrinfo's error codes (glibc's EAI_*) and messages. */
    static final int EAI_NONAME = -2, EAI_AGAIN = -3, EAI_FAIL = -4, EAI_FAMILY = -6, EAI_SOCKTYPE = -7,
            EAI_SERVICE = -8, EAI_ADDRFAMILY = -9;

    static final PyType GAIERROR = subclass("gaierror");
    static final PyType HERROR = subclass("herror");

    private static PyType subclass(String name) {
        PyType t = new PyType(BuiltinTypes.TYPE, name, ExceptionTypes.OS_ERROR, null);
        t.namespace.putStr("__module__", "socket");
        t.instancesHaveDict = true;
        return t;
    }

    static String gaiMessage(int code) {
        return switch (code) {
            case -1 -> "Bad value for ai_flags";
            case EAI_NONAME -> "Name or service not known";
            case EAI_AGAIN -> "Temporary failure in name resolution";
            case EAI_FAIL -> "Non-recoverable failure in name resolution";
            case EAI_FAMILY -> "ai_family not supported";
            case EAI_SOCKTYPE -> "ai_socktype not supported";
            case EAI_SERVICE -> "Servname not supported for ai_socktype";
            case EAI_ADDRFAMILY -> "Address family for hostname not supported";
            case -5 -> "No address associated with hostname";
            default -> "Unknown error";
        };
    }

    static PyException gaierror(int code) {
        return new PyException(PyBaseException.create(GAIERROR, (long) code, gaiMessage(code)));
    }

    /** {@code herror(1, 'Unknown host')}, as gethostbyaddr reports an address without a name. */
    static PyException herror(int code, String message) {
        return new PyException(PyBaseException.create(HERROR, (long) code, message));
    }

    static PyException of(int errno) {
        return OsErrors.of(errno, null);
    }

    static PyException timeout() {
        return Errors.of(ExceptionTypes.TIMEOUT_ERROR, "timed out");
    }

    /** The OSError for a Java socket failure: the errno whose glibc message the JDK passed on. */
    static PyException from(Exception e) {
        return of(errnoOf(e));
    }

    static int errnoOf(Exception e) {
        if (e instanceof ClosedChannelException) return 9; // EBADF
        if (e instanceof NotYetConnectedException) return ENOTCONN;
        if (e instanceof AlreadyConnectedException) return EISCONN;
        if (e instanceof ConnectionPendingException) return EALREADY;
        if (e instanceof AlreadyBoundException) return EINVAL;
        if (e instanceof NotYetBoundException) return EINVAL;
        if (e instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
        if (e instanceof UnresolvedAddressException) return EADDRNOTAVAIL;
        if (e instanceof java.net.SocketTimeoutException) return ETIMEDOUT;
        String m = e.getMessage();
        if (m != null) {
            for (int errno = 1; errno < 134; errno++) {
                String text = ErrnoCodes.message(errno);
                if (!text.startsWith("Unknown") && m.contains(text)) return errno;
            }
            if (m.contains("Protocol family unavailable") || m.contains("not supported")) return EAFNOSUPPORT;
        }
        if (e instanceof IOException io) return OsErrors.errnoOf(io);
        return 5; // EIO
    }
}
