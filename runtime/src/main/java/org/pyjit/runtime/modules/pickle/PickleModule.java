package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _pickle} accelerator that {@code pickle} imports: {@code Pickler}, {@code Unpickler},
 * {@code dump(s)}, {@code load(s)}, the three exception types and {@code PickleBuffer}, with the
 * output bytes, behaviour and messages of CPython's C module.
 */
public final class PickleModule {
    private PickleModule() {}

    static PyType pickleError, picklingError, unpicklingError;

    private static synchronized void types() {
        if (pickleError != null) return;
        pickleError = exceptionType("PickleError", ExceptionTypes.EXCEPTION);
        picklingError = exceptionType("PicklingError", pickleError);
        unpicklingError = exceptionType("UnpicklingError", pickleError);
        PicklerType.install();
        UnpicklerType.install();
        PickleMemoProxies.install();
        PickleBuffer.install();
    }

    private static PyType exceptionType(String name, PyType base) {
        PyType t = new PyType(BuiltinTypes.TYPE, name, base, null);
        t.namespace.putStr("__module__", "_pickle");
        t.instancesHaveDict = true;
        return t;
    }

    static PyException picklingError(String message) {
        return Errors.of(picklingError, message);
    }

    static PyException unpicklingError(String message) {
        return Errors.of(unpicklingError, message);
    }

    /** Imports {@code name} (absolute) and returns the module from {@code sys.modules}, as {@code PyImport_Import} does. */
    static Object importModule(Object name) {
        PyDict modules = ImportSystem.modules();
        Object m = modules.get(name);
        if (m != null && m != PyNone.NONE) return m;
        Object imp = BuiltinsModule.namespace().getStr("__import__");
        if (imp == null) throw Errors.importError("__import__ not found");
        Object top = Ops.call(imp, name);
        m = modules.get(name);
        return m != null ? m : top;
    }

    private static Object defaultGetAttribute;

    /**
     * {@code getattr(o, name, None)} but null when missing; objects with the default attribute
     * lookup are asked directly, without raising and catching an AttributeError.
     */
    static Object lookupAttr(Object o, String name) {
        if (o instanceof org.pyjit.runtime.objects.PyObject && !(o instanceof PyType)) {
            PyType t = Ops.typeOf(o);
            if (defaultGetAttribute == null) defaultGetAttribute = BuiltinTypes.OBJECT.lookup("__getattribute__");
            if (t.lookup("__getattribute__") == defaultGetAttribute && t.lookup("__getattr__") == null) {
                return org.pyjit.runtime.ops.Attributes.genericGetOrNull(o, t, name);
            }
        }
        return Ops.getAttrOrNull(o, name);
    }

    /** An attribute of an imported module (copyreg's registries, _compat_pickle's mappings, ...). */
    static Object moduleAttr(String module, String name) {
        return Ops.getAttr(importModule(module), name);
    }

    /** {@code protocol} argument: None is the default, negative the highest. */
    static int protocol(Object p) {
        if (p == null || p == PyNone.NONE) return PickleOpcodes.DEFAULT_PROTOCOL;
        long v = Ops.index(p);
        if (v < 0) return PickleOpcodes.HIGHEST_PROTOCOL;
        if (v > PickleOpcodes.HIGHEST_PROTOCOL) throw Errors.valueError("pickle protocol must be <= " + PickleOpcodes.HIGHEST_PROTOCOL);
        return (int) v;
    }

    private static final ArgParser DUMP = new ArgParser("dump", new String[] {"obj", "file", "protocol", "fix_imports", "buffer_callback"}, 0, 3, 2);
    private static final ArgParser DUMPS = new ArgParser("dumps", new String[] {"obj", "protocol", "fix_imports", "buffer_callback"}, 0, 2, 1);
    private static final ArgParser LOAD = new ArgParser("load", new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 0, 1, 1);
    private static final ArgParser LOADS = new ArgParser("loads", new String[] {"data", "fix_imports", "encoding", "errors", "buffers"}, 1, 1, 1);

    public static PyModule create() {
        types();
        PyModule m = new PyModule("_pickle");
        PyDict d = m.dict;
        d.putStr("__doc__", "Optimized C implementation for the Python pickle module.");
        d.putStr("PickleError", pickleError);
        d.putStr("PicklingError", picklingError);
        d.putStr("UnpicklingError", unpicklingError);
        d.putStr("Pickler", PicklerType.TYPE);
        d.putStr("Unpickler", UnpicklerType.TYPE);
        d.putStr("PickleBuffer", PickleBuffer.TYPE);
        d.putStr("dump", new PyBuiltinFunction("dump", "_pickle", (a, kw) -> {
            Object[] p = DUMP.parse(a, kw, 0);
            Pickler pk = new Pickler(PicklerType.TYPE);
            pk.init(p[1], p[2], p[3], p[4]);
            pk.dump(p[0]);
            return PyNone.NONE;
        }));
        d.putStr("dumps", new PyBuiltinFunction("dumps", "_pickle", (a, kw) -> {
            Object[] p = DUMPS.parse(a, kw, 0);
            Pickler pk = new Pickler(PicklerType.TYPE);
            pk.init(null, p[1], p[2], p[3]);
            pk.dump(p[0]);
            return new PyBytes(pk.out.toArray());
        }));
        d.putStr("load", new PyBuiltinFunction("load", "_pickle", (a, kw) -> {
            Object[] p = LOAD.parse(a, kw, 0);
            Unpickler u = new Unpickler(UnpicklerType.TYPE);
            u.init(p[0], p[1], p[2], p[3], p[4]);
            return u.load();
        }));
        d.putStr("loads", new PyBuiltinFunction("loads", "_pickle", (a, kw) -> {
            Object[] p = LOADS.parse(a, kw, 0);
            Unpickler u = new Unpickler(UnpicklerType.TYPE);
            u.initBytes(p[0], p[1], p[2], p[3], p[4]);
            return u.load();
        }));
        return m;
    }
}
