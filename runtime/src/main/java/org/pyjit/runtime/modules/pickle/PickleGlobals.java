package org.pyjit.runtime.modules.pickle;

import static org.pyjit.runtime.modules.pickle.PickleOpcodes.*;

import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Objects pickled by reference (classes, functions, anything whose reduce value is a string): the
 * module is found from {@code __module__} or by searching {@code sys.modules}, the object is looked
 * up again by its (possibly dotted) qualified name, and written as EXT, STACK_GLOBAL or GLOBAL with
 * Python 2 names for protocols below 3. The unpickler's {@code find_class} is here too.
 */
final class PickleGlobals {
    private PickleGlobals() {}

    static Object codecsEncode() {
        return PickleModule.moduleAttr("codecs", "encode");
    }

    /** {@code save_type}: None's, Ellipsis's and NotImplemented's types by reduction, others by reference. */
    static void saveType(Pickler p, Object type) {
        Object singleton = type == BuiltinTypes.NONE_TYPE ? PyNone.NONE
                : type == BuiltinTypes.ELLIPSIS_TYPE ? BuiltinTypes.ELLIPSIS
                : type == BuiltinTypes.NOT_IMPLEMENTED_TYPE ? BuiltinTypes.NOT_IMPLEMENTED : null;
        if (singleton != null) {
            PickleReduction.saveReduce(p, PyTuple.of(BuiltinTypes.TYPE, PyTuple.of(singleton)), type);
            return;
        }
        saveGlobal(p, type, null);
    }

    static String[] dottedPath(String name, Object obj) {
        String[] parts = name.split("\\.", -1);
        for (String part : parts) {
            if (part.equals("<locals>")) {
                if (obj == null) throw Errors.attributeError("Can't pickle local object " + Ops.repr(name));
                throw Errors.attributeError("Can't pickle local attribute " + Ops.repr(name) + " on " + Ops.repr(obj));
            }
        }
        return parts;
    }

    /** The attribute at the end of {@code path}; {@code parent[0]} gets the object it was found on. */
    static Object deepAttribute(Object obj, String[] path, Object[] parent) {
        for (String name : path) {
            if (parent != null) parent[0] = obj;
            obj = Ops.getAttr(obj, name);
        }
        return obj;
    }

    private static Object whichModule(Object global, String[] path) {
        if (global instanceof org.pyjit.runtime.objects.PyType t) return t.moduleName(); // also right for builtin types
        Object module = Ops.getAttrOrNull(global, "__module__");
        if (module != null && module != PyNone.NONE) return module;
        PyDict modules = ImportSystem.modules();
        for (int e = modules.nextEntry(0); e >= 0; e = modules.nextEntry(e + 1)) {
            Object name = modules.keyAt(e), mod = modules.valueAt(e);
            if (mod == PyNone.NONE || "__main__".equals(name)) continue;
            try {
                if (deepAttribute(mod, path, null) == global) return name;
            } catch (PyException ex) {
                if (!ex.value.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) throw ex;
            }
        }
        return "__main__";
    }

    /** {@code save_global(obj, name)}: name null means the object's {@code __qualname__} (or {@code __name__}). */
    static void saveGlobal(Pickler p, Object obj, Object name) {
        Object globalName = name;
        if (globalName == null) {
            globalName = Ops.getAttrOrNull(obj, "__qualname__");
            if (globalName == null) globalName = Ops.getAttr(obj, "__name__");
        }
        if (!(globalName instanceof String gname)) throw Errors.typeError("expected str, got " + Ops.typeName(globalName));
        String[] path = dottedPath(gname, null);
        Object moduleName = whichModule(obj, path);
        Object module;
        try {
            module = PickleModule.importModule(moduleName);
        } catch (PyException e) {
            throw PickleModule.picklingError("Can't pickle " + Ops.repr(obj) + ": import of module " + Ops.repr(moduleName) + " failed");
        }
        String lastName = path[path.length - 1];
        Object[] parent = new Object[1];
        Object cls;
        try {
            cls = deepAttribute(module, path, parent);
        } catch (PyException e) {
            throw PickleModule.picklingError("Can't pickle " + Ops.repr(obj) + ": attribute lookup " + gname + " on " + Ops.str(moduleName) + " failed");
        }
        if (cls != obj) {
            throw PickleModule.picklingError("Can't pickle " + Ops.repr(obj) + ": it's not the same object as " + Ops.str(moduleName) + "." + gname);
        }
        if (p.proto >= 2) {
            Object code = extensionCode(moduleName, gname);
            if (code != null) {
                writeExtension(p, obj, code);
                return;
            }
        }
        Object written = parent[0] == module ? lastName : gname;
        if (p.proto >= 4) {
            p.save(moduleName, false);
            p.save(written, false);
            p.out.op(STACK_GLOBAL);
        } else if (parent[0] != module) {
            Object getattr = org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("getattr");
            PickleReduction.saveReduce(p, PyTuple.of(getattr, PyTuple.of(parent[0], lastName)), null);
        } else {
            Object mod = moduleName, nm = written;
            if (p.proto < 3 && p.fixImports) {
                Object[] fixed = reverseMapping(mod, nm);
                mod = fixed[0];
                nm = fixed[1];
            }
            p.out.op(GLOBAL);
            p.out.write(identifier(mod, p.proto, "module"));
            p.out.op('\n');
            p.out.write(identifier(nm, p.proto, "global"));
            p.out.op('\n');
        }
        p.memoize(obj);
    }

