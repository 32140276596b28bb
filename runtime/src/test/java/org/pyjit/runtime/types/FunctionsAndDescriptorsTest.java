package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/** Functions, code objects, cells, bound methods, builtin callables, property, staticmethod, classmethod. */
class FunctionsAndDescriptorsTest {
    static final CPython py = new CPython();

    private static final String F = "def f(a, b=2, *, c=3):\n    'doc'\n    return a\n";
    static final String F_ATTRS = py.probe("f_attrs", F + "(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__defaults__, f.__closure__, len(f.__dict__))");
    static final String F_KWDEFAULTS = py.probe("f_kwdefaults", F + "f.__kwdefaults__['c']");
    static final String SET_DEFAULTS = py.probe("set_defaults", F + "f.__defaults__ = 1");
    static final String SET_KWDEFAULTS = py.probe("set_kwdefaults", F + "f.__kwdefaults__ = 1");
    static final String SET_NAME = py.probe("set_fname", F + "f.__name__ = 1");
    static final String SET_QUALNAME = py.probe("set_fqualname", F + "f.__qualname__ = 1");
    static final String SET_ANN = py.probe("set_ann", F + "f.__annotations__ = 1");
    static final String SET_CODE = py.probe("set_code", F + "f.__code__ = 1");
    static final String SET_GLOBALS = py.probe("set_globals", F + "f.__globals__ = 1");
    static final String DEL_NAME = py.probe("del_name", F + "del f.__name__");
    static final String DEL_DEFAULTS = py.probe("del_defaults", F + "del f.__defaults__\nf.__defaults__");
    static final String FN_ATTR = py.probe("fn_attr", F + "f.x = 5\nf.__wrapped__ = 7\n(f.x, f.__dict__['__wrapped__'])");
    static final String GET_NONE = py.probe("get_none", F + "f.__get__(None)");
    static final String GET_CLS = py.probe("get_cls", F + "f.__get__(None, int) is f");
    static final String CODE = py.probe("code", F + "c = f.__code__\n(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_freevars, c.co_cellvars, c.co_flags, c.co_firstlineno, c.co_filename, c.co_nlocals, f.__code__ is f.__code__)");
    static final String CELL = py.probe("cell", "import types\nc = types.CellType(5)\nv = c.cell_contents\nc.cell_contents = 6\nw = c.cell_contents\ndel c.cell_contents\n(v, w, repr(c)[-8:])");
    static final String CELL_EMPTY = py.probe("cell_empty", "import types\ntypes.CellType().cell_contents");
    static final String CELL_ARGS = py.probe("cell_args", "import types\ntypes.CellType(1, 2)");

    private static final String PM = """
            class A:
                def m(self): pass
            a = A()
            """;
    static final String METHOD = py.probe("method", PM + "(a.m == a.m, a.m is a.m, hash(a.m) == hash(a.m), a.m == A().m, a.m.__self__ is a, a.m.__name__, a.m.__qualname__, a.m.__doc__)");
    static final String METHOD_REPR = py.probe("method_repr", PM + "r = repr(a.m)\nr[:28] + '|' + str(r == '<bound method A.m of ' + repr(a) + '>')");
    static final String METHOD_MISSING = py.probe("method_missing", PM + "a.m.foo");
    static final String METHOD_SET = py.probe("method_set", PM + "a.m.foo = 1");
    static final String METHOD_NEW = py.probe("method_new", "import types\n(types.MethodType(len, 1).__self__, types.MethodType(len, 1).__func__ is len)");
    static final String METHOD_NEW_NONE = py.probe("method_new_none", "import types\ntypes.MethodType(len, None)");
    static final String METHOD_NEW_NC = py.probe("method_new_nc", "import types\ntypes.MethodType(1, 2)");
    static final String BUILTIN_REPR = py.probe("builtin_repr", "(repr(len), len.__name__, len.__qualname__, len.__module__, repr(list.__dict__['append'].__get__(None, list))[:22])");
    static final String DESCR_GET_BAD = py.probe("descr_get_bad", "list.__dict__['append'].__get__(1)");
    static final String GETSET_REPR = py.probe("getset_repr", "(repr(type.__dict__['__name__']), type(type.__dict__['__name__']).__name__, type.__dict__['__name__'].__get__(int), type.__dict__['__name__'].__get__(None, int) is type.__dict__['__name__'])");
    static final String GETSET_BAD = py.probe("getset_bad", "type.__dict__['__name__'].__get__(1)");
    static final String GETSET_RO = py.probe("getset_ro", "type.__dict__['__base__'].__set__(int, 1)");

