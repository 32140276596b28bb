package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.ops.Ops;

/** The {@code _stat} module: file type and permission constants of Linux, the {@code S_IS*} tests and {@code filemode}. */
public final class StatModule {
    private StatModule() {}

    private static final Object[][] CONSTANTS = {
        {"SF_APPEND", 262144L},
        {"SF_ARCHIVED", 65536L},
        {"SF_IMMUTABLE", 131072L},
        {"SF_NOUNLINK", 1048576L},
        {"SF_SNAPSHOT", 2097152L},
        {"ST_ATIME", 7L},
        {"ST_CTIME", 9L},
        {"ST_DEV", 2L},
        {"ST_GID", 5L},
        {"ST_INO", 1L},
        {"ST_MODE", 0L},
        {"ST_MTIME", 8L},
        {"ST_NLINK", 3L},
        {"ST_SIZE", 6L},
        {"ST_UID", 4L},
        {"S_ENFMT", 1024L},
        {"S_IEXEC", 64L},
        {"S_IFBLK", 24576L},
        {"S_IFCHR", 8192L},
        {"S_IFDIR", 16384L},
        {"S_IFDOOR", 0L},
        {"S_IFIFO", 4096L},
        {"S_IFLNK", 40960L},
        {"S_IFPORT", 0L},
        {"S_IFREG", 32768L},
        {"S_IFSOCK", 49152L},
        {"S_IFWHT", 0L},
        {"S_IREAD", 256L},
        {"S_IRGRP", 32L},
        {"S_IROTH", 4L},
        {"S_IRUSR", 256L},
        {"S_IRWXG", 56L},
        {"S_IRWXO", 7L},
        {"S_IRWXU", 448L},
        {"S_ISGID", 1024L},
        {"S_ISUID", 2048L},
        {"S_ISVTX", 512L},
        {"S_IWGRP", 16L},
        {"S_IWOTH", 2L},
        {"S_IWRITE", 128L},
        {"S_IWUSR", 128L},
        {"S_IXGRP", 8L},
        {"S_IXOTH", 1L},
        {"S_IXUSR", 64L},
        {"UF_APPEND", 4L},
        {"UF_COMPRESSED", 32L},
        {"UF_HIDDEN", 32768L},
        {"UF_IMMUTABLE", 2L},
        {"UF_NODUMP", 1L},
        {"UF_NOUNLINK", 16L},
        {"UF_OPAQUE", 8L},
    };

    private static final int S_IFMT = 0170000;

    public static PyModule create() {
        PyModule m = new PyModule("_stat");
        PyDict d = m.dict;
        for (Object[] c : CONSTANTS) d.putStr((String) c[0], c[1]);
        fn(d, "S_IMODE", a -> (long) (mode(a[0]) & 07777));
        fn(d, "S_IFMT", a -> (long) (mode(a[0]) & S_IFMT));
        Object[][] kinds = {{"S_ISDIR", 0040000}, {"S_ISCHR", 0020000}, {"S_ISBLK", 0060000}, {"S_ISREG", 0100000},
            {"S_ISFIFO", 0010000}, {"S_ISLNK", 0120000}, {"S_ISSOCK", 0140000}};
        for (Object[] k : kinds) {
            int kind = (Integer) k[1];
            fn(d, (String) k[0], a -> (mode(a[0]) & S_IFMT) == kind);
        }
        for (String none : new String[] {"S_ISDOOR", "S_ISPORT", "S_ISWHT"}) fn(d, none, a -> {
            mode(a[0]);
            return false;
        });
        fn(d, "filemode", a -> filemode(mode(a[0])));
        return m;
    }

    private static void fn(PyDict d, String name, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_stat", 1, 1, body));
    }

    private static int mode(Object o) {
        Object v = Ops.indexOrNull(o);
        if (v == null) throw Errors.typeError("an integer is required");
        if (!(v instanceof Long l) || l < 0 || l > 0xffffffffL) throw Errors.overflow("mode out of range");
        return (int) (long) l;
    }

    /** {@code -rwxr-xr-x}: the type letter, then rwx for owner, group, others with s/S, t/T. */
    static String filemode(int mode) {
        char type = switch (mode & S_IFMT) {
            case 0120000 -> 'l';
            case 0140000 -> 's';
            case 0100000 -> '-';
            case 0060000 -> 'b';
            case 0040000 -> 'd';
            case 0020000 -> 'c';
            case 0010000 -> 'p';
            default -> '?';
        };
        StringBuilder b = new StringBuilder().append(type);
        b.append((mode & 0400) != 0 ? 'r' : '-').append((mode & 0200) != 0 ? 'w' : '-');
        b.append(exec(mode, 0100, 04000, 's', 'S'));
        b.append((mode & 040) != 0 ? 'r' : '-').append((mode & 020) != 0 ? 'w' : '-');
        b.append(exec(mode, 010, 02000, 's', 'S'));
        b.append((mode & 04) != 0 ? 'r' : '-').append((mode & 02) != 0 ? 'w' : '-');
        b.append(exec(mode, 01, 01000, 't', 'T'));
        return b.toString();
    }

    private static char exec(int mode, int x, int special, char both, char onlySpecial) {
        boolean hasX = (mode & x) != 0, hasS = (mode & special) != 0;
        if (hasS) return hasX ? both : onlySpecial;
        return hasX ? 'x' : '-';
    }
}
