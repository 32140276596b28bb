package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/** None, NotImplemented, Ellipsis, the module type, mappingproxy, object identity and class statements. */
class SingletonsAndModulesTest {
    static final CPython py = new CPython();

    static {
        TypeRegistry.bootstrap();
    }

    static final String SINGLETONS = py.probe("singletons", "(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ..., repr(None), repr(NotImplemented), repr(...), bool(None), repr(type(None)), repr(type(...)))");
    static final String NONE_ARGS = py.probe("none_args", "type(None)(1)");
    static final String NI_ARGS = py.probe("ni_args", "type(NotImplemented)(1)");
    static final String ELLIPSIS_ARGS = py.probe("ellipsis_args", "type(...)(1)");
    static final String NONE_BASE = py.probe("none_base", "type('X', (type(None),), {})");
    static final String REDUCE = py.probe("singleton_reduce", "(NotImplemented.__reduce__(), Ellipsis.__reduce__())");

    static final String MODULE = py.probe("module", "import types\nm = types.ModuleType('x')\n(repr(m), list(m.__dict__), m.__doc__)");
    static final String MODULE_DOC = py.probe("module_doc", "import types\ntypes.ModuleType('x', 'doc').__doc__");
    static final String MODULE_MISSING = py.probe("module_missing", "import types\ntypes.ModuleType('x').y");
    static final String MODULE_NONAME = py.probe("module_noname", "import types\nm = types.ModuleType('x')\ndel m.__name__\nm.y");
    static final String MODULE_ARGS = py.probe("module_args", "import types\ntypes.ModuleType()");
    static final String MODULE_ARG_TYPE = py.probe("module_arg_type", "import types\ntypes.ModuleType(1)");
    static final String MODULE_GETATTR = py.probe("module_getattr", "import types\nm = types.ModuleType('x')\nm.__getattr__ = lambda n: n * 2\n(m.ab, hasattr(m, '__getattr__'))");
    static final String MODULE_DIR = py.probe("module_dir", "import types\nm = types.ModuleType('x')\nsorted(m.__dir__())");
    static final String MODULE_FILE = py.probe("module_file", "import types\nm = types.ModuleType('x')\nm.__file__ = '/p/x.py'\nrepr(m)");
    static final String MODULE_LOADER = py.probe("module_loader", "import types\nm = types.ModuleType('x')\nm.__loader__ = 5\nrepr(m)");
    static final String MODULE_SPEC = py.probe("module_spec", "import sys\nrepr(sys)");
    static final String MODULE_DICT_RO = py.probe("module_dict_ro", "import types\nm = types.ModuleType('x')\nm.__dict__ = {}");
    static final String MODULE_CLASS = py.probe("module_class", "import types\nclass M(types.ModuleType): pass\nm = types.ModuleType('x')\nm.__class__ = M\ntype(m).__name__");

    static final String PROXY = py.probe("proxy", "class A:\n    x = 1\np = A.__dict__\n(type(p).__name__, p['x'], 'x' in p, p.get('y', 7), p.get('x'))");
    static final String PROXY_SET = py.probe("proxy_set", "class A: pass\nA.__dict__['x'] = 1");
    static final String PROXY_NEW = py.probe("proxy_new", "import types\ntypes.MappingProxyType([])");
    static final String PROXY_MISSING = py.probe("proxy_missing", "class A: pass\nA.__dict__['nope']");

