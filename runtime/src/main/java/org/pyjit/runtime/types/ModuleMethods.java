package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.BuiltinTypes.MODULE;

import java.util.LinkedHashSet;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Attributes;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code module} type: {@code types.ModuleType(name, doc=None)}, attribute lookup with the
 * module-level {@code __getattr__} of PEP 562 and CPython's messages (also "partially initialized
 * module" while a module's spec says it is initializing), {@code __dict__}, {@code __dir__}
 * (honouring a module-level {@code __dir__}), {@code __annotations__} and the repr importlib gives
 * ({@code <module 'x' from '/p/x.py'>}, {@code <module 'sys' (built-in)>} through the spec).
 * {@code mappingproxy} is in {@link MappingProxyMethods}.
 */
final class ModuleMethods {
    private ModuleMethods() {}

    private static final String[] INIT_PARAMS = {"name", "doc"};

    static void install() {
        PyType t = MODULE;
        t.instancesHaveDict = true;
        t.instanceFactory = cls -> {
            PyModule m = new PyModule("?", new PyDict());
            m.dict.clear();
            m.type = cls;
            return m;
        };
        Install.constructor(t, (a, kw) -> ObjectMethods.newInstance((PyType) a[0]));
        Install.methodKw(t, "__init__", ModuleMethods::init);
        Install.method(t, "__getattribute__", 1, 1, a -> getAttribute((PyModule) a[0], ObjectMethods.attributeName(a[1])));
        Install.readonly(t, "__dict__", o -> ((PyModule) o).dict);
        Install.method(t, "__dir__", 0, 0, a -> dir((PyModule) a[0]));
        Install.method(t, "__repr__", 0, 0, a -> repr((PyModule) a[0]));
        Install.getset(t, "__annotations__", o -> {
            PyDict d = ((PyModule) o).dict;
            Object ann = d.getStr("__annotations__");
            if (ann == null) {
                ann = new PyDict();
                d.putStr("__annotations__", ann);
            }
            return ann;
        }, (o, v) -> {
            PyDict d = ((PyModule) o).dict;
            if (v != null) d.putStr("__annotations__", v);
            else if (!d.removeStr("__annotations__")) throw Errors.attributeError("__annotations__");
        });
        MappingProxyMethods.install();
    }

    private static Object init(Object[] a, String[] kw) {
        Object[] v = new ArgParser("module", INIT_PARAMS, 0, 2, 1).parse(a, kw, 1);
        if (Install.asString(v[0]) == null) throw Errors.typeError("module() argument 'name' must be str, not " + Ops.typeName(v[0]));
        PyDict d = ((PyModule) a[0]).dict;
        d.putStr("__name__", v[0]);
        d.putStr("__doc__", v[1] == null ? PyNone.NONE : v[1]);
        d.putStr("__package__", PyNone.NONE);
        d.putStr("__loader__", PyNone.NONE);
        d.putStr("__spec__", PyNone.NONE);
        return PyNone.NONE;
    }

    /** module.__getattribute__: generic lookup, then the module's {@code __getattr__}, then CPython's message. */
    static Object getAttribute(PyModule m, String name) {
        Object r = Attributes.genericGetOrNull(m, m.type, name);
        if (r != null) return r;
        Object hook = m.dict.getStr("__getattr__");
        if (hook != null) return Ops.call(hook, name);
        Object modName = m.dict.getStr("__name__");
        String n = Install.asString(modName);
        if (n == null) throw Errors.attributeError("module has no attribute '" + name + "'", m, name);
        Object spec = m.dict.getStr("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            Object initializing = Ops.getAttrOrNull(spec, "_initializing");
            if (initializing != null && Ops.isTrue(initializing)) {
                throw Errors.attributeError("partially initialized module '" + n + "' has no attribute '" + name
                        + "' (most likely due to a circular import)", m, name);
            }
        }
        throw Errors.attributeError("module '" + n + "' has no attribute '" + name + "'", m, name);
    }

    private static Object dir(PyModule m) {
        Object custom = m.dict.getStr("__dir__");
        if (custom != null) return Ops.call(custom);
        Set<String> names = new LinkedHashSet<>();
        for (int e = m.dict.nextEntry(0); e >= 0; e = m.dict.nextEntry(e + 1)) {
            String k = Install.asString(m.dict.keyAt(e));
            if (k != null) names.add(k);
        }
        return ObjectMethods.toList(names);
    }

    /** importlib's _module_repr: from the spec when there is one, else from {@code __file__} and the loader. */
    static String repr(PyModule m) {
        PyDict d = m.dict;
        Object spec = d.getStr("__spec__");
        Object loader = d.getStr("__loader__");
        if (spec != null && spec != PyNone.NONE) return reprFromSpec(spec);
        Object nameObj = d.getStr("__name__");
        String name = nameObj == null ? "'?'" : Ops.repr(nameObj);
        Object file = d.getStr("__file__");
        if (file != null) return "<module " + name + " from " + Ops.repr(file) + ">";
        if (loader == null || loader == PyNone.NONE) return "<module " + name + ">";
        return "<module " + name + " (" + Ops.repr(loader) + ")>";
    }

    private static String reprFromSpec(Object spec) {
        Object nameObj = Ops.getAttrOrNull(spec, "name");
        String name = nameObj == null ? "'?'" : Ops.repr(nameObj);
        Object origin = Ops.getAttrOrNull(spec, "origin");
        if (origin == null || origin == PyNone.NONE) {
            Object loader = Ops.getAttrOrNull(spec, "loader");
            if (loader == null || loader == PyNone.NONE) return "<module " + name + ">";
            return "<module " + name + " (" + Ops.repr(loader) + ")>";
        }
        Object hasLocation = Ops.getAttrOrNull(spec, "has_location");
        if (hasLocation != null && Ops.isTrue(hasLocation)) return "<module " + name + " from " + Ops.repr(origin) + ">";
        return "<module " + name + " (" + Ops.str(origin) + ")>";
    }
}