    private static final String PROP = """
            class A:
                def g(self):
                    'getter doc'
                    return 1
                p = property(g)
                q = property(None)
            a = A()
            """;
    static final String PROP_BASIC = py.probe("prop_basic", PROP + "(a.p, A.p.__get__(None, A) is A.p, A.p.__get__(a), A.p.__doc__, A.p.fset, A.q.__doc__)");
    static final String PROP_NO_SETTER = py.probe("prop_no_setter", PROP + "a.p = 2");
    static final String PROP_NO_DELETER = py.probe("prop_no_deleter", PROP + "del a.p");
    static final String PROP_NO_GETTER = py.probe("prop_no_getter", PROP + "a.q");
    static final String PROP_SET_DIRECT = py.probe("prop_set_direct", PROP + "A.p.__set__(a, 2)");
    static final String PROP_KW = py.probe("prop_kw", "property(1, x=2)");
    static final String PROP_MANY = py.probe("prop_many", "property(1, 2, 3, 4, 5)");
    static final String PROP_ARGS = py.probe("prop_args", "p = property(1, 2, 3, 4)\n(p.fget, p.fset, p.fdel, p.__doc__)");
    static final String PROP_COPY = py.probe("prop_copy", PROP + "x = A.p.setter(len)\n(type(x).__name__, x.fget is A.g, x.fset is len, x.__doc__, x is A.p)");
    static final String PROP_COPY_DOC = py.probe("prop_copy_doc", PROP + "def h(s):\n    'h doc'\nx = A.p.getter(h)\nx.__doc__");
    static final String PROP_ABSTRACT = py.probe("prop_abstract", "property(None).__isabstractmethod__");

    static final String SM = py.probe("sm", F + "s = staticmethod(f)\n(s.__func__ is f, s.__wrapped__ is f, s.__doc__, s.__name__, s.__qualname__, s(1), sorted(s.__dict__))");
    static final String SM_ARGS = py.probe("sm_args", "staticmethod()");
    static final String SM_ARGS2 = py.probe("sm_args2", "staticmethod(1, 2)");
    static final String SM_KW = py.probe("sm_kw", "staticmethod(len, x=1)");
    static final String SM_GET_NONE = py.probe("sm_get_none", "staticmethod(len).__get__(None)");
    static final String SM_REPR = py.probe("sm_repr", "repr(staticmethod(len)) + ' ' + repr(classmethod(len))");
    static final String CM = py.probe("cm", "class A: pass\nb = classmethod(len).__get__(A())\n(b.__self__ is A, b.__func__ is len)");
    static final String CM_NOT_CALLABLE = py.probe("cm_call", "classmethod(len)(1)");

    private static CodeObject code() {
        return new CodeObject("f", "f", "x.py", 1, 2, 0, 1, CodeObject.OPTIMIZED | CodeObject.NEWLOCALS,
                new String[] {"a", "b", "c"}, new String[0], new String[0], new String[0], new Object[] {"doc"}, 3, new int[0],
                new int[0], new int[0], new int[0], new int[0], "doc");
    }

    /** What {@code def f(a, b=2, *, c=3): 'doc'} makes (the compiler's part done by hand). */
    private static PyFunction f() {
        PyDict globals = new PyDict();
        globals.putStr("__name__", "__main__");
        PyDict kw = new PyDict();
        kw.putStr("c", 3L);
        PyFunction f = new PyFunction(code(), globals, new Object[] {2L}, kw, null);
        f.doc = "doc";
        return f;
    }

    private static String stmt(Runnable r) {
        return run(() -> {
            r.run();
            return null;
        });
    }