    private static Object extensionCode(Object moduleName, String name) {
        Object registry = PickleModule.moduleAttr("copyreg", "_extension_registry");
        if (registry instanceof PyDict d && d.size() == 0) return null;
        try {
            return Ops.getItem(registry, PyTuple.of(moduleName, name));
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    private static void writeExtension(Pickler p, Object obj, Object codeObj) {
        if (!(codeObj instanceof Long || codeObj instanceof java.math.BigInteger)) {
            throw PickleModule.picklingError("Can't pickle " + Ops.repr(obj) + ": extension code " + Ops.repr(codeObj) + " isn't an integer");
        }
        long code = codeObj instanceof Long l ? l : -1;
        if (code <= 0 || code > 0x7fffffffL) {
            throw PickleModule.picklingError("Can't pickle " + Ops.repr(obj) + ": extension code " + Ops.repr(codeObj) + " is out of range");
        }
        if (code <= 0xff) p.out.op(EXT1, (int) code);
        else if (code <= 0xffff) p.out.op2(EXT2, (int) code);
        else p.out.op4(EXT4, code);
    }

    private static byte[] identifier(Object text, int proto, String what) {
        String s = Ops.str(text);
        if (proto == 3) return PickleText.utf8(s);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                throw PickleModule.picklingError("can't pickle " + what + " identifier '" + s + "' using pickle protocol " + proto);
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Python 3 names to Python 2 names ({@code _compat_pickle.REVERSE_NAME_MAPPING} / {@code REVERSE_IMPORT_MAPPING}). */
    private static Object[] reverseMapping(Object module, Object name) {
        Object item = mapping("REVERSE_NAME_MAPPING", PyTuple.of(module, name));
        if (item != null) {
            if (!(item instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not " + Ops.typeName(item));
            }
            if (!(t.items[0] instanceof String) || !(t.items[1] instanceof String)) {
                throw Errors.typeError("_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ("
                        + Ops.typeName(t.items[0]) + ", " + Ops.typeName(t.items[1]) + ")");
            }
            return t.items;
        }
        item = mapping("REVERSE_IMPORT_MAPPING", module);
        if (item != null) {
            if (!(item instanceof String)) {
                throw Errors.typeError("_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not " + Ops.typeName(item));
            }
            return new Object[] {item, name};
        }
        return new Object[] {module, name};
    }

    private static Object mapping(String table, Object key) {
        Object m = PickleModule.moduleAttr("_compat_pickle", table);
        if (m instanceof PyDict d) return d.get(key);
        try {
            return Ops.getItem(m, key);
        } catch (PyException e) {
            if (e.value.type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) return null;
            throw e;
        }
    }

    /** {@code Unpickler.find_class(module_name, global_name)} of the C unpickler. */
    static Object findClass(int proto, boolean fixImports, Object moduleName, Object globalName) {
        if (proto < 3 && fixImports) {
            Object item = mapping("NAME_MAPPING", PyTuple.of(moduleName, globalName));
            if (item != null) {
                if (!(item instanceof PyTuple t) || t.items.length != 2) {
                    throw Errors.typeError("_compat_pickle.NAME_MAPPING values should be 2-tuples, not " + Ops.typeName(item));
                }
                if (!(t.items[0] instanceof String) || !(t.items[1] instanceof String)) {
                    throw Errors.typeError("_compat_pickle.NAME_MAPPING values should be pairs of str, not ("
                            + Ops.typeName(t.items[0]) + ", " + Ops.typeName(t.items[1]) + ")");
                }
                moduleName = t.items[0];
                globalName = t.items[1];
            } else {
                item = mapping("IMPORT_MAPPING", moduleName);
                if (item != null) {
                    if (!(item instanceof String)) {
                        throw Errors.typeError("_compat_pickle.IMPORT_MAPPING values should be strings, not " + Ops.typeName(item));
                    }
                    moduleName = item;
                }
            }
        }
        Object module = PickleModule.importModule(moduleName);
        if (proto >= 4) {
            if (!(globalName instanceof String g)) return Ops.getAttr(module, Ops.str(globalName));
            return deepAttribute(module, dottedPathForLoad(g, module), null);
        }
        Object attr = globalName instanceof String g ? Ops.getAttrOrNull(module, g) : null;
        if (attr == null) throw Errors.attributeError("Can't get attribute " + Ops.repr(globalName) + " on " + Ops.repr(module));
        return attr;
    }

    private static String[] dottedPathForLoad(String name, Object module) {
        return dottedPath(name, module);
    }
}
