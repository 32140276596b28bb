package org.pyjit.runtime.modules;

import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.io.StandardStreams;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;

/**
 * The {@code sys} module. The launcher builds it once at start-up with {@link #create}; until
 * then (unit tests, embedding) {@link #module()} makes a default one. Its functions are in
 * {@link SysFunctions}.
 */
public final class SysModule {
    private SysModule() {}

    private static volatile PyModule current;

    static final StructSeqType VERSION_INFO = new StructSeqType("sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5);
    static final StructSeqType FLOAT_INFO = new StructSeqType("sys.float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                "rounds"}, 11);
    static final StructSeqType INT_INFO = new StructSeqType("sys.int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    static final StructSeqType HASH_INFO = new StructSeqType("sys.hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    static final StructSeqType THREAD_INFO = new StructSeqType("sys.thread_info", new String[] {"name", "lock", "version"}, 3);
    static final StructSeqType FLAGS = new StructSeqType("sys.flags",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18);

    /**
     * Builds the process's {@code sys} module and makes it current.
     *
     * @param argv       {@code sys.argv} (the script path first, as Python gives it)
     * @param path       {@code sys.path}, in order
     * @param executable {@code sys.executable}, or null for {@code $pyjit.home/bin/pyjit}
     */
    public static synchronized PyModule create(List<String> argv, List<String> path, String executable) {
        PyModule m = new PyModule("sys");
        PyDict d = m.dict;
        d.putStr("__doc__", "This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter.");
        d.putStr("argv", strList(argv));
        d.putStr("orig_argv", strList(argv));
        d.putStr("path", strList(path));
        PyDict modules = new PyDict();
        modules.putStr("sys", m);
        modules.putStr("builtins", BuiltinsModule.MODULE);
        d.putStr("modules", modules);
        PyList metaPath = new PyList();
        metaPath.append(org.pyjit.runtime.imports.PyjitMetaPathFinder.INSTANCE);
        d.putStr("meta_path", metaPath);
        d.putStr("path_hooks", new PyList());
        d.putStr("path_importer_cache", new PyDict());
        d.putStr("warnoptions", new PyList());
        d.putStr("_xoptions", new PyDict());
        installStreams(d, StandardStreams.get());
        installConstants(d, executable);
        SysFunctions.install(m);
        current = m;
        return m;
    }

    /** The current {@code sys} module, made with defaults if the launcher has not built one. */
    public static PyModule module() {
        PyModule m = current;
        if (m != null) return m;
        synchronized (SysModule.class) {
            if (current == null) create(List.of(""), List.of(), null);
            return current;
        }
    }

    /** {@code sys.<name>} of the current module, or null when it has been deleted. */
    public static Object get(String name) {
        return module().dict.getStr(name);
    }

    /** {@code sys.stdout} as the program has set it (None possible), or null when deleted. */
    public static Object stdout() {
        return get("stdout");
    }

    public static Object stderr() {
        return get("stderr");
    }

    public static Object stdin() {
        return get("stdin");
    }

    /** {@code sys.modules}. */
    public static PyDict modules() {
        return (PyDict) module().dict.getStr("modules");
    }

    /** Points {@code sys.std*} and {@code sys.__std*__} at {@code streams} (e.g. to capture output in tests). */
    public static void installStreams(PyDict d, StandardStreams.Streams streams) {
        Object in = orNone(streams.stdin()), out = orNone(streams.stdout()), err = orNone(streams.stderr());
        d.putStr("stdin", in);
        d.putStr("stdout", out);
        d.putStr("stderr", err);
        d.putStr("__stdin__", in);
        d.putStr("__stdout__", out);
        d.putStr("__stderr__", err);
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyList strList(List<String> items) {
        PyList l = new PyList();
        for (String s : items) l.append(s);
        return l;
    }

    private static void installConstants(PyDict d, String executable) {
        String home = System.getProperty("pyjit.home", "/usr/local");
        String exe = executable != null ? executable : home + "/bin/pyjit";
        d.putStr("executable", exe);
        d.putStr("_base_executable", exe);
        String prefix = StdlibLocation.prefix();
        for (String k : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) d.putStr(k, prefix);
        d.putStr("platlibdir", "lib");
        d.putStr("pycache_prefix", PyNone.NONE);
        d.putStr("platform", "linux");
        d.putStr("byteorder", ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        d.putStr("maxsize", Long.MAX_VALUE);
        d.putStr("maxunicode", 0x10ffffL);
        d.putStr("api_version", 1013L);
        d.putStr("abiflags", "");
        d.putStr("float_repr_style", "short");
        d.putStr("dont_write_bytecode", Boolean.FALSE);
        d.putStr("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "pyjit: a Python 3.11 implementation on the JVM.");
        d.putStr("version", PythonVersion.versionString());
        d.putStr("hexversion", PythonVersion.hexVersion());
        Object versionInfo = VERSION_INFO.make((long) PythonVersion.MAJOR, (long) PythonVersion.MINOR,
                (long) PythonVersion.MICRO, PythonVersion.RELEASE_LEVEL, (long) PythonVersion.SERIAL);
        d.putStr("version_info", versionInfo);
        Map<String, Object> impl = new LinkedHashMap<>();
        impl.put("name", "pyjit");
        impl.put("cache_tag", "pyjit-" + PythonVersion.MAJOR + PythonVersion.MINOR);
        impl.put("version", VERSION_INFO.make((long) PythonVersion.PYJIT_MAJOR, (long) PythonVersion.PYJIT_MINOR,
                (long) PythonVersion.PYJIT_MICRO, PythonVersion.PYJIT_RELEASE_LEVEL, 0L));
        impl.put("hexversion", PythonVersion.pyjitHexVersion());
        impl.put("_multiarch", "x86_64-linux-gnu");
        d.putStr("implementation", SimpleNamespace.create(impl));
        d.putStr("float_info", FLOAT_INFO.make(Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L,
                Math.ulp(1.0), 2L, 1L));
        d.putStr("int_info", INT_INFO.make(30L, 4L, 4300L, 640L));
        d.putStr("hash_info", HASH_INFO.make(64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L));
        d.putStr("thread_info", THREAD_INFO.make("pthread", "semaphore", PyNone.NONE));
        d.putStr("flags", FLAGS.make(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, Boolean.FALSE, 0L, 0L, Boolean.FALSE,
                -1L));
        Object[] names = BuiltinModuleRegistry.names().toArray();
        d.putStr("builtin_module_names", new PyTuple(names));
    }

    /** {@code SystemExit(code)} as {@code sys.exit(code)} raises it (no args for {@code sys.exit()}). */
    static PyBaseException systemExit(Object code) {
        return code == null ? PyBaseException.create(ExceptionTypes.SYSTEM_EXIT) : PyBaseException.create(ExceptionTypes.SYSTEM_EXIT, code);
    }
}
