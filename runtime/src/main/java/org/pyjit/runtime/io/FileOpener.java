package org.pyjit.runtime.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.ops.Ops;

/**
 * The builtin {@code open()}: CPython's argument checks and messages, then a file channel
 * wrapped as a text or binary file object.
 */
public final class FileOpener {
    private FileOpener() {}

    private static final ArgParser ARGS = new ArgParser("open",
            new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 0, 8, 1);

    /** The encoding of files opened without {@code encoding=} (CPython: the locale's, UTF-8 here). */
    public static final String DEFAULT_ENCODING = "UTF-8";

    /** {@code open(...)} with the call's arguments. */
    public static PyObject open(Object[] args, String[] kwnames) {
        Object[] p = ARGS.parse(args, kwnames, 0);
        String mode = p[1] == null ? "r" : requireStr(p[1], "mode", false);
        long buffering = p[2] == null ? -1 : Ops.index(p[2]);
        String encoding = optionalStr(p[3], "encoding");
        if ("locale".equals(encoding)) encoding = null; // Python 3.10+: the locale's encoding, UTF-8 here
        String errors = optionalStr(p[4], "errors");
        String newline = optionalStr(p[5], "newline");
        boolean closefd = p[6] == null || Ops.isTrue(p[6]);
        Object opener = p[7] == null || p[7] == PyNone.NONE ? null : p[7];
        Mode m = Mode.parse(mode);
        if (m.binary && encoding != null) throw Errors.valueError("binary mode doesn't take an encoding argument");
        if (m.binary && errors != null) throw Errors.valueError("binary mode doesn't take an errors argument");
        if (m.binary && newline != null) throw Errors.valueError("binary mode doesn't take a newline argument");
        if (!m.creating && !m.reading && !m.writing && !m.appending) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (!m.binary) {
            if (newline != null) checkNewline(newline);
            TextCodec.lookup(encoding == null ? DEFAULT_ENCODING : encoding);
            if (errors != null) CodecErrors.checkHandler(errors);
            if (buffering == 0) throw Errors.valueError("can't have unbuffered text I/O");
        }
        Object file = p[0];
        Object name = fileName(file);
        RawIO raw = name instanceof Long fd ? openDescriptor(fd, m, closefd)
                : opener != null ? openDescriptor(callOpener(opener, file, m), m, closefd) : openPath(name, m);
        boolean tty = raw.isatty();
        int size = buffering > 1 ? (int) Math.min(buffering, 1 << 24) : BufferedStream.DEFAULT_SIZE;
        BufferedStream stream = new BufferedStream(raw, size);
        if (m.binary) {
            if (buffering == 0) return new PyBinaryFile(IoTypes.FILE_IO, stream, name, m.rawMode(), true, closefd);
            return new PyBinaryFile(IoTypes.binaryTypeFor(m.readable(), m.writable()), stream, name, m.rawMode(), true);
        }
        boolean lineBuffering = buffering == 1 || (buffering < 0 && tty);
        return new PyTextFile(stream, name, mode, encoding == null ? DEFAULT_ENCODING : encoding,
                errors == null ? "strict" : errors, newline, lineBuffering, true);
    }

    static void checkNewline(String newline) {
        if (!(newline.isEmpty() || newline.equals("\n") || newline.equals("\r") || newline.equals("\r\n"))) {
            throw Errors.valueError("illegal newline value: " + newline);
        }
    }

