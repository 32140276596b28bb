package org.pyjit.runtime.modules;

import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.modules.posix.PosixModuleParts;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;

/**
 * The {@code posix} module: what CPython's {@code os}, {@code os.path}, {@code stat},
 * {@code shutil}, {@code tempfile} and {@code pathlib} need from the operating system, written on
 * {@code java.nio.file} and pyjit's descriptor table (functions in {@code modules.posix}).
 */
public final class PosixModule {
    private PosixModule() {}

    /** Linux's values of the constants programs use ({@code os.O_CREAT}, {@code os.R_OK}, …). */
    private static final Object[][] CONSTANTS = {
        {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
        {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_ACCMODE", 3}, {"O_CREAT", 64}, {"O_EXCL", 128},
        {"O_NOCTTY", 256}, {"O_TRUNC", 512}, {"O_APPEND", 1024}, {"O_NONBLOCK", 2048}, {"O_NDELAY", 2048},
        {"O_DSYNC", 4096}, {"O_ASYNC", 8192}, {"O_DIRECT", 16384}, {"O_LARGEFILE", 0}, {"O_DIRECTORY", 65536},
        {"O_NOFOLLOW", 131072}, {"O_NOATIME", 262144}, {"O_CLOEXEC", 524288}, {"O_SYNC", 1052672},
        {"O_RSYNC", 1052672}, {"O_FSYNC", 1052672}, {"O_PATH", 2097152}, {"O_TMPFILE", 4259840},
        {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67}, {"EX_NOHOST", 68},
        {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72}, {"EX_CANTCREAT", 73},
        {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
        {"SEEK_DATA", 3}, {"SEEK_HOLE", 4}, {"WNOHANG", 1}, {"WUNTRACED", 2}, {"WCONTINUED", 8},
        {"TMP_MAX", 238328}, {"NGROUPS_MAX", 65536},
    };

    /** What pyjit's functions support, in CPython's spelling (os.py builds supports_follow_symlinks etc. from it). */
    private static final String[] HAVE_FUNCTIONS = {"HAVE_FTRUNCATE", "HAVE_LSTAT"};

    public static PyModule create() {
        PyModule m = new PyModule("posix");
        PyDict d = m.dict;
        d.putStr("__doc__", "This module provides access to operating system functionality that is\n"
                + "standardized by the C Standard and the POSIX standard (a thinly\n"
                + "disguised Unix interface).  Refer to the library manual and\n"
                + "corresponding Unix manual entries for more information on calls.");
        for (Object[] c : CONSTANTS) d.putStr((String) c[0], (long) (Integer) c[1]);
        d.putStr("error", ExceptionTypes.OS_ERROR);
        PyList have = new PyList();
        for (String h : HAVE_FUNCTIONS) have.append(h);
        d.putStr("_have_functions", have);
        PosixModuleParts.install(d);
        return m;
    }
}