    @Test
    void functionAttributes() {
        PyFunction f = f();
        assertEquals(py.get(F_ATTRS), run(() -> "(" + Ops.repr(get(f, "__name__")) + ", " + Ops.repr(get(f, "__qualname__")) + ", "
                + Ops.repr(get(f, "__module__")) + ", " + Ops.repr(get(f, "__doc__")) + ", " + ExceptionMethods.tupleRepr(((PyTuple) get(f, "__defaults__")).items)
                + ", " + show(get(f, "__closure__")) + ", " + ((PyDict) get(f, "__dict__")).size() + ")"));
        assertEquals(py.get(F_KWDEFAULTS), run(() -> ((PyDict) get(f, "__kwdefaults__")).getStr("c")));
        assertEquals(py.get(SET_DEFAULTS), stmt(() -> Ops.setAttr(f(), "__defaults__", 1L)));
        assertEquals(py.get(SET_KWDEFAULTS), stmt(() -> Ops.setAttr(f(), "__kwdefaults__", 1L)));
        assertEquals(py.get(SET_NAME), stmt(() -> Ops.setAttr(f(), "__name__", 1L)));
        assertEquals(py.get(SET_QUALNAME), stmt(() -> Ops.setAttr(f(), "__qualname__", 1L)));
        assertEquals(py.get(SET_ANN), stmt(() -> Ops.setAttr(f(), "__annotations__", 1L)));
        assertEquals(py.get(SET_CODE), stmt(() -> Ops.setAttr(f(), "__code__", 1L)));
        assertEquals(py.get(SET_GLOBALS), stmt(() -> Ops.setAttr(f(), "__globals__", 1L)));
        assertEquals(py.get(DEL_NAME), stmt(() -> Ops.delAttr(f(), "__name__")));
        assertEquals(py.get(DEL_DEFAULTS), run(() -> {
            PyFunction g = f();
            Ops.delAttr(g, "__defaults__");
            return get(g, "__defaults__");
        }));
        assertEquals(py.get(FN_ATTR), run(() -> {
            PyFunction g = f();
            Ops.setAttr(g, "x", 5L);
            Ops.setAttr(g, "__wrapped__", 7L);
            return "(" + show(get(g, "x")) + ", " + show(((PyDict) get(g, "__dict__")).getStr("__wrapped__")) + ")";
        }));
        assertEquals(py.get(GET_NONE), run(() -> call(get(f, "__get__"), PyNone.NONE)));
        assertEquals(py.get(GET_CLS), run(() -> call(get(f, "__get__"), PyNone.NONE, BuiltinTypes.INT) == f));
        assertEquals("<function f at " + ObjectIdentity.address(f) + ">", Ops.repr(f));
        PyBoundMethod bm = (PyBoundMethod) call(get(f, "__get__"), 1L);
        assertSame(f, bm.function);
    }

    @Test
    void codeObjects() {
        PyFunction f = f();
        assertEquals(py.get(CODE), run(() -> {
            Object c = get(f, "__code__");
            StringBuilder b = new StringBuilder("(");
            String[] attrs = {"co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount"};
            for (String a : attrs) b.append(show(Ops.repr(get(c, a)))).append(", ");
            b.append(ExceptionMethods.tupleRepr(((PyTuple) get(c, "co_varnames")).items)).append(", ");
            b.append(ExceptionMethods.tupleRepr(((PyTuple) get(c, "co_freevars")).items)).append(", ");
            b.append(ExceptionMethods.tupleRepr(((PyTuple) get(c, "co_cellvars")).items)).append(", ");
            b.append(Ops.repr(get(c, "co_flags"))).append(", ").append(Ops.repr(get(c, "co_firstlineno"))).append(", ");
            return b.append("'<string>', ").append(Ops.repr(get(c, "co_nlocals"))).append(", ")
                    .append(show(get(f, "__code__") == get(f, "__code__"))).append(")").toString();
        }).replace("'<string>'", "'<string>'"));
        assertEquals("x.py", get(get(f, "__code__"), "co_filename"));
        String r = Ops.repr(get(f, "__code__"));
        assertTrue(r.startsWith("<code object f at 0x") && r.endsWith(", file \"x.py\", line 1>"), r);
    }

    @Test
    void cells() {
        PyType cellType = BuiltinTypes.CELL;
        assertEquals(py.get(CELL), run(() -> {
            Object c = call(cellType, 5L);
            Object v = get(c, "cell_contents");
            Ops.setAttr(c, "cell_contents", 6L);
            Object w = get(c, "cell_contents");
            Ops.delAttr(c, "cell_contents");
            String r = Ops.repr(c);
            return "(" + show(v) + ", " + show(w) + ", " + Ops.repr(r.substring(r.length() - 8)) + ")";
        }));
        assertEquals(py.get(CELL_EMPTY), run(() -> get(call(cellType), "cell_contents")));
        assertEquals(py.get(CELL_ARGS), run(() -> call(cellType, 1L, 2L)));
    }

