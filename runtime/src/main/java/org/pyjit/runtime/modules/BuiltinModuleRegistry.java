package org.pyjit.runtime.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.objects.PyModule;

/**
 * The modules written in Java, by name: the import system asks {@link #isBuiltin} and
 * {@link #get} (which creates each module once). Other parts of pyjit add theirs with
 * {@link #register} ({@code _io}, {@code itertools}, …).
 */
public final class BuiltinModuleRegistry {
    private BuiltinModuleRegistry() {}

    private static final Map<String, Supplier<PyModule>> FACTORIES = Collections.synchronizedMap(new TreeMap<>());
    private static final Map<String, PyModule> CREATED = new ConcurrentHashMap<>();

    static {
        FACTORIES.put("builtins", () -> BuiltinsModule.MODULE);
        FACTORIES.put("sys", SysModule::module);
        FACTORIES.put("math", MathModule::create);
        FACTORIES.put("time", TimeModule::create);
        FACTORIES.put("posix", PosixModule::create);
        FACTORIES.put("_weakref", org.pyjit.runtime.modules.weakref.WeakrefModule::create);
        FACTORIES.put("itertools", org.pyjit.runtime.modules.itertools.ItertoolsModule::create);
        FACTORIES.put("_thread", org.pyjit.runtime.modules.thread.ThreadModule::create);
        FACTORIES.put("_ast", org.pyjit.runtime.modules.ast.AstModule::create);
        FACTORIES.put("_imp", org.pyjit.runtime.imports.ImpModule::create);
        FACTORIES.put("marshal", org.pyjit.runtime.imports.MarshalModule::create);
        FACTORIES.put("_warnings", org.pyjit.runtime.imports.WarningsModule::create);
        FACTORIES.put("_collections", org.pyjit.runtime.modules.collections.CollectionsModule::create);
        FACTORIES.put("atexit", AtexitModule::create);
        FACTORIES.put("_heapq", HeapqModule::create);
        FACTORIES.put("_bisect", BisectModule::create);
        FACTORIES.put("_operator", OperatorModule::create);
        FACTORIES.put("_io", org.pyjit.runtime.io.IoModule::create);
        FACTORIES.put("_string", StringModule::create);
        FACTORIES.put("_stat", StatModule::create);
        FACTORIES.put("errno", ErrnoModule::create);
        FACTORIES.put("_sre", org.pyjit.runtime.modules.sre.SreModule::create);
        FACTORIES.put("_random", org.pyjit.runtime.modules.random.RandomModule::create);
        FACTORIES.put("_codecs", org.pyjit.runtime.modules.codecs.CodecsModule::create);
        FACTORIES.put("_contextvars", ContextVarsModule::create);
        FACTORIES.put("_struct", StructModule::create);
        FACTORIES.put("_pickle", org.pyjit.runtime.modules.pickle.PickleModule::create);
        FACTORIES.put("binascii", BinasciiModule::create);
        FACTORIES.put("_md5", HashModules::md5);
        FACTORIES.put("_sha1", HashModules::sha1);
        FACTORIES.put("_sha256", HashModules::sha256);
        FACTORIES.put("_sha512", HashModules::sha512);
        FACTORIES.put("_sha3", org.pyjit.runtime.modules.hash.HashObjects::sha3);
        FACTORIES.put("_blake2", org.pyjit.runtime.modules.hash.HashObjects::blake2);
        FACTORIES.put("_hashlib", org.pyjit.runtime.modules.hash.HashlibModule::create);
        FACTORIES.put("unicodedata", org.pyjit.runtime.modules.unicodedata.UnicodedataModule::create);
        FACTORIES.put("gc", GcModule::create);
        FACTORIES.put("_signal", SignalModule::create);
        FACTORIES.put("_locale", LocaleModule::create);
        FACTORIES.put("zlib", org.pyjit.runtime.modules.zlib.ZlibModule::create);
        FACTORIES.put("_socket", org.pyjit.runtime.modules.socket.SocketModule::create);
        FACTORIES.put("select", org.pyjit.runtime.modules.socket.SelectModule::create);
        FACTORIES.put("array", org.pyjit.runtime.modules.array.ArrayModule::create);
        FACTORIES.put("cmath", CmathModule::create);
        FACTORIES.put("_posixsubprocess", org.pyjit.runtime.modules.posix.ForkExec::create);
        FACTORIES.put("_json", org.pyjit.runtime.modules.json.JsonModule::create);
        FACTORIES.put("faulthandler", FaulthandlerModule::create);
        FACTORIES.put("_csv", org.pyjit.runtime.modules.csv.CsvModule::create);
        FACTORIES.put("pyexpat", org.pyjit.runtime.modules.expat.ExpatModule::create);
    }

    /** Adds (or replaces) the factory of builtin module {@code name}. */
    public static void register(String name, Supplier<PyModule> factory) {
        FACTORIES.put(name, factory);
        CREATED.remove(name);
    }

    public static boolean isBuiltin(String name) {
        return FACTORIES.containsKey(name);
    }

    /** The module, created on first request; null when there is no builtin module of that name. */
    public static PyModule get(String name) {
        PyModule m = CREATED.get(name);
        if (m != null) return m;
        Supplier<PyModule> f = FACTORIES.get(name);
        if (f == null) return null;
        synchronized (BuiltinModuleRegistry.class) {
            m = CREATED.get(name);
            if (m == null) {
                m = f.get();
                CREATED.put(name, m);
            }
        }
        return m;
    }

    /**
     * Forgets the modules made so far, so the next program gets fresh ones (programs run one
     * after another in one JVM must not see each other's changes, e.g. {@code del math.pi}).
     * {@code builtins} and {@code sys} are made afresh by their own owners.
     */
    public static void forgetCreated() {
        CREATED.clear();
    }

    /** All names, sorted (for {@code sys.builtin_module_names}). */
    public static List<String> names() {
        synchronized (FACTORIES) {
            return new ArrayList<>(FACTORIES.keySet());
        }
    }
}
