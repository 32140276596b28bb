package org.pyjit.runtime.imports;

import java.util.concurrent.locks.ReentrantLock;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.BuiltinModuleRegistry;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code _imp} module: the builtin half of {@code importlib} (CPython's {@code import.c}).
 * pyjit has no frozen modules and no extension modules; builtin modules are the Java ones of
 * {@link BuiltinModuleRegistry}. With it, CPython's pure-Python {@code importlib} runs on pyjit.
 */
public final class ImpModule {
    private ImpModule() {}

    private static final ReentrantLock IMPORT_LOCK = new ReentrantLock();

    public static PyModule create() {
        PyModule m = new PyModule("_imp");
        PyDict d = m.dict;
        fn(d, "is_builtin", 1, 1, a -> BuiltinModuleRegistry.isBuiltin(Ops.str(a[0])) ? 1L : 0L);
        fn(d, "create_builtin", 1, 1, a -> {
            String name = Ops.str(Ops.getAttr(a[0], "name"));
            PyModule module = BuiltinModuleRegistry.get(name);
            if (module == null) throw Errors.importError("no built-in module named " + name);
            return module;
        });
        fn(d, "exec_builtin", 1, 1, a -> 0L);
        fn(d, "exec_dynamic", 1, 1, a -> 0L);
        fn(d, "create_dynamic", 1, 2, a -> {
            throw Errors.importError("pyjit cannot load extension modules (" + Ops.str(Ops.getAttr(a[0], "origin")) + ")");
        });
        fn(d, "is_frozen", 1, 1, a -> false);
        fn(d, "is_frozen_package", 1, 1, a -> false);
        fn(d, "find_frozen", 1, 2, a -> PyNone.NONE);
        fn(d, "get_frozen_object", 1, 2, a -> {
            throw Errors.importError("No such frozen object named " + Ops.repr(a[0]));
        });
        fn(d, "init_frozen", 1, 1, a -> PyNone.NONE);
        fn(d, "_frozen_module_names", 0, 0, a -> new org.pyjit.runtime.objects.PyTuple(new Object[0]));
        fn(d, "extension_suffixes", 0, 0, a -> new PyList());
        fn(d, "acquire_lock", 0, 0, a -> {
            IMPORT_LOCK.lock();
            return PyNone.NONE;
        });
        fn(d, "release_lock", 0, 0, a -> {
            if (!IMPORT_LOCK.isHeldByCurrentThread()) throw Errors.runtimeError("not holding the import lock");
            IMPORT_LOCK.unlock();
            return PyNone.NONE;
        });
        fn(d, "lock_held", 0, 0, a -> IMPORT_LOCK.isLocked());
        fn(d, "_fix_co_filename", 2, 2, a -> PyNone.NONE);
        fn(d, "source_hash", 2, 2, a -> new PyBytes(sourceHash(Ops.index(a[0]), bytes(a[1]))));
        fn(d, "_override_frozen_modules_for_tests", 1, 1, a -> PyNone.NONE);
        d.putStr("check_hash_based_pycs", "never");
        return m;
    }

    private static byte[] bytes(Object o) {
        if (o instanceof PyBytes b) return b.toArray();
        return Ops.str(o).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An 8-byte keyed hash of a source (only hash-based .pyc files use it; pyjit writes none). */
    private static byte[] sourceHash(long key, byte[] source) {
        long h = key ^ 0xcbf29ce484222325L;
        for (byte b : source) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) out[i] = (byte) (h >>> (8 * i));
        return out;
    }

    private static void fn(PyDict d, String name, int min, int max, PyBuiltinFunction.Positional body) {
        d.putStr(name, PyBuiltinFunction.positional(name, "_imp", min, max, body));
    }
}