    @Test
    void boundMethods() {
        PyFunction m = f();
        m.name = "m";
        m.qualname = "A.m";
        m.doc = PyNone.NONE;
        PyType a = cls("A", bases(), "m", m);
        Object inst = call(a);
        assertEquals(py.get(METHOD), run(() -> {
            Object m1 = get(inst, "m"), m2 = get(inst, "m");
            return "(" + show(Ops.eq(m1, m2)) + ", " + show(m1 == m2) + ", " + show(Ops.hash(m1) == Ops.hash(m2)) + ", "
                    + show(Ops.eq(m1, get(call(a), "m"))) + ", " + show(get(m1, "__self__") == inst) + ", "
                    + Ops.repr(get(m1, "__name__")) + ", " + Ops.repr(get(m1, "__qualname__")) + ", " + show(get(m1, "__doc__")) + ")";
        }));
        assertEquals(py.get(METHOD_REPR), run(() -> {
            String r = Ops.repr(get(inst, "m"));
            return r.substring(0, 28) + "|" + show(r.equals("<bound method A.m of " + Ops.repr(inst) + ">"));
        }));
        assertEquals(py.get(METHOD_MISSING), run(() -> get(get(inst, "m"), "foo")));
        assertEquals(py.get(METHOD_SET), stmt(() -> Ops.setAttr(get(inst, "m"), "foo", 1L)));
        PyBuiltinFunction len = fn("len", x -> 0L);
        assertEquals(py.get(METHOD_NEW), run(() -> "(" + show(get(call(BuiltinTypes.METHOD, len, 1L), "__self__")) + ", "
                + show(get(call(BuiltinTypes.METHOD, len, 1L), "__func__") == len) + ")"));
        assertEquals(py.get(METHOD_NEW_NONE), run(() -> call(BuiltinTypes.METHOD, len, PyNone.NONE)));
        assertEquals(py.get(METHOD_NEW_NC), run(() -> call(BuiltinTypes.METHOD, 1L, 2L)));
    }

    @Test
    void builtinCallablesAndGetsets() {
        PyBuiltinFunction len = new PyBuiltinFunction("len", "builtins", (x, kw) -> 0L);
        PyMethodDescriptor append = PyMethodDescriptor.positional(BuiltinTypes.LIST, "append", 1, 1, x -> PyNone.NONE);
        assertEquals(py.get(BUILTIN_REPR), run(() -> "(" + Ops.repr(Ops.repr(len)) + ", " + Ops.repr(get(len, "__name__")) + ", "
                + Ops.repr(get(len, "__qualname__")) + ", " + Ops.repr(get(len, "__module__")) + ", "
                + Ops.repr(Ops.repr(call(get(append, "__get__"), PyNone.NONE, BuiltinTypes.LIST)).substring(0, 22)) + ")"));
        assertEquals(py.get(DESCR_GET_BAD), run(() -> call(get(append, "__get__"), 1L)));
        PyList l = new PyList();
        String r = Ops.repr(call(get(append, "__get__"), l));
        assertEquals("<built-in method append of list object at " + ObjectIdentity.address(l) + ">", r);
        Object nameDescr = BuiltinTypes.TYPE.namespace.getStr("__name__");
        assertEquals(py.get(GETSET_REPR), run(() -> "(" + Ops.repr(Ops.repr(nameDescr)) + ", " + Ops.repr(Ops.typeName(nameDescr)) + ", "
                + Ops.repr(call(get(nameDescr, "__get__"), BuiltinTypes.INT)) + ", "
                + show(call(get(nameDescr, "__get__"), PyNone.NONE, BuiltinTypes.INT) == nameDescr) + ")"));
        assertEquals(py.get(GETSET_BAD), run(() -> call(get(nameDescr, "__get__"), 1L)));
        assertEquals(py.get(GETSET_RO), run(() -> call(get(BuiltinTypes.TYPE.namespace.getStr("__base__"), "__set__"), BuiltinTypes.INT, 1L)));
    }

