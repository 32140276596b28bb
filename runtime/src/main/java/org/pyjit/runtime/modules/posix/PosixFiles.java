package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.pyjit.runtime.WorkingDirectory;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.io.TextCodec;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * The path-based functions of {@code posix}: stat, listdir, mkdir, rmdir, unlink, rename, access,
 * chmod, utime, links, the working directory. Each runs through {@code java.nio.file} on the path
 * resolved against pyjit's working directory; failures become CPython's OSErrors.
 */
public final class PosixFiles {
    private PosixFiles() {}

    public static final int F_OK = 0, X_OK = 1, W_OK = 2, R_OK = 4;

    static void install(PyDict d) {
        Defs.fn(d, "stat", new String[] {"path", "dir_fd", "follow_symlinks"}, 1, 1, p -> {
            Defs.noDirFd(p[1]);
            PathArg a = PathArg.of("stat", "path", p[0], true, false);
            if (a.isFd()) return PosixDescriptors.fstat(a.fd());
            return StatResult.stat(a.resolve(), Defs.flag(p[2], true), a.original());
        });
        Defs.fn(d, "lstat", new String[] {"path", "dir_fd"}, 1, 1, p -> {
            Defs.noDirFd(p[1]);
            PathArg a = PathArg.of("lstat", "path", p[0]);
            return StatResult.stat(a.resolve(), false, a.original());
        });
        Defs.fn(d, "listdir", new String[] {"path"}, 1, 0, p -> listdir(PathArg.of("listdir", "path", p[0], false, true)));
        Defs.fn(d, "mkdir", new String[] {"path", "mode", "dir_fd"}, 2, 1, p -> {
            Defs.noDirFd(p[2]);
            mkdir(PathArg.of("mkdir", "path", p[0]), p[1] == null ? 0777 : Defs.intArg(p[1]));
            return PyNone.NONE;
        });
        Defs.fn(d, "rmdir", new String[] {"path", "dir_fd"}, 1, 1, p -> {
            Defs.noDirFd(p[1]);
            rmdir(PathArg.of("rmdir", "path", p[0]));
            return PyNone.NONE;
        });
        for (String name : new String[] {"unlink", "remove"}) {
            Defs.fn(d, name, new String[] {"path", "dir_fd"}, 1, 1, p -> {
                Defs.noDirFd(p[1]);
                unlink(PathArg.of(name, "path", p[0]));
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            Defs.fn(d, name, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2, p -> {
                Defs.noDirFd(p[2]);
                Defs.noDirFd(p[3]);
                rename(PathArg.of(name, "src", p[0]), PathArg.of(name, "dst", p[1]));
                return PyNone.NONE;
            });
        }
        Defs.fn(d, "access", new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2, p -> {
            Defs.noDirFd(p[2]);
            return access(PathArg.of("access", "path", p[0]), Defs.intArg(p[1]), Defs.flag(p[4], true));
        });
        Defs.fn(d, "chmod", new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2, p -> {
            Defs.noDirFd(p[2]);
            PathArg a = PathArg.of("chmod", "path", p[0], true, false);
            chmod(a, Defs.intArg(p[1]));
            return PyNone.NONE;
        });
        Defs.fn(d, "utime", new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 2, 1, p -> {
            Defs.noDirFd(p[3]);
            utime(PathArg.of("utime", "path", p[0], true, false), p[1], p[2], Defs.flag(p[4], true));
            return PyNone.NONE;
        });
        Defs.fn(d, "readlink", new String[] {"path", "dir_fd"}, 1, 1, p -> {
            Defs.noDirFd(p[1]);
            PathArg a = PathArg.of("readlink", "path", p[0]);
            try {
                return a.result(Files.readSymbolicLink(a.resolve()).toString());
            } catch (NotLinkException e) {
                throw OsErrors.of(OsErrors.EINVAL, a.original());
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, a.original());
            }
        });
        Defs.fn(d, "symlink", new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 3, 2, p -> {
            Defs.noDirFd(p[3]);
            PathArg src = PathArg.of("symlink", "src", p[0]), dst = PathArg.of("symlink", "dst", p[1]);
            try {
                Files.createSymbolicLink(dst.resolve(), Path.of(src.text()));
            } catch (IOException e) {
                throw OsErrors.of(OsErrors.errnoOf(e), src.original(), dst.original());
            }
            return PyNone.NONE;
        });
        Defs.fn(d, "link", new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2, p -> {
            PathArg src = PathArg.of("link", "src", p[0]), dst = PathArg.of("link", "dst", p[1]);
            try {
                Files.createLink(dst.resolve(), src.resolve());
            } catch (IOException e) {
                throw OsErrors.of(OsErrors.errnoOf(e), src.original(), dst.original());
            }
            return PyNone.NONE;
        });
        Defs.fn(d, "truncate", new String[] {"path", "length"}, 2, 2, p -> {
            PathArg a = PathArg.of("truncate", "path", p[0], true, false);
            long length = Ops.index(p[1]);
            if (a.isFd()) return PosixDescriptors.ftruncate(a.fd(), length);
            try (FileChannel ch = FileChannel.open(a.resolve(), StandardOpenOption.WRITE)) {
                resize(ch, length);
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, a.original());
            }
            return PyNone.NONE;
        });
        Defs.positional(d, "getcwd", 0, 0, a -> WorkingDirectory.get().toString());
        Defs.positional(d, "getcwdb", 0, 0, a -> new PyBytes(TextCodec.UTF_8.encode(WorkingDirectory.get().toString(),
                "surrogateescape")));
        Defs.fn(d, "chdir", new String[] {"path"}, 1, 1, p -> {
            PathArg a = PathArg.of("chdir", "path", p[0]);
            Path target = a.resolve();
            if (!Files.exists(target)) throw OsErrors.of(OsErrors.ENOENT, a.original());
            if (!Files.isDirectory(target)) throw OsErrors.of(OsErrors.ENOTDIR, a.original());
            if (!Files.isExecutable(target)) throw OsErrors.of(OsErrors.EACCES, a.original());
            WorkingDirectory.set(target);
            return PyNone.NONE;
        });
        Defs.fn(d, "fspath", new String[] {"path"}, 1, 1, p -> fspath(p[0]));
        d.putStr("statvfs_result", STATVFS_RESULT.type);
        Defs.fn(d, "statvfs", new String[] {"path"}, 1, 1, p -> statvfs(PathArg.of("statvfs", "path", p[0], true, false)));
    }

