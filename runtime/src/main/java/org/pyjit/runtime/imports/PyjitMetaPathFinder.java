package org.pyjit.runtime.imports;

import java.nio.file.Path;
import org.pyjit.runtime.modules.BuiltinModuleRegistry;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The finder and loader in {@code sys.meta_path}: what CPython's {@code importlib} (used by
 * {@code importlib.import_module}, {@code importlib.util.find_spec}, {@code importlib.reload},
 * {@code runpy}) asks to find modules. It finds them as pyjit's own import does (Java builtin
 * modules, then source files on the path) and runs them through the same compile-and-cache path;
 * the {@code import} statement itself does not go through {@code importlib}.
 */
public final class PyjitMetaPathFinder {
    private PyjitMetaPathFinder() {}

    static final PyType TYPE = makeType();

    /** The instance that {@code sys.meta_path} holds. */
    public static final PyObject INSTANCE = new PyObject(TYPE);

    private static final ArgParser FIND_SPEC = new ArgParser("find_spec", new String[] {"fullname", "path", "target"}, 0, 3, 1);

    private static PyType makeType() {
        PyType t = BuiltinTypes.make("PyjitMetaPathFinder", BuiltinTypes.OBJECT);
        t.namespace.putStr("__module__", "pyjit");
        t.namespace.putStr("find_spec", new PyMethodDescriptor(t, "find_spec", (args, kw) -> {
            Object[] p = FIND_SPEC.parse(args, kw, 1);
            return findSpec(Ops.str(p[0]), p[1] != null ? p[1] : PyNone.NONE);
        }));
        t.namespace.putStr("create_module", PyMethodDescriptor.positional(t, "create_module", 1, 1, a -> {
            String name = Ops.str(Ops.getAttr(a[1], "name"));
            PyModule builtin = BuiltinModuleRegistry.isBuiltin(name) ? BuiltinModuleRegistry.get(name) : null;
            return builtin != null ? builtin : PyNone.NONE;
        }));
        t.namespace.putStr("exec_module", PyMethodDescriptor.positional(t, "exec_module", 1, 1, a -> {
            execModule(a[1]);
            return PyNone.NONE;
        }));
        t.namespace.putStr("invalidate_caches", PyMethodDescriptor.positional(t, "invalidate_caches", 0, 0, a -> PyNone.NONE));
        t.namespace.putStr("__repr__", PyMethodDescriptor.positional(t, "__repr__", 0, 0, a -> "<pyjit meta path finder>"));
        return t;
    }

    private static Object findSpec(String name, Object path) {
        Object specClass = moduleSpecClass();
        if (BuiltinModuleRegistry.isBuiltin(name)) {
            return Ops.callKw(specClass, new Object[] {name, INSTANCE, "built-in"}, new String[] {"origin"});
        }
        PyList searchPath = path instanceof PyList l ? l : path == PyNone.NONE ? ImportSystem.searchPath() : toList(path);
        Path[] found = ImportSystem.locate(name, searchPath);
        if (found == null) return PyNone.NONE;
        boolean isPackage = found[1] != null;
        Object spec = Ops.callKw(specClass, new Object[] {name, INSTANCE, found[0].toString(), isPackage},
                new String[] {"origin", "is_package"});
        if (isPackage) ((PyList) Ops.getAttr(spec, "submodule_search_locations")).append(found[1].toString());
        Ops.setAttr(spec, "has_location", true);
        return spec;
    }

    private static void execModule(Object module) {
        if (!(module instanceof PyModule m)) return;
        Object spec = m.dict.getStr("__spec__");
        if (spec == null || spec == PyNone.NONE) return;
        String name = Ops.str(Ops.getAttr(spec, "name"));
        if (BuiltinModuleRegistry.isBuiltin(name)) return;
        Object origin = Ops.getAttr(spec, "origin");
        Object locations = Ops.getAttr(spec, "submodule_search_locations");
        Path packageDir = locations instanceof PyList l && l.size > 0 ? Path.of(Ops.str(l.get(0))) : null;
        ImportSystem.execInto(m, name, Path.of(Ops.str(origin)), packageDir);
    }

    /**
     * The {@code __spec__} of a module pyjit's own import loaded: an object with the attributes
     * of importlib's {@code ModuleSpec}, made without importing importlib.
     */
    public static Object simpleSpec(String name, String origin, String packageDir, boolean hasLocation) {
        java.util.Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("name", name);
        a.put("loader", INSTANCE);
        a.put("origin", origin);
        a.put("loader_state", PyNone.NONE);
        PyList locations = null;
        if (packageDir != null) {
            locations = new PyList();
            locations.append(packageDir);
        }
        a.put("submodule_search_locations", locations == null ? PyNone.NONE : locations);
        a.put("cached", PyNone.NONE);
        a.put("parent", packageDir != null ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        a.put("has_location", hasLocation);
        return org.pyjit.runtime.modules.SimpleNamespace.create(a);
    }

    private static Object moduleSpecClass() {
        Object bootstrap = ImportSystem.modules().getStr("importlib._bootstrap");
        if (bootstrap == null) bootstrap = ImportSystem.importModule("importlib._bootstrap");
        return Ops.getAttr(bootstrap, "ModuleSpec");
    }

    private static PyList toList(Object iterable) {
        return (PyList) Ops.call(BuiltinTypes.LIST, iterable);
    }
}
