package org.pyjit.runtime.modules.posix;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.pyjit.runtime.WorkingDirectory;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.TextCodec;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * A path argument of a {@code posix} function, converted as CPython's {@code path_converter}
 * does: a str, bytes (results are then bytes too), an {@code os.PathLike}, or, where the function
 * allows it, a file descriptor. {@code original} is what the program passed (OSError's filename).
 *
 * @param original the argument as given
 * @param text     the path as text (bytes decoded as UTF-8 with surrogateescape); null for a descriptor
 * @param bytes    whether the path was given as bytes
 * @param fd       the descriptor, or -1 when the argument is a path
 */
public record PathArg(Object original, String text, boolean bytes, int fd) {
    /** Converts {@code arg} for function {@code fn}; {@code allowFd} admits an int, {@code allowNone} None (as '.'). */
    public static PathArg of(String fn, String param, Object arg, boolean allowFd, boolean allowNone) {
        if (allowNone && (arg == null || arg == PyNone.NONE)) return new PathArg(PyNone.NONE, ".", false, -1);
        Object o = arg;
        if (o instanceof String s) return checked(fn, param, arg, s, false);
        if (o instanceof PyBoxed b && b.value instanceof String s) return checked(fn, param, arg, s, false);
        if (o instanceof PyBytes b && Ops.typeOf(b) == org.pyjit.runtime.types.BuiltinTypes.BYTES) {
            return checked(fn, param, arg, TextCodec.UTF_8.decode(b.toArray(), "surrogateescape"), true);
        }
        if (allowFd && (o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger)) {
            long fd = Ops.index(o);
            if (fd < Integer.MIN_VALUE || fd > Integer.MAX_VALUE) throw Errors.overflow("fd is greater than maximum");
            return new PathArg(arg, null, false, (int) fd);
        }
        Object fspath = Ops.typeOf(o).lookup("__fspath__");
        if (fspath != null) {
            Object r = Ops.callDescriptor(fspath, o, new Object[0]);
            if (r instanceof String s) return checked(fn, param, arg, s, false);
            if (r instanceof PyBoxed b && b.value instanceof String s) return checked(fn, param, arg, s, false);
            if (r instanceof PyBytes b) return checked(fn, param, arg, TextCodec.UTF_8.decode(b.toArray(), "surrogateescape"), true);
            throw Errors.typeError("expected " + Ops.typeName(o) + ".__fspath__() to return str or bytes, not " + Ops.typeName(r));
        }
        String kinds = allowFd ? (allowNone ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
                : allowNone ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
        throw Errors.typeError(fn + ": " + param + " should be " + kinds + ", not " + Ops.typeName(o));
    }

    /** A path argument that cannot be a descriptor or None. */
    public static PathArg of(String fn, String param, Object arg) {
        return of(fn, param, arg, false, false);
    }

    private static PathArg checked(String fn, String param, Object original, String s, boolean bytes) {
        if (s.indexOf('\0') >= 0) throw Errors.valueError(fn + ": embedded null character in " + param);
        return new PathArg(original, s, bytes, -1);
    }

    public boolean isFd() {
        return text == null;
    }

    /** The path resolved against pyjit's working directory; ENOENT for a name the JVM cannot represent. */
    public Path resolve() {
        try {
            if (text.isEmpty()) throw OsErrors.of(OsErrors.ENOENT, original);
            return WorkingDirectory.resolve(text);
        } catch (InvalidPathException e) {
            throw OsErrors.of(OsErrors.ENOENT, original);
        }
    }

    /** A name returned by listdir/readlink: bytes when the argument was bytes. */
    public Object result(String name) {
        return bytes ? new PyBytes(TextCodec.UTF_8.encode(name, "surrogateescape")) : name;
    }
}
