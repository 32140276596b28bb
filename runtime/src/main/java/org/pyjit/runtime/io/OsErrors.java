package org.pyjit.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyType;

/**
 * {@code OSError}s with CPython's errno, strerror and filename ({@code str(e)} is
 * {@code "[Errno 2] No such file or directory: 'x'"}), and the translation of Java I/O
 * exceptions into them.
 */
public final class OsErrors {
    private OsErrors() {}

    public static final int ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOSPC = 28, ESPIPE = 29, EPIPE = 32, ENOTEMPTY = 39;

    /**
     * An OSError (subclass chosen from errno, as CPython does) with args {@code (errno, strerror)}
     * and attributes {@code errno}, {@code strerror}, {@code filename} (None when null).
     */
    public static PyException make(int errno, String strerror, Object filename) {
        PyType type = ExceptionTypes.OS_ERROR; // its constructor picks the subclass for errno
        PyBaseException e = filename == null ? PyBaseException.create(type, (long) errno, strerror)
                : PyBaseException.create(type, (long) errno, strerror, filename);
        return new PyException(e);
    }

    /** An OSError naming two files ({@code rename}: {@code "[Errno 2] No such file or directory: 'a' -> 'b'"}). */
    public static PyException of(int errno, Object filename, Object filename2) {
        PyBaseException e = PyBaseException.create(ExceptionTypes.OS_ERROR, (long) errno, strerror(errno), filename,
                org.pyjit.runtime.objects.PyNone.NONE, filename2);
        return new PyException(e);
    }

    public static PyType typeFor(int errno) {
        return switch (errno) {
            case ENOENT -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case EACCES -> ExceptionTypes.PERMISSION_ERROR;
            case EEXIST -> ExceptionTypes.FILE_EXISTS_ERROR;
            case ENOTDIR -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case EISDIR -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case EPIPE -> ExceptionTypes.BROKEN_PIPE_ERROR;
            default -> ExceptionTypes.OS_ERROR;
        };
    }

    /** The C library's message for {@code errno} (glibc's wording). */
    public static String strerror(int errno) {
        return ErrnoCodes.message(errno);
    }

    public static PyException of(int errno, Object filename) {
        return make(errno, strerror(errno), filename);
    }

    /** Translates a Java I/O failure on {@code filename} (null: none) into the matching OSError. */
    public static PyException fromIOException(IOException e, Object filename) {
        return of(errnoOf(e), filename);
    }

    /** The errno a Java I/O failure stands for (EIO when it cannot tell). */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        String m = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (m == null) return EIO;
        if (m.contains("Is a directory")) return EISDIR;
        if (m.contains("Not a directory")) return ENOTDIR;
        if (m.contains("Broken pipe")) return EPIPE;
        if (m.contains("No space left")) return ENOSPC;
        if (m.contains("Permission denied")) return EACCES;
        if (m.contains("No such file")) return ENOENT;
        if (m.contains("Illegal seek")) return ESPIPE;
        if (m.contains("Directory not empty")) return ENOTEMPTY;
        if (m.contains("File exists")) return EEXIST;
        if (m.contains("Too many levels of symbolic links")) return 40;
        if (m.contains("Invalid argument")) return EINVAL;
        if (m.contains("Operation not permitted")) return 1;
        if (m.contains("Read-only file system")) return 30;
        if (m.contains("File name too long")) return 36;
        if (m.contains("Invalid cross-device link")) return 18;
        if (m.contains("Bad file descriptor") || m.contains("Stream Closed")) return EBADF;
        return EIO;
    }
}