    static final org.pyjit.runtime.modules.StructSeqType STATVFS_RESULT = new org.pyjit.runtime.modules.StructSeqType(
            "os.statvfs_result", new String[] {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree",
                "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10);

    /**
     * {@code os.statvfs(path)} from the JDK's file store: block size and counts are exact; inode
     * counts, flags and the file-system id are not available (0), the name limit is Linux's 255.
     */
    private static Object statvfs(PathArg a) {
        Path p = a.isFd() ? PosixDescriptors.pathOf(a.fd()) : a.resolve();
        try {
            java.nio.file.FileStore store = Files.getFileStore(p);
            long bs = Math.max(1, store.getBlockSize());
            return STATVFS_RESULT.make(bs, bs, store.getTotalSpace() / bs, store.getUnallocatedSpace() / bs,
                    store.getUsableSpace() / bs, 0L, 0L, 0L, 0L, 255L, 0L);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        } catch (UnsupportedOperationException e) {
            throw OsErrors.of(95, a.original());
        }
    }

    /** {@code os.fspath(path)}: str and bytes as they are, else {@code __fspath__()}'s str or bytes. */
    public static Object fspath(Object o) {
        if (o instanceof String || o instanceof PyBytes) return o;
        if (o instanceof org.pyjit.runtime.objects.PyBoxed b && b.value instanceof String) return o;
        Object m = Ops.typeOf(o).lookup("__fspath__");
        if (m == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(o));
        }
        Object r = Ops.callDescriptor(m, o, new Object[0]);
        if (r instanceof String || r instanceof PyBytes || (r instanceof org.pyjit.runtime.objects.PyBoxed b
                && b.value instanceof String)) {
            return r;
        }
        throw Errors.typeError("expected " + Ops.typeName(o) + ".__fspath__() to return str or bytes, not " + Ops.typeName(r));
    }

    private static PyList listdir(PathArg a) {
        PyList out = new PyList();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(a.resolve())) {
            for (Path child : s) out.append(a.result(child.getFileName().toString()));
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw OsErrors.fromIOException(e.getCause(), a.original());
        }
        return out;
    }