    @Test
    void properties() {
        PyBuiltinFunction g = fn("g", x -> 1L);
        Object getterDoc = "getter doc";
        PyType a = cls("A", bases(), "g", g);
        // a builtin stand-in has no settable __doc__, so the getter's doc comes in through doc=
        Object p = callKw(BuiltinTypes.PROPERTY, new Object[] {g, getterDoc}, "doc");
        Object q = call(BuiltinTypes.PROPERTY, PyNone.NONE);
        Ops.setAttr(a, "p", p);
        Ops.setAttr(a, "q", q);
        Ops.callDescriptor(Ops.typeOf(p).lookup("__set_name__"), p, new Object[] {a, "p"});
        Ops.callDescriptor(Ops.typeOf(q).lookup("__set_name__"), q, new Object[] {a, "q"});
        Object inst = call(a);
        assertEquals(py.get(PROP_BASIC), run(() -> "(" + show(get(inst, "p")) + ", " + show(call(get(p, "__get__"), PyNone.NONE, a) == p)
                + ", " + show(call(get(p, "__get__"), inst)) + ", " + Ops.repr(get(p, "__doc__")) + ", " + show(get(p, "fset")) + ", "
                + show(get(q, "__doc__")) + ")"));
        assertEquals(py.get(PROP_NO_SETTER), stmt(() -> Ops.setAttr(inst, "p", 2L)));
        assertEquals(py.get(PROP_NO_DELETER), stmt(() -> Ops.delAttr(inst, "p")));
        assertEquals(py.get(PROP_NO_GETTER), run(() -> get(inst, "q")));
        assertEquals(py.get(PROP_SET_DIRECT), run(() -> call(get(p, "__set__"), inst, 2L)));
        assertEquals(py.get(PROP_KW), run(() -> callKw(BuiltinTypes.PROPERTY, new Object[] {1L, 2L}, "x")));
        assertEquals(py.get(PROP_MANY), run(() -> call(BuiltinTypes.PROPERTY, 1L, 2L, 3L, 4L, 5L)));
        assertEquals(py.get(PROP_ARGS), run(() -> {
            Object x = call(BuiltinTypes.PROPERTY, 1L, 2L, 3L, 4L);
            return ExceptionMethods.tupleRepr(new Object[] {get(x, "fget"), get(x, "fset"), get(x, "fdel"), get(x, "__doc__")});
        }));
        PyBuiltinFunction len = fn("len", x -> 0L);
        assertEquals(py.get(PROP_COPY), run(() -> {
            Object x = call(get(p, "setter"), len);
            return "(" + Ops.repr(Ops.typeName(x)) + ", " + show(get(x, "fget") == g) + ", " + show(get(x, "fset") == len) + ", "
                    + Ops.repr(get(x, "__doc__")) + ", " + show(x == p) + ")";
        }));
        assertEquals(py.get(PROP_ABSTRACT), run(() -> get(call(BuiltinTypes.PROPERTY, PyNone.NONE), "__isabstractmethod__")));
        // setter through a data descriptor and deleter through the instance protocol
        StringBuilder log = new StringBuilder();
        Object rw = call(BuiltinTypes.PROPERTY, g, fn("set", x -> {
            log.append("set ").append(x[1]).append(';');
            return PyNone.NONE;
        }), fn("del", x -> {
            log.append("del;");
            return PyNone.NONE;
        }));
        Ops.setAttr(a, "rw", rw);
        Ops.setAttr(inst, "rw", 9L);
        Ops.delAttr(inst, "rw");
        assertEquals("set 9;del;", log.toString());
    }

    @Test
    void staticAndClassMethods() {
        PyFunction f = f();
        assertEquals(py.get(SM_ARGS), run(() -> call(BuiltinTypes.STATICMETHOD)));
        assertEquals(py.get(SM_ARGS2), run(() -> call(BuiltinTypes.STATICMETHOD, 1L, 2L)));
        PyBuiltinFunction len = new PyBuiltinFunction("len", "builtins", (x, kw) -> 0L);
        assertEquals(py.get(SM_KW), run(() -> callKw(BuiltinTypes.STATICMETHOD, new Object[] {len, 1L}, "x")));
        assertEquals(py.get(SM_GET_NONE), run(() -> call(get(call(BuiltinTypes.STATICMETHOD, len), "__get__"), PyNone.NONE)));
        assertEquals(py.get(SM_REPR), run(() -> Ops.repr(call(BuiltinTypes.STATICMETHOD, len)) + " " + Ops.repr(call(BuiltinTypes.CLASSMETHOD, len))));
        Object s = call(BuiltinTypes.STATICMETHOD, f);
        String expected = py.get(SM);
        // compare all but the call result (calling a Python function needs the interpreter)
        assertTrue(expected.startsWith("OK (True, True, 'doc', 'f', 'f', "), expected);
        assertSame(f, get(s, "__func__"));
        assertSame(f, get(s, "__wrapped__"));
        assertEquals("doc", get(s, "__doc__"));
        assertEquals("f", get(s, "__name__"));
        assertEquals("f", get(s, "__qualname__"));
        assertTrue(expected.endsWith(", ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__'])"), expected);
        PyDict d = (PyDict) get(s, "__dict__");
        for (String k : new String[] {"__annotations__", "__doc__", "__module__", "__name__", "__qualname__"}) assertNotNull(d.getStr(k), k);
        assertEquals(5, d.size());
        PyType a = cls("A", bases());
        assertEquals(py.get(CM), run(() -> {
            Object b = call(get(call(BuiltinTypes.CLASSMETHOD, len), "__get__"), call(a));
            return "(" + show(get(b, "__self__") == a) + ", " + show(get(b, "__func__") == len) + ")";
        }));
        assertEquals(py.get(CM_NOT_CALLABLE), run(() -> call(call(BuiltinTypes.CLASSMETHOD, len), 1L)));
    }
}
