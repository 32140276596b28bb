package org.pyjit.runtime.modules.posix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.io.OsErrors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.StringRepr;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code os.scandir()}: a {@code ScandirIterator} (also a context manager) of {@code DirEntry}
 * objects, whose {@code is_dir()}/{@code is_file()}/{@code is_symlink()}/{@code stat()} read the
 * entry's attributes once and cache them, as CPython's do.
 */
public final class DirEntries {
    private DirEntries() {}

    static final PyType DIR_ENTRY = BuiltinTypes.make("DirEntry", BuiltinTypes.OBJECT);
    static final PyType SCANDIR_ITERATOR = PyIterator.makeType("ScandirIterator");

    private static final int S_IFMT = 0170000, S_IFDIR = 0040000, S_IFREG = 0100000, S_IFLNK = 0120000;

    /** One directory entry. */
    static final class Entry extends PyObject {
        final Object name, path;
        final Path file;
        private Map<String, Object> lstat, stat;

        Entry(Object name, Object path, Path file) {
            super(DIR_ENTRY);
            this.name = name;
            this.path = path;
            this.file = file;
        }

        Map<String, Object> attributes(boolean follow) {
            if (lstat == null) lstat = StatResult.read(file, false, path);
            if (!follow || (StatResult.mode(lstat) & S_IFMT) != S_IFLNK) return lstat;
            if (stat == null) stat = StatResult.read(file, true, path);
            return stat;
        }

        /** Whether the entry has file type {@code kind}; a dangling link or vanished file is simply not. */
        boolean is(int kind, boolean follow) {
            try {
                return (StatResult.mode(attributes(follow)) & S_IFMT) == kind;
            } catch (PyException e) {
                if (e.value.type.isSubtypeOf(org.pyjit.runtime.exceptions.ExceptionTypes.FILE_NOT_FOUND_ERROR)) return false;
                throw e;
            }
        }
    }

    /** The iterator over one directory. */
    static final class Scandir extends PyIterator {
        private DirectoryStream<Path> stream;
        private final Iterator<Path> it;
        private final PathArg dir;

        Scandir(PathArg dir, DirectoryStream<Path> stream) {
            super(SCANDIR_ITERATOR);
            this.dir = dir;
            this.stream = stream;
            this.it = stream.iterator();
        }

        @Override
        public Object next() {
            if (stream == null) return null;
            try {
                if (!it.hasNext()) {
                    close();
                    return null;
                }
                Path child = it.next();
                String name = child.getFileName().toString();
                String joined = dir.text().endsWith("/") ? dir.text() + name : dir.text() + "/" + name;
                return new Entry(dir.result(name), dir.result(joined), child);
            } catch (java.nio.file.DirectoryIteratorException e) {
                throw OsErrors.fromIOException(e.getCause(), dir.original());
            }
        }

        void close() {
            if (stream == null) return;
            try {
                stream.close();
            } catch (IOException ignored) {
                // nothing useful to report when closing a directory listing
            }
            stream = null;
        }
    }

    static void install(PyDict d) {
        d.putStr("DirEntry", DIR_ENTRY);
        DIR_ENTRY.namespace.putStr("__module__", "posix");
        SCANDIR_ITERATOR.namespace.putStr("__module__", "posix");
        Defs.fn(d, "scandir", new String[] {"path"}, 1, 0, p -> {
            PathArg a = PathArg.of("scandir", "path", p[0], false, true);
            try {
                return new Scandir(a, Files.newDirectoryStream(a.resolve()));
            } catch (IOException e) {
                throw OsErrors.fromIOException(e, a.original());
            }
        });
        PyType it = SCANDIR_ITERATOR;
        method(it, "close", 0, 0, a -> {
            ((Scandir) a[0]).close();
            return PyNone.NONE;
        });
        method(it, "__enter__", 0, 0, a -> a[0]);
        method(it, "__exit__", 0, -1, a -> {
            ((Scandir) a[0]).close();
            return false;
        });
        PyType t = DIR_ENTRY;
        t.namespace.putStr("name", new PyGetSetDescriptor(t, "name", o -> ((Entry) o).name, null));
        t.namespace.putStr("path", new PyGetSetDescriptor(t, "path", o -> ((Entry) o).path, null));
        method(t, "__fspath__", 0, 0, a -> ((Entry) a[0]).path);
        method(t, "__repr__", 0, 0, a -> {
            Object n = ((Entry) a[0]).name;
            return "<DirEntry " + (n instanceof String s ? StringRepr.repr(s) : org.pyjit.runtime.ops.Ops.repr(n)) + ">";
        });
        method(t, "inode", 0, 0, a -> ((Entry) a[0]).attributes(false).get("ino"));
        method(t, "is_symlink", 0, 0, a -> ((Entry) a[0]).is(S_IFLNK, false));
        followMethod(t, "is_dir", (e, follow) -> e.is(S_IFDIR, follow));
        followMethod(t, "is_file", (e, follow) -> e.is(S_IFREG, follow));
        followMethod(t, "stat", (e, follow) -> StatResult.make(e.attributes(follow)));
    }

    private interface FollowBody {
        Object apply(Entry e, boolean follow);
    }

    private static void followMethod(PyType t, String name, FollowBody body) {
        ArgParser parser = new ArgParser(name, new String[] {"follow_symlinks"}, 0, 0, 0);
        t.namespace.putStr(name, new PyMethodDescriptor(t, name, (args, kw) -> {
            Object[] p = parser.parse(args, kw, 1);
            return body.apply((Entry) args[0], Defs.flag(p[0], true));
        }));
    }

    private static void method(PyType t, String name, int min, int max, org.pyjit.runtime.objects.PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }
}