    private static void mkdir(PathArg a, int mode) {
        try {
            Files.createDirectory(a.resolve(), PosixFilePermissions.asFileAttribute(permissions(mode)));
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        }
    }

    private static void rmdir(PathArg a) {
        Path p = a.resolve();
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.of(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? OsErrors.ENOTDIR : OsErrors.ENOENT, a.original());
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        }
    }

    private static void unlink(PathArg a) {
        Path p = a.resolve();
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) throw OsErrors.of(OsErrors.EISDIR, a.original());
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        }
    }

    private static void rename(PathArg src, PathArg dst) {
        Path s = src.resolve(), t = dst.resolve();
        try {
            if (!Files.exists(s, LinkOption.NOFOLLOW_LINKS)) throw new java.nio.file.NoSuchFileException(s.toString());
            if (Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.of(OsErrors.EISDIR, src.original(), dst.original());
            }
            Files.move(s, t, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces an existing file
        } catch (IOException e) {
            throw OsErrors.of(OsErrors.errnoOf(e), src.original(), dst.original());
        }
    }

    private static boolean access(PathArg a, int mode, boolean follow) {
        Path p = a.resolve();
        boolean exists = follow ? Files.exists(p) : Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        if (!exists) return false;
        if ((mode & R_OK) != 0 && !Files.isReadable(p)) return false;
        if ((mode & W_OK) != 0 && !Files.isWritable(p)) return false;
        return (mode & X_OK) == 0 || Files.isExecutable(p);
    }

    private static void chmod(PathArg a, int mode) {
        Path p = a.isFd() ? PosixDescriptors.pathOf(a.fd()) : a.resolve();
        try {
            Files.setAttribute(p, "unix:mode", mode & 07777);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                Files.setPosixFilePermissions(p, permissions(mode));
            } catch (IOException e2) {
                throw OsErrors.fromIOException(e2, a.original());
            }
        }
    }

    private static void utime(PathArg a, Object times, Object ns, boolean follow) {
        boolean haveTimes = times != null && times != PyNone.NONE;
        if (haveTimes && ns != null) throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        FileTime atime, mtime;
        if (haveTimes) {
            if (!(times instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = fromSeconds(t.items[0]);
            mtime = fromSeconds(t.items[1]);
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.items.length != 2) throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            atime = FileTime.from(Ops.index(t.items[0]), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(Ops.index(t.items[1]), TimeUnit.NANOSECONDS);
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        Path p = a.isFd() ? PosixDescriptors.pathOf(a.fd()) : a.resolve();
        try {
            BasicFileAttributeView v = follow ? Files.getFileAttributeView(p, BasicFileAttributeView.class)
                    : Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            v.setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw OsErrors.fromIOException(e, a.original());
        }
    }

    private static FileTime fromSeconds(Object o) {
        if (o instanceof Double dd) return FileTime.from(Math.round(dd * 1e9), TimeUnit.NANOSECONDS);
        Object n = Ops.indexOrNull(o);
        if (n == null) throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
        return FileTime.from(Ops.index(n), TimeUnit.SECONDS);
    }

    /** Truncates or extends (with zeros, as POSIX does) an open channel to {@code length}. */
    static void resize(FileChannel ch, long length) throws IOException {
        if (length < 0) throw OsErrors.of(OsErrors.EINVAL, null);
        if (length < ch.size()) ch.truncate(length);
        else if (length > ch.size()) ch.write(java.nio.ByteBuffer.allocate(1), length - 1);
    }

    /** The permission bits of {@code mode} as the JDK's set (the OS applies the umask on creation). */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < 9; i++) if ((mode & (1 << i)) != 0) s.add(order[i]);
        return s;
    }
}