    @Test
    void singletons() {
        assertEquals(py.get(SINGLETONS), run(() -> "(" + show(call(BuiltinTypes.NONE_TYPE) == PyNone.NONE) + ", "
                + show(call(BuiltinTypes.NOT_IMPLEMENTED_TYPE) == BuiltinTypes.NOT_IMPLEMENTED) + ", "
                + show(call(BuiltinTypes.ELLIPSIS_TYPE) == BuiltinTypes.ELLIPSIS) + ", " + Ops.repr(Ops.repr(PyNone.NONE)) + ", "
                + Ops.repr(Ops.repr(BuiltinTypes.NOT_IMPLEMENTED)) + ", " + Ops.repr(Ops.repr(BuiltinTypes.ELLIPSIS)) + ", "
                + show(Ops.isTrue(PyNone.NONE)) + ", " + Ops.repr(Ops.repr(BuiltinTypes.NONE_TYPE)) + ", "
                + Ops.repr(Ops.repr(BuiltinTypes.ELLIPSIS_TYPE)) + ")"));
        assertEquals(py.get(NONE_ARGS), run(() -> call(BuiltinTypes.NONE_TYPE, 1L)));
        assertEquals(py.get(NI_ARGS), run(() -> call(BuiltinTypes.NOT_IMPLEMENTED_TYPE, 1L)));
        assertEquals(py.get(ELLIPSIS_ARGS), run(() -> call(BuiltinTypes.ELLIPSIS_TYPE, 1L)));
        assertEquals(py.get(NONE_BASE), run(() -> cls("X", bases(BuiltinTypes.NONE_TYPE))));
        assertEquals(py.get(REDUCE), run(() -> "(" + Ops.repr(call(get(BuiltinTypes.NOT_IMPLEMENTED, "__reduce__"))) + ", "
                + Ops.repr(call(get(BuiltinTypes.ELLIPSIS, "__reduce__"))) + ")"));
        assertEquals(Ops.hash(PyNone.NONE), Ops.hash(PyNone.NONE));
    }