    private static String requireStr(Object o, String what, boolean noneOk) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError("open() argument '" + what + "' must be str" + (noneOk ? " or None" : "") + ", not "
                + Ops.typeName(o));
    }

    private static String optionalStr(Object o, String what) {
        return o == null || o == PyNone.NONE ? null : requireStr(o, what, true);
    }

    /** The path (a str) or descriptor (a Long) named by {@code open()}'s first argument. */
    private static Object fileName(Object file) {
        if (file instanceof String || file instanceof Long) return file;
        if (file instanceof Boolean b) return b ? 1L : 0L;
        if (file instanceof PyBoxed b && b.value instanceof String s) return s;
        if (file instanceof PyBytes b) return TextCodec.UTF_8.decode(b.toArray(), "surrogateescape");
        Object fspath = Ops.typeOf(file).lookup("__fspath__");
        if (fspath != null) {
            Object r = Ops.callDescriptor(fspath, file, new Object[0]);
            if (r instanceof String || r instanceof PyBytes || (r instanceof PyBoxed b && b.value instanceof String)) return fileName(r);
            throw Errors.typeError("expected " + Ops.typeName(file) + ".__fspath__() to return str or bytes, not "
                    + Ops.typeName(r));
        }
        if (file instanceof java.math.BigInteger) throw Errors.overflow("signed integer is greater than maximum");
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(file));
    }

    private static RawIO openPath(Object name, Mode m) {
        String path = (String) name;
        OpenFiles.flushAll(); // a file written but not closed must read back complete, as in CPython
        Path p;
        try {
            if (path.isEmpty() || path.indexOf('\0') >= 0) {
                if (path.indexOf('\0') >= 0) throw Errors.valueError("embedded null byte");
                throw OsErrors.of(OsErrors.ENOENT, path);
            }
            p = org.pyjit.runtime.WorkingDirectory.resolve(path);
        } catch (InvalidPathException e) {
            throw OsErrors.of(OsErrors.ENOENT, path);
        }
        if (Files.isDirectory(p)) throw OsErrors.of(OsErrors.EISDIR, path);
        Set<OpenOption> opts = new HashSet<>();
        if (m.readable()) opts.add(StandardOpenOption.READ);
        if (m.writable()) opts.add(StandardOpenOption.WRITE);
        if (m.writing) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (m.appending) opts.add(StandardOpenOption.CREATE);
        if (m.creating) opts.add(StandardOpenOption.CREATE_NEW);
        try {
            FileChannel ch = FileChannel.open(p, opts);
            ChannelRawIO raw = new ChannelRawIO(ch, m.readable(), m.writable(), -1, true, false).withPath(p);
            DescriptorTable.add(raw, false);
            if (m.appending) {
                raw.appending();
                ch.position(ch.size());
            }
            return raw;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, path);
        } catch (UnsupportedOperationException | SecurityException e) {
            throw OsErrors.of(OsErrors.EACCES, path);
        }
    }

    /** {@code opener(file, flags)}: the descriptor it returns (CPython's flags for the mode, with O_CLOEXEC). */
    private static long callOpener(Object opener, Object file, Mode m) {
        int flags = m.readable() && m.writable() ? 2 : m.writable() ? 1 : 0;
        if (m.writing) flags |= 0100 | 01000;
        if (m.creating) flags |= 0100 | 0200;
        if (m.appending) flags |= 0100 | 02000;
        flags |= 02000000;
        Object fd = Ops.call(opener, file, (long) flags);
        if (!(fd instanceof Long l)) throw Errors.typeError("expected integer from opener");
        if (l < 0) throw Errors.valueError("opener returned " + l);
        return l;
    }

    /** Descriptors 0, 1 and 2, and those in pyjit's {@link DescriptorTable} ({@code os.open}, other files). */
    private static RawIO openDescriptor(long fd, Mode m, boolean closefd) {
        if (fd < 0) throw Errors.valueError("negative file descriptor");
        if (fd >= DescriptorTable.FIRST) {
            RawIO any = fd > Integer.MAX_VALUE ? null : DescriptorTable.lookup((int) fd);
            if (any != null && !(any instanceof ChannelRawIO)) { // a pipe or a socket: the stream itself
                return closefd ? any : new KeptOpen(any);
            }
            ChannelRawIO base = (ChannelRawIO) any;
            if (base == null) throw OsErrors.of(OsErrors.EBADF, null);
            ChannelRawIO view = base.view(m.readable(), m.writable(), closefd);
            return m.appending ? view.appending() : view;
        }
        FileChannel ch = switch ((int) fd) {
            case 0 -> new FileInputStream(FileDescriptor.in).getChannel();
            case 1 -> new FileOutputStream(FileDescriptor.out).getChannel();
            default -> new FileOutputStream(FileDescriptor.err).getChannel();
        };
        return new ChannelRawIO(ch, m.readable(), m.writable(), (int) fd, closefd, StandardStreams.isTerminal((int) fd));
    }

    /** A parsed mode string. */
    record Mode(boolean creating, boolean reading, boolean writing, boolean appending, boolean updating, boolean text,
            boolean binary) {
        static Mode parse(String mode) {
            boolean[] seen = new boolean[128];
            boolean c = false, r = false, w = false, a = false, u = false, t = false, b = false;
            for (int i = 0; i < mode.length(); i++) {
                char ch = mode.charAt(i);
                if (ch >= 128 || "xrwa+tb".indexOf(ch) < 0 || seen[ch]) throw Errors.valueError("invalid mode: '" + mode + "'");
                seen[ch] = true;
                switch (ch) {
                    case 'x' -> c = true;
                    case 'r' -> r = true;
                    case 'w' -> w = true;
                    case 'a' -> a = true;
                    case '+' -> u = true;
                    case 't' -> t = true;
                    default -> b = true;
                }
            }
            if (t && b) throw Errors.valueError("can't have text and binary mode at once");
            if ((c ? 1 : 0) + (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            }
            return new Mode(c, r, w, a, u, t, b);
        }

        boolean readable() {
            return reading || updating;
        }

        boolean writable() {
            return writing || appending || creating || updating;
        }

        /** The mode a FileIO reports (CPython's canonical spelling). */
        String rawMode() {
            if (creating) return updating ? "xb+" : "xb";
            if (appending) return updating ? "ab+" : "ab";
            if (readable()) return writable() ? "rb+" : "rb";
            return "wb";
        }
    }
}
