package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.io.ChannelRawIO;
import org.pyjit.runtime.io.DescriptorTable;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.PyTextFile;
import org.pyjit.runtime.io.RawIO;
import org.pyjit.runtime.io.StandardStreams;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * The descriptor functions of {@code posix} ({@code open}, {@code read}, {@code write},
 * {@code close}, {@code lseek}, {@code fstat}, …) over pyjit's {@link DescriptorTable}; 0, 1 and
 * 2 are the standard streams.
 */
public final class PosixDescriptors {
    private PosixDescriptors() {}

    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200,
            O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_DSYNC = 010000,
            O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000, O_SYNC = 04010000, O_TMPFILE = 020200000;

    static void install(PyDict d) {
        Defs.fn(d, "open", new String[] {"path", "flags", "mode", "dir_fd"}, 3, 2, p -> {
            Defs.noDirFd(p[3]);
            return (long) open(PathArg.of("open", "path", p[0]), Defs.intArg(p[1]), p[2] == null ? 0777 : Defs.intArg(p[2]));
        });
        Defs.positional(d, "close", 1, 1, a -> {
            close(Defs.intArg(a[0]));
            return PyNone.NONE;
        });
        Defs.positional(d, "closerange", 2, 2, a -> {
            int lo = Defs.intArg(a[0]), hi = Defs.intArg(a[1]);
            for (int fd : DescriptorTable.numbers()) if (fd >= lo && fd < hi) close(fd);
            return PyNone.NONE;
        });
        Defs.fn(d, "dup", new String[] {"fd"}, 1, 1, p -> (long) dup(Defs.intArg(p[0]), -1));
        Defs.fn(d, "dup2", new String[] {"fd", "fd2", "inheritable"}, 3, 2, p -> (long) dup(Defs.intArg(p[0]), Defs.intArg(p[1])));
        Defs.positional(d, "read", 2, 2, a -> read(Defs.intArg(a[0]), Ops.index(a[1])));
        Defs.positional(d, "write", 2, 2, a -> write(Defs.intArg(a[0]), a[1]));
        Defs.positional(d, "lseek", 3, 3, a -> lseek(Defs.intArg(a[0]), Ops.index(a[1]), Defs.intArg(a[2])));
        Defs.fn(d, "fstat", new String[] {"fd"}, 1, 1, p -> fstat(Defs.intArg(p[0])));
        Defs.positional(d, "isatty", 1, 1, a -> {
            RawIO r = rawOrNull(Defs.intArg(a[0]));
            return r != null && r.isatty();
        });
        Defs.positional(d, "ftruncate", 2, 2, a -> ftruncate(Defs.intArg(a[0]), Ops.index(a[1])));
        for (String name : new String[] {"fsync", "fdatasync"}) {
            Defs.positional(d, name, 1, 1, a -> {
                int fd = descriptorOf(a[0]);
                RawIO r = raw(fd);
                try {
                    if (r instanceof ChannelRawIO c) c.channel().force(name.equals("fsync"));
                    else r.flush();
                } catch (IOException e) {
                    throw OsErrors.fromIOException(e, null);
                }
                return PyNone.NONE;
            });
        }
        Defs.positional(d, "device_encoding", 1, 1, a -> {
            RawIO r = rawOrNull(Defs.intArg(a[0]));
            return r != null && r.isatty() ? "UTF-8" : PyNone.NONE;
        });
        Defs.positional(d, "get_inheritable", 1, 1, a -> {
            raw(Defs.intArg(a[0]));
            return false;
        });
        Defs.positional(d, "set_inheritable", 2, 2, a -> {
            raw(Defs.intArg(a[0]));
            return PyNone.NONE;
        });
        Defs.positional(d, "get_blocking", 1, 1, a -> {
            raw(Defs.intArg(a[0]));
            return true;
        });
        Defs.positional(d, "set_blocking", 2, 2, a -> {
            raw(Defs.intArg(a[0]));
            return PyNone.NONE;
        });
    }

    /** A descriptor, or an object's {@code fileno()} (as CPython's {@code fildes_converter}). */
    static int descriptorOf(Object o) {
        if (o instanceof Long || o instanceof Boolean) return Defs.intArg(o);
        Object fileno = Ops.getAttrOrNull(o, "fileno");
        if (fileno == null) throw Errors.typeError("argument must be an int, or have a fileno() method.");
        return Defs.intArg(Ops.call(fileno));
    }