    private static String keys(PyDict d) {
        StringBuilder b = new StringBuilder("[");
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) b.append(b.length() > 1 ? ", " : "").append(Ops.repr(d.keyAt(e)));
        return b.append("]").toString();
    }

    @Test
    void modules() {
        PyType mt = BuiltinTypes.MODULE;
        assertEquals(py.get(MODULE), run(() -> {
            Object m = call(mt, "x");
            return "(" + Ops.repr(Ops.repr(m)) + ", " + keys((PyDict) get(m, "__dict__")) + ", " + show(get(m, "__doc__")) + ")";
        }));
        assertEquals(py.get(MODULE_DOC), run(() -> get(call(mt, "x", "doc"), "__doc__")));
        assertEquals(py.get(MODULE_MISSING), run(() -> get(call(mt, "x"), "y")));
        assertEquals(py.get(MODULE_NONAME), run(() -> {
            Object m = call(mt, "x");
            Ops.delAttr(m, "__name__");
            return get(m, "y");
        }));
        assertEquals(py.get(MODULE_ARGS), run(() -> call(mt)));
        assertEquals(py.get(MODULE_ARG_TYPE), run(() -> call(mt, 1L)));
        assertEquals(py.get(MODULE_GETATTR), run(() -> {
            Object m = call(mt, "x");
            Ops.setAttr(m, "__getattr__", fn("ga", a -> a[0] + "" + a[0]));
            return "(" + Ops.repr(get(m, "ab")) + ", " + show(Ops.getAttrOrNull(m, "__getattr__") != null) + ")";
        }));
        assertEquals(py.get(MODULE_DIR), run(() -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object n : Install.toArray(call(get(call(mt, "x"), "__dir__")))) names.add(Ops.repr(n));
            names.sort(null);
            return "[" + String.join(", ", names) + "]";
        }));
        assertEquals(py.get(MODULE_FILE), run(() -> {
            Object m = call(mt, "x");
            Ops.setAttr(m, "__file__", "/p/x.py");
            return Ops.repr(m);
        }));
        assertEquals(py.get(MODULE_LOADER), run(() -> {
            Object m = call(mt, "x");
            Ops.setAttr(m, "__loader__", 5L);
            return Ops.repr(m);
        }));
        assertEquals(py.get(MODULE_SPEC), run(() -> {
            // what the import system gives a builtin module: a spec with origin 'built-in' and no location
            PyModule sys = new PyModule("sys");
            PyType specType = cls("ModuleSpec", bases());
            Object spec = call(specType);
            Ops.setAttr(spec, "name", "sys");
            Ops.setAttr(spec, "origin", "built-in");
            Ops.setAttr(spec, "has_location", false);
            sys.dict.putStr("__spec__", spec);
            return Ops.repr(sys);
        }));
        assertEquals(py.get(MODULE_DICT_RO), run(() -> {
            Ops.setAttr(call(mt, "x"), "__dict__", new PyDict());
            return null;
        }));
        PyType sub = cls("M", bases(mt));
        assertEquals(py.get(MODULE_CLASS), run(() -> {
            Object m = call(mt, "x");
            Ops.setAttr(m, "__class__", sub);
            return Ops.typeName(m);
        }));
        PyModule plain = new PyModule("m");
        plain.dict.putStr("v", 1L);
        assertEquals(1L, get(plain, "v"));
        assertEquals("EXC AttributeError: module 'm' has no attribute 'w'", run(() -> get(plain, "w")));
    }

    @Test
    void mappingProxy() {
        PyType a = cls("A", bases(), "x", 1L);
        assertEquals(py.get(PROXY), run(() -> {
            Object p = get(a, "__dict__");
            return "(" + Ops.repr(Ops.typeName(p)) + ", " + show(Ops.getItem(p, "x")) + ", " + show(Ops.contains(p, "x")) + ", "
                    + show(call(get(p, "get"), "y", 7L)) + ", " + show(call(get(p, "get"), "x")) + ")";
        }));
        assertEquals(py.get(PROXY_SET), run(() -> {
            Ops.setItem(get(a, "__dict__"), "x", 1L);
            return null;
        }));
        assertEquals(py.get(PROXY_NEW), run(() -> call(BuiltinTypes.MAPPINGPROXY, new PyList())));
        assertEquals(py.get(PROXY_MISSING), run(() -> Ops.getItem(get(a, "__dict__"), "nope")));
        assertEquals((long) a.namespace.size(), Ops.len(get(a, "__dict__")));
    }

    @Test
    void identity() {
        PyType plain = cls("P", bases());
        Object a = call(plain), b = call(plain);
        long ia = ObjectIdentity.id(a);
        assertEquals(ia, ObjectIdentity.id(a));
        assertNotEquals(ia, ObjectIdentity.id(b));
        assertEquals(0, ia % 16);
        assertEquals(ObjectIdentity.id(5L), ObjectIdentity.id(Long.valueOf(5L)));
        assertEquals(ObjectIdentity.id(Boolean.TRUE), ObjectIdentity.id(true));
        assertNotEquals(ObjectIdentity.id(true), ObjectIdentity.id(false));
        assertEquals(ia >> 4, ObjectIdentity.hash(a));
        assertEquals(ObjectIdentity.hash(a), Ops.hash(a));
    }

    @Test
    void classStatements() {
        // class K(A, metaclass=Meta, flag=1): body — with __prepare__, __init_subclass__ and the __class__ cell
        StringBuilder log = new StringBuilder();
        PyType meta = cls("Meta", bases(BuiltinTypes.TYPE),
                "__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", null, (x, kw) -> {
                    log.append("prepare ").append(x[1]).append(" kw=").append(kw == null ? "-" : String.join(",", kw)).append(';');
                    return new PyDict();
                })));
        PyType a = cls("A", bases(), "__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null,
                (x, kw) -> {
                    log.append("init_subclass ").append(((PyType) x[0]).name).append(" kw=").append(kw == null ? "-" : String.join(",", kw)).append(';');
                    return PyNone.NONE;
                })));
        PyCell cell = new PyCell(null);
        Object k = ClassBuilder.build(ns -> {
            Ops.setItem(ns, "__module__", "__main__");
            Ops.setItem(ns, "__qualname__", "K");
            Ops.setItem(ns, "__classcell__", cell);
            return cell;
        }, "K", new Object[] {a}, new String[] {"metaclass", "flag"}, new Object[] {meta, 1L});
        assertEquals("prepare K kw=flag;init_subclass K kw=flag;", log.toString());
        assertSame(meta, Ops.typeOf(k));
        assertSame(k, cell.value);
        assertEquals("<class '__main__.K'>", Ops.repr(k));
        // a body that drops __classcell__ is caught
        assertEquals("EXC RuntimeError: __class__ not set defining 'L' as <class '__main__.L'>. Was __classcell__ propagated to type.__new__?",
                run(() -> ClassBuilder.build(ns -> {
                    Ops.setItem(ns, "__module__", "__main__");
                    return new PyCell(null);
                }, "L", new Object[0], null, null)));
        // __mro_entries__ of a non-class base, with __orig_bases__ recorded
        PyType entriesOwner = cls("Alias", bases(), "__mro_entries__", method("__mro_entries__", x -> PyTuple.of(a)));
        Object alias = call(entriesOwner);
        Object n = ClassBuilder.build(ns -> null, "N", new Object[] {alias}, null, null);
        assertEquals("N A object", names(get(n, "__mro__")));
        assertSame(alias, ((PyTuple) get(n, "__orig_bases__")).items[0]);
    }
}
