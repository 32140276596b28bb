package org.pyjit.runtime.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The C library's error numbers on Linux (x86-64 and aarch64 share them): each symbolic name
 * ({@code ENOENT}), its number, and glibc's message ({@code strerror}). {@code errno.errorcode}
 * maps a number to its first name here; aliases ({@code EWOULDBLOCK}) follow the name they share a
 * number with.
 */
public final class ErrnoCodes {
    private ErrnoCodes() {}

    private static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();
    private static final Map<Integer, String> NAME = new HashMap<>();
    private static final Map<Integer, String> MESSAGE = new HashMap<>();

    private static void e(String name, int number, String message) {
        BY_NAME.put(name, number);
        NAME.putIfAbsent(number, name);
        MESSAGE.putIfAbsent(number, message);
    }

    static {
        e("EPERM", 1, "Operation not permitted");
        e("ENOENT", 2, "No such file or directory");
        e("ESRCH", 3, "No such process");
        e("EINTR", 4, "Interrupted system call");
        e("EIO", 5, "Input/output error");
        e("ENXIO", 6, "No such device or address");
        e("E2BIG", 7, "Argument list too long");
        e("ENOEXEC", 8, "Exec format error");
        e("EBADF", 9, "Bad file descriptor");
        e("ECHILD", 10, "No child processes");
        e("EAGAIN", 11, "Resource temporarily unavailable");
        e("EWOULDBLOCK", 11, "Resource temporarily unavailable");
        e("ENOMEM", 12, "Cannot allocate memory");
        e("EACCES", 13, "Permission denied");
        e("EFAULT", 14, "Bad address");
        e("ENOTBLK", 15, "Block device required");
        e("EBUSY", 16, "Device or resource busy");
        e("EEXIST", 17, "File exists");
        e("EXDEV", 18, "Invalid cross-device link");
        e("ENODEV", 19, "No such device");
        e("ENOTDIR", 20, "Not a directory");
        e("EISDIR", 21, "Is a directory");
        e("EINVAL", 22, "Invalid argument");
        e("ENFILE", 23, "Too many open files in system");
        e("EMFILE", 24, "Too many open files");
        e("ENOTTY", 25, "Inappropriate ioctl for device");
        e("ETXTBSY", 26, "Text file busy");
        e("EFBIG", 27, "File too large");
        e("ENOSPC", 28, "No space left on device");
        e("ESPIPE", 29, "Illegal seek");
        e("EROFS", 30, "Read-only file system");
        e("EMLINK", 31, "Too many links");
        e("EPIPE", 32, "Broken pipe");
        e("EDOM", 33, "Numerical argument out of domain");
        e("ERANGE", 34, "Numerical result out of range");
        e("EDEADLOCK", 35, "Resource deadlock avoided");
        e("EDEADLK", 35, "Resource deadlock avoided");
        e("ENAMETOOLONG", 36, "File name too long");
        e("ENOLCK", 37, "No locks available");
        e("ENOSYS", 38, "Function not implemented");
        e("ENOTEMPTY", 39, "Directory not empty");
        e("ELOOP", 40, "Too many levels of symbolic links");
        e("ENOMSG", 42, "No message of desired type");
        e("EIDRM", 43, "Identifier removed");
        e("ECHRNG", 44, "Channel number out of range");
        e("EL2NSYNC", 45, "Level 2 not synchronized");
        e("EL3HLT", 46, "Level 3 halted");
        e("EL3RST", 47, "Level 3 reset");
        e("ELNRNG", 48, "Link number out of range");
        e("EUNATCH", 49, "Protocol driver not attached");
        e("ENOCSI", 50, "No CSI structure available");
        e("EL2HLT", 51, "Level 2 halted");
        e("EBADE", 52, "Invalid exchange");
        e("EBADR", 53, "Invalid request descriptor");
        e("EXFULL", 54, "Exchange full");
        e("ENOANO", 55, "No anode");
        e("EBADRQC", 56, "Invalid request code");
        e("EBADSLT", 57, "Invalid slot");
        e("EBFONT", 59, "Bad font file format");
        e("ENOSTR", 60, "Device not a stream");
        e("ENODATA", 61, "No data available");
        e("ETIME", 62, "Timer expired");
        e("ENOSR", 63, "Out of streams resources");
        e("ENONET", 64, "Machine is not on the network");
        e("ENOPKG", 65, "Package not installed");
        e("EREMOTE", 66, "Object is remote");
        e("ENOLINK", 67, "Link has been severed");
        e("EADV", 68, "Advertise error");
        e("ESRMNT", 69, "Srmount error");
        e("ECOMM", 70, "Communication error on send");
        e("EPROTO", 71, "Protocol error");
        e("EMULTIHOP", 72, "Multihop attempted");
        e("EDOTDOT", 73, "RFS specific error");
        e("EBADMSG", 74, "Bad message");
        e("EOVERFLOW", 75, "Value too large for defined data type");
        e("ENOTUNIQ", 76, "Name not unique on network");
        e("EBADFD", 77, "File descriptor in bad state");
        e("EREMCHG", 78, "Remote address changed");
        e("ELIBACC", 79, "Can not access a needed shared library");
        e("ELIBBAD", 80, "Accessing a corrupted shared library");
        e("ELIBSCN", 81, ".lib section in a.out corrupted");
        e("ELIBMAX", 82, "Attempting to link in too many shared libraries");
        e("ELIBEXEC", 83, "Cannot exec a shared library directly");
        e("EILSEQ", 84, "Invalid or incomplete multibyte or wide character");
        e("ERESTART", 85, "Interrupted system call should be restarted");
        e("ESTRPIPE", 86, "Streams pipe error");
        e("EUSERS", 87, "Too many users");
        e("ENOTSOCK", 88, "Socket operation on non-socket");
        e("EDESTADDRREQ", 89, "Destination address required");
        e("EMSGSIZE", 90, "Message too long");
        e("EPROTOTYPE", 91, "Protocol wrong type for socket");
        e("ENOPROTOOPT", 92, "Protocol not available");
        e("EPROTONOSUPPORT", 93, "Protocol not supported");
        e("ESOCKTNOSUPPORT", 94, "Socket type not supported");
        e("ENOTSUP", 95, "Operation not supported");
        e("EOPNOTSUPP", 95, "Operation not supported");
        e("EPFNOSUPPORT", 96, "Protocol family not supported");
        e("EAFNOSUPPORT", 97, "Address family not supported by protocol");
        e("EADDRINUSE", 98, "Address already in use");
        e("EADDRNOTAVAIL", 99, "Cannot assign requested address");
        e("ENETDOWN", 100, "Network is down");
        e("ENETUNREACH", 101, "Network is unreachable");
        e("ENETRESET", 102, "Network dropped connection on reset");
        e("ECONNABORTED", 103, "Software caused connection abort");
        e("ECONNRESET", 104, "Connection reset by peer");
        e("ENOBUFS", 105, "No buffer space available");
        e("EISCONN", 106, "Transport endpoint is already connected");
        e("ENOTCONN", 107, "Transport endpoint is not connected");
        e("ESHUTDOWN", 108, "Cannot send after transport endpoint shutdown");
        e("ETOOMANYREFS", 109, "Too many references: cannot splice");
        e("ETIMEDOUT", 110, "Connection timed out");
        e("ECONNREFUSED", 111, "Connection refused");
        e("EHOSTDOWN", 112, "Host is down");
        e("EHOSTUNREACH", 113, "No route to host");
        e("EALREADY", 114, "Operation already in progress");
        e("EINPROGRESS", 115, "Operation now in progress");
        e("ESTALE", 116, "Stale file handle");
        e("EUCLEAN", 117, "Structure needs cleaning");
        e("ENOTNAM", 118, "Not a XENIX named type file");
        e("ENAVAIL", 119, "No XENIX semaphores available");
        e("EISNAM", 120, "Is a named type file");
        e("EREMOTEIO", 121, "Remote I/O error");
        e("EDQUOT", 122, "Disk quota exceeded");
        e("ENOMEDIUM", 123, "No medium found");
        e("EMEDIUMTYPE", 124, "Wrong medium type");
        e("ECANCELED", 125, "Operation canceled");
        e("ENOKEY", 126, "Required key not available");
        e("EKEYEXPIRED", 127, "Key has expired");
        e("EKEYREVOKED", 128, "Key has been revoked");
        e("EKEYREJECTED", 129, "Key was rejected by service");
        e("EOWNERDEAD", 130, "Owner died");
        e("ENOTRECOVERABLE", 131, "State not recoverable");
        e("ERFKILL", 132, "Operation not possible due to RF-kill");
    }

    /** Every name with its number, aliases included, in number order. */
    public static Map<String, Integer> all() {
        return BY_NAME;
    }

    /** The primary name of {@code errno}, or null. */
    public static String name(int errno) {
        return NAME.get(errno);
    }

    /** glibc's {@code strerror(errno)}. */
    public static String message(int errno) {
        String m = MESSAGE.get(errno);
        return m != null ? m : "Unknown error " + errno;
    }
}
