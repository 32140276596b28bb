package org.pyjit.runtime.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.modules.BuiltinModuleRegistry;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.ops.Ops;

/**
 * pyjit's import system: {@code sys.modules}, builtin modules written in Java, and {@code .py}
 * modules and packages found on {@code sys.path}, with relative imports, circular imports and
 * {@code from … import} of submodules, as CPython's importlib behaves.
 */
public final class ImportSystem {
    private ImportSystem() {}

    /** {@code sys.modules}. */
    public static PyDict modules() {
        return SysModule.modules();
    }

    /** {@code sys.path} as the program has it now (it may rebind or mutate it). */
    private static PyList path() {
        Object p = SysModule.get("path");
        if (p instanceof PyList l) return l;
        throw Errors.importError("sys.path must be a list of directory names");
    }

    /** The {@code IMPORT_NAME} instruction: {@code __import__(name, globals, fromlist, level)}. */
    public static Object importName(String name, PyDict globals, Object fromlist, int level) {
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) throw Errors.valueError("Empty module name");
        PyModule module = importModule(absolute);
        boolean hasFromlist = fromlist instanceof String[] fl && fl.length > 0;
        if (!hasFromlist) {
            if (level > 0 && name.isEmpty()) return module;
            String top = name.isEmpty() ? absolute : absolute.substring(0, absolute.length() - name.length())
                    + name.split("\\.")[0];
            int dot = top.indexOf('.');
            Object topModule = modules().getStr(level > 0 ? top : (dot < 0 ? top : top.substring(0, dot)));
            return topModule != null ? topModule : module;
        }
        if (module.dict.getStr("__path__") != null) {
            for (String item : (String[]) fromlist) {
                if (item.equals("*") || module.dict.getStr(item) != null) continue;
                String sub = absolute + "." + item;
                try {
                    importModule(sub);
                } catch (PyException e) {
                    if (!(e.value.type == ExceptionTypes.MODULE_NOT_FOUND_ERROR && sub.equals(moduleNotFoundName(e)))) throw e;
                }
            }
        }
        return module;
    }

    private static String moduleNotFoundName(PyException e) {
        Object n = org.pyjit.runtime.ops.Ops.getAttrOrNull(e.value, "name");
        return n instanceof String s ? s : null;
    }

    private static String resolveRelative(String name, PyDict globals, int level) {
        Object pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof String s) {
            base = s;
        } else {
            Object modName = globals.getStr("__name__");
            if (!(modName instanceof String mn)) throw Errors.of(ExceptionTypes.KEY_ERROR, "'__name__' not in globals");
            base = globals.getStr("__path__") != null ? mn : (mn.contains(".") ? mn.substring(0, mn.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) throw Errors.importError("attempted relative import with no known parent package");
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Errors.importError("attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports the module with the absolute dotted {@code name} (parents first) and returns it. */
    public static PyModule importModule(String name) {
        Object existing = modules().getStr(name);
        if (existing instanceof PyModule m) return m;
        // None blocks an import (test.support.import_fresh_module uses it to hide accelerator modules)
        if (existing == PyNone.NONE) throw notFound(name, "import of " + name + " halted; None in sys.modules");
        if (existing != null) return asModule(existing, name);
        int dot = name.lastIndexOf('.');
        PyList searchPath = path();
        PyModule parent = null;
        if (dot > 0) {
            parent = importModule(name.substring(0, dot));
            existing = modules().getStr(name);
            if (existing instanceof PyModule m) return m;
            Object p = parent.dict.getStr("__path__");
            if (!(p instanceof PyList pl)) {
                throw notFound(name, "No module named '" + name + "'; '" + parent.name + "' is not a package");
            }
            searchPath = pl;
        }
        PyModule m = load(name, searchPath);
        if (parent != null) parent.dict.putStr(name.substring(dot + 1), m);
        return m;
    }

    private static PyModule asModule(Object o, String name) {
        if (o instanceof PyModule m) return m;
        // sys.modules may hold any object (the library sometimes installs one); wrap access through a module facade
        PyModule facade = new PyModule(name);
        facade.dict.putStr("__wrapped_object__", o);
        return facade;
    }

    private static PyException notFound(String name, String message) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, message);
        org.pyjit.runtime.ops.Ops.setAttr(e.value, "name", name);
        return e;
    }

    private static PyModule load(String name, PyList searchPath) {
        PyModule builtin = BuiltinModuleRegistry.get(name);
        if (builtin != null) {
            Object spec = builtin.dict.getStr("__spec__");
            if (spec == null || spec == PyNone.NONE) {
                builtin.dict.putStr("__spec__", PyjitMetaPathFinder.simpleSpec(name, "built-in", null, false));
                builtin.dict.putStr("__loader__", PyjitMetaPathFinder.INSTANCE);
            }
            modules().putStr(name, builtin);
            return builtin;
        }
        Path[] found = locate(name, searchPath);
        if (found != null) return execSource(name, found[0], found[1]);
        throw notFound(name, "No module named '" + name + "'");
    }

    /**
     * The source of module {@code name} on {@code searchPath}: its file, and the package
     * directory when it is a package; null when not found. Nothing is imported.
     */
    static Path[] locate(String name, PyList searchPath) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        for (int i = 0; i < searchPath.size; i++) {
            if (!(searchPath.items[i] instanceof String dir)) continue;
            Path base = org.pyjit.runtime.WorkingDirectory.resolve(dir);
            Path pkgInit = base.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkgInit)) return new Path[] {pkgInit, base.resolve(last)};
            Path file = base.resolve(last + ".py");
            if (Files.isRegularFile(file)) return new Path[] {file, null};
        }
        return null;
    }

    /**
     * Where module {@code name} would be loaded from ({@code python -m}): its file, and the package
     * directory when it is a package; null when it is not found. Imports its parent packages.
     */
    public static Path[] findSource(String name) {
        int dot = name.lastIndexOf('.');
        PyList searchPath = path();
        if (dot > 0) {
            PyModule parent = importModule(name.substring(0, dot));
            if (!(parent.dict.getStr("__path__") instanceof PyList pl)) return null;
            searchPath = pl;
        }
        return locate(name, searchPath);
    }

    /** {@code sys.path} for finders outside this class. */
    static PyList searchPath() {
        return path();
    }

    /** Runs {@code file} as module {@code name} in {@code m}'s namespace (registered in sys.modules first). */
    public static void execInto(PyModule m, String name, Path file, Path packageDir) {
        execSource(m, name, file, packageDir);
    }

    private static PyModule execSource(String name, Path file, Path packageDir) {
        return execSource(new PyModule(name), name, file, packageDir);
    }

    private static PyModule execSource(PyModule m, String name, Path file, Path packageDir) {
        String source;
        try {
            source = SourceCompiler.decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw Errors.importError("cannot read " + file + ": " + e.getMessage());
        }
        String filename = file.toString();
        PyDict g = m.dict;
        g.putStr("__file__", filename);
        g.putStr("__cached__", PyNone.NONE);
        // importlib sets these before it runs a module through PyjitMetaPathFinder
        if (g.getStr("__spec__") == null) {
            g.putStr("__spec__", PyjitMetaPathFinder.simpleSpec(name, filename, packageDir == null ? null : packageDir.toString(), true));
            g.putStr("__loader__", PyjitMetaPathFinder.INSTANCE);
        }
        g.putStr("__doc__", PyNone.NONE);
        if (packageDir != null) {
            PyList path = new PyList();
            path.append(packageDir.toString());
            g.putStr("__path__", path);
            g.putStr("__package__", name);
        } else if (g.getStr("__package__") == null) { // -m sets the package of the module it runs as __main__
            g.putStr("__package__", name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        }
        g.putStr("__builtins__", org.pyjit.runtime.builtins.BuiltinsModule.MODULE);
        modules().putStr(name, m);
        try {
            CodeObject code = ModuleCodeCache.compile(source, filename);
            Interpreter.runWithLocals(code, g, g, null, null);
        } catch (PyException e) {
            modules().remove(name);
            throw e;
        }
        if (name.equals("re._compiler")) org.pyjit.runtime.modules.sre.RegexProgramCache.install(m);
        return m;
    }

    /** The {@code IMPORT_FROM} instruction. */
    public static Object importFrom(Object module, String name) {
        Object v = Ops.getAttrOrNull(module, name);
        if (v != null) return v;
        Object modName = module instanceof PyModule m ? m.dict.getStr("__name__") : null;
        if (modName instanceof String mn) {
            Object sub = modules().getStr(mn + "." + name);
            if (sub != null) return sub;
            Object file = ((PyModule) module).dict.getStr("__file__");
            PyException e = Errors.importError("cannot import name '" + name + "' from '" + mn + "' ("
                    + (file instanceof String f ? f : "unknown location") + ")");
            org.pyjit.runtime.ops.Ops.setAttr(e.value, "name", mn);
            throw e;
        }
        throw Errors.importError("cannot import name '" + name + "'");
    }

    /** {@code from m import *} into the frame's namespace. */
    public static void importStar(Object module, Object frameLocals) {
        PyDict target = (PyDict) frameLocals;
        Object all = Ops.getAttrOrNull(module, "__all__");
        if (all != null) {
            Object it = Ops.iter(all);
            for (Object n = Ops.next(it); n != null; n = Ops.next(it)) {
                if (!(n instanceof String s)) throw Errors.typeError("Item in " + "__all__ must be str, not " + Ops.typeName(n));
                target.putStr(s, Ops.getAttr(module, s));
            }
            return;
        }
        PyDict d = ((PyModule) module).dict;
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
            if (d.keyAt(e) instanceof String s && !s.startsWith("_")) target.putStr(s, d.valueAt(e));
        }
    }
}