    static int open(PathArg a, int flags, int mode) {
        if ((flags & O_TMPFILE) == O_TMPFILE) throw OsErrors.of(95, a.original()); // EOPNOTSUPP: callers fall back
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR, writable = access == O_WRONLY || access == O_RDWR;
        Path p = a.resolve();
        Set<OpenOption> opts = new HashSet<>();
        if (readable) opts.add(StandardOpenOption.READ);
        if (writable) opts.add(StandardOpenOption.WRITE);
        if ((flags & O_CREAT) != 0) opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flags & O_TRUNC) != 0 && writable) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
        if ((flags & O_SYNC) == O_SYNC) opts.add(StandardOpenOption.SYNC);
        else if ((flags & O_DSYNC) != 0) opts.add(StandardOpenOption.DSYNC);
        if ((flags & O_DIRECTORY) != 0 && !java.nio.file.Files.isDirectory(p)) {
            throw OsErrors.of(java.nio.file.Files.exists(p) ? OsErrors.ENOTDIR : OsErrors.ENOENT, a.original());
        }
        try {
            FileChannel ch = (flags & O_CREAT) != 0
                    ? FileChannel.open(p, opts, PosixFilePermissions.asFileAttribute(PosixFiles.permissions(mode)))
                    : FileChannel.open(p, opts);
            ChannelRawIO raw = new ChannelRawIO(ch, readable, writable, -1, true, false).withPath(p);
            if ((flags & O_APPEND) != 0) raw.appending();
            return DescriptorTable.add(raw, true);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        }
    }

    /** The file behind {@code fd}: a standard stream or a table entry; EBADF when none. */
    static RawIO raw(int fd) {
        RawIO r = rawOrNull(fd);
        if (r == null) throw OsErrors.of(OsErrors.EBADF, null);
        return r;
    }

    static RawIO rawOrNull(int fd) {
        if (fd >= 0 && fd < DescriptorTable.FIRST) {
            StandardStreams.Streams s = StandardStreams.get();
            PyTextFile f = fd == 0 ? s.stdin() : fd == 1 ? s.stdout() : s.stderr();
            return f == null ? null : f.stream.raw();
        }
        return fd < 0 ? null : DescriptorTable.lookup(fd);
    }

    /** The path a descriptor was opened at (for functions that accept a descriptor for a path). */
    static Path pathOf(int fd) {
        if (fd >= 0 && fd < DescriptorTable.FIRST) return Path.of("/proc/self/fd/" + fd);
        ChannelRawIO r = DescriptorTable.get(fd);
        if (r == null) throw OsErrors.of(OsErrors.EBADF, null);
        if (r.path() == null) throw OsErrors.of(OsErrors.EBADF, null);
        return r.path();
    }

    private static void close(int fd) {
        if (fd >= 0 && fd < DescriptorTable.FIRST) {
            raw(fd); // the standard streams stay open for the rest of the program
            return;
        }
        RawIO r = fd < 0 ? null : DescriptorTable.lookup(fd);
        if (r == null) throw OsErrors.of(OsErrors.EBADF, null);
        try {
            r.close();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** os.dup / os.dup2 ({@code target} >= 0): for streams that can share their descriptor (sockets). */
    private static int dup(int fd, int target) {
        RawIO r = raw(fd);
        if (target == fd) return fd;
        if (target >= 0 && target < DescriptorTable.FIRST) throw OsErrors.of(OsErrors.EBADF, null);
        if (!(r instanceof org.pyjit.runtime.io.DuplicableStream s)) {
            throw Errors.of(org.pyjit.runtime.exceptions.ExceptionTypes.OS_ERROR, "pyjit cannot duplicate this descriptor (only sockets)");
        }
        return s.duplicate(target);
    }

    private static Object read(int fd, long n) {
        if (n < 0) throw OsErrors.of(OsErrors.EINVAL, null);
        RawIO r = raw(fd);
        if (!r.readable()) throw OsErrors.of(OsErrors.EBADF, null);
        byte[] buf = new byte[(int) Math.min(n, 1 << 26)];
        try {
            int got = buf.length == 0 ? 0 : r.read(buf, 0, buf.length);
            return new PyBytes(got <= 0 ? new byte[0] : got == buf.length ? buf : Arrays.copyOf(buf, got));
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    private static Object write(int fd, Object data) {
        byte[] bytes = Buffers.bytesOf(data);
        RawIO r = raw(fd);
        if (!r.writable()) throw OsErrors.of(OsErrors.EBADF, null);
        try {
            r.write(bytes, 0, bytes.length);
            r.flush();
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
        return (long) bytes.length;
    }

    private static Object lseek(int fd, long pos, int how) {
        RawIO r = raw(fd);
        if (!r.seekable()) throw OsErrors.of(OsErrors.ESPIPE, null);
        try {
            long base = switch (how) {
                case 0 -> 0;
                case 1 -> r.position();
                case 2 -> r.size();
                default -> throw OsErrors.of(OsErrors.EINVAL, null);
            };
            long target = base + pos;
            if (target < 0) throw OsErrors.of(OsErrors.EINVAL, null);
            r.position(target);
            return target;
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
    }

    /** {@code os.fstat(fd)}: the attributes of the file's path (a file deleted since it was opened: its size only). */
    static Object fstat(int fd) {
        RawIO r = raw(fd);
        Path p = fd < DescriptorTable.FIRST ? Path.of("/proc/self/fd/" + fd) : r instanceof ChannelRawIO c ? c.path() : null;
        if (p != null) {
            try {
                return StatResult.stat(p, true, null);
            } catch (org.pyjit.runtime.exceptions.PyException e) {
                if (fd < DescriptorTable.FIRST) throw e;
            }
        }
        long size;
        try {
            size = r.size();
        } catch (IOException e) {
            size = 0;
        }
        return StatResult.anonymous(0100600, size);
    }

    static Object ftruncate(int fd, long length) {
        RawIO r = raw(fd);
        try {
            if (r instanceof ChannelRawIO c) PosixFiles.resize(c.channel(), length);
            else throw OsErrors.of(OsErrors.EINVAL, null);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, null);
        }
        return PyNone.NONE;
    }
}
