package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/** {@code type(name, bases, ns)}: MRO, layout and base checks, namespace handling, slots. */
class TypeCreationTest {
    static final CPython py = new CPython();

    private static PyType A, B, C, D;

    static {
        TypeRegistry.bootstrap();
        A = cls("A", bases());
        B = cls("B", bases(A));
        C = cls("C", bases(A));
        D = cls("D", bases(B, C));
    }

    private static final String DIAMOND = """
            A = type('A', (), {}); B = type('B', (A,), {}); C = type('C', (A,), {}); D = type('D', (B, C), {})
            """;

    @Test
    void diamondMro() {
        String k = py.probe("diamond", DIAMOND + "' '.join(c.__name__ for c in D.__mro__)");
        assertEquals(py.get(k), run(() -> names(get(D, "__mro__"))));
        String k2 = py.probe("diamond_mro_method", DIAMOND + "' '.join(c.__name__ for c in D.mro())");
        assertEquals(py.get(k2), run(() -> names(Ops.call(get(D, "mro")))));
    }

    @Test
    void textbookC3() {
        // the example of "The Python 2.3 Method Resolution Order"
        String src = """
                O = object
                F = type('F', (O,), {}); E = type('E', (O,), {}); Dd = type('Dd', (O,), {})
                Cc = type('Cc', (Dd, F), {}); Bb = type('Bb', (Dd, E), {}); Aa = type('Aa', (Bb, Cc), {})
                ' '.join(c.__name__ for c in Aa.__mro__)""";
        String k = py.probe("c3", src);
        PyType o = BuiltinTypes.OBJECT;
        PyType f = cls("F", bases(o)), e = cls("E", bases(o)), d = cls("Dd", bases(o));
        PyType c = cls("Cc", bases(d, f)), b = cls("Bb", bases(d, e)), a = cls("Aa", bases(b, c));
        assertEquals(py.get(k), run(() -> names(get(a, "__mro__"))));
    }

    @Test
    void inconsistentMro() {
        String k = py.probe("mro_err", "X = type('X', (), {}); Y = type('Y', (X,), {})\ntype('Z', (X, Y), {})");
        PyType x = cls("X", bases()), y = cls("Y", bases(x));
        assertEquals(py.get(k), run(() -> cls("Z", bases(x, y))));
        String k2 = py.probe("mro_err2", DIAMOND + "E = type('E', (C, B), {})\ntype('F', (D, E), {})");
        PyType e = cls("E", bases(C, B));
        assertEquals(py.get(k2), run(() -> cls("F", bases(D, e))));
    }

    @Test
    void baseErrors() {
        assertEquals(py.get(py.probe("dup", "A = type('A', (), {})\ntype('B', (A, A), {})")), run(() -> cls("B", bases(A, A))));
        assertEquals(py.get(py.probe("bool_base", "type('A', (bool,), {})")), run(() -> cls("A", bases(BuiltinTypes.BOOL))));
        assertEquals(py.get(py.probe("fn_base", "type('X', (type(len),), {})")),
                run(() -> cls("X", bases(BuiltinTypes.BUILTIN_FUNCTION))));
        assertEquals(py.get(py.probe("nontype_base", "type('A', (1,), {})")), run(() -> cls("A", bases(1L))));
        assertEquals(py.get(py.probe("layout", "type('A', (OSError, SyntaxError), {})")),
                run(() -> cls("A", bases(ExceptionTypes.OS_ERROR, ExceptionTypes.SYNTAX_ERROR))));
        assertEquals(py.get(py.probe("layout_ok", "type('A', (KeyError, OSError), {}).__base__")),
                run(() -> get(cls("A", bases(ExceptionTypes.KEY_ERROR, ExceptionTypes.OS_ERROR)), "__base__")));
    }

    @Test
    void typeNewArgumentErrors() {
        Object tn = get(BuiltinTypes.TYPE, "__new__");
        PyType type = BuiltinTypes.TYPE;
        assertEquals(py.get(py.probe("tn1", "type.__new__(type, 'A', [], {})")),
                run(() -> call(tn, type, "A", new PyList(), new PyDict())));
        assertEquals(py.get(py.probe("tn2", "type.__new__(type, 1, (), {})")), run(() -> call(tn, type, 1L, PyTuple.EMPTY, new PyDict())));
        assertEquals(py.get(py.probe("tn3", "type.__new__(type, 'A', (), [])")), run(() -> call(tn, type, "A", PyTuple.EMPTY, new PyList())));
        assertEquals(py.get(py.probe("tn4", "type.__new__(type, 'A', ())")), run(() -> call(tn, type, "A", PyTuple.EMPTY)));
        assertEquals(py.get(py.probe("tn5", "type.__new__(1, 'A', (), {})")), run(() -> call(tn, 1L, "A", PyTuple.EMPTY, new PyDict())));
        assertEquals(py.get(py.probe("t2", "type('A', ())")), run(() -> call(type, "A", PyTuple.EMPTY)));
        assertEquals(py.get(py.probe("t0", "type()")), run(() -> call(type)));
        assertEquals(py.get(py.probe("t1", "type(1.5)")), run(() -> call(type, 1.5)));
        Object ti = get(type, "__init__");
        assertEquals(py.get(py.probe("ti1", "type.__init__(type('A', (), {}), 1, 2)")), run(() -> call(ti, A, 1L, 2L)));
        assertEquals(py.get(py.probe("ti2", "type.__init__(type('A', (), {}), 1, x=2)")),
                run(() -> callKw(ti, new Object[] {A, 1L, 2L}, "x")));
    }

    @Test
    void namespaceOrderAndDefaults() {
        String k = py.probe("dict_plain", "A = type('A', (), {'__module__': '__main__'})\n' '.join(A.__dict__)");
        assertEquals(py.get(k), run(() -> String.join(" ", keys(A))));
        String k2 = py.probe("dict_eq", """
                class Dd:
                    'doc'
                    x = 1
                    def __eq__(s, o): return True
                ' '.join(Dd.__dict__) + ' ' + repr(Dd.__hash__) + ' ' + Dd.__doc__""");
        PyType d = cls("Dd", bases(), "__qualname__", "Dd", "__doc__", "doc", "x", 1L, "__eq__", method("__eq__", a -> true));
        assertEquals(py.get(k2), run(() -> String.join(" ", keys(d)) + " " + Ops.repr(get(d, "__hash__")) + " " + get(d, "__doc__")));
        String k3 = py.probe("qualname", "A = type('A', (), {'__qualname__': 'Outer.A', '__module__': 'm'})\nrepr(A) + ' ' + A.__qualname__ + ' ' + A.__name__");
        PyType q = (PyType) call(BuiltinTypes.TYPE, "A", PyTuple.EMPTY, nsOf("__qualname__", "Outer.A", "__module__", "m"));
        assertEquals(py.get(k3), run(() -> Ops.repr(q) + " " + get(q, "__qualname__") + " " + get(q, "__name__")));
        assertEquals(py.get(py.probe("qualname_bad", "type('Q', (), {'__qualname__': 1})")),
                run(() -> cls("Q", bases(), "__qualname__", 1L)));
        assertEquals(py.get(py.probe("no_module", "repr(type.__new__(type, 'Q', (), {'__module__': 5}))")),
                run(() -> Ops.repr(call(BuiltinTypes.TYPE, "Q", PyTuple.EMPTY, nsOf("__module__", 5L)))));
    }

    private static PyDict nsOf(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    private static java.util.List<String> keys(PyType t) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int e = t.namespace.nextEntry(0); e >= 0; e = t.namespace.nextEntry(e + 1)) out.add((String) t.namespace.keyAt(e));
        return out;
    }

    @Test
    void reprs() {
        String k = py.probe("reprs", "A = type('A', (), {'__module__': '__main__'})\nrepr(A) + ' ' + repr(int) + ' ' + repr(type) + ' ' + repr(object)");
        assertEquals(py.get(k), run(() -> Ops.repr(A) + " " + Ops.repr(BuiltinTypes.INT) + " " + Ops.repr(BuiltinTypes.TYPE)
                + " " + Ops.repr(BuiltinTypes.OBJECT)));
    }

    @Test
    void slots() {
        String base = "S = type('S', (), {'__slots__': ('b', 'a')})\n";
        PyType s = cls("S", bases(), "__slots__", PyTuple.of("b", "a"));
        assertEquals(py.get(py.probe("slots_keys", base + "' '.join(k for k in S.__dict__ if k != '__module__')")), run(() -> String.join(" ", keysExceptModule(s))));
        assertEquals(py.get(py.probe("slots_unset", base + "S().a")), run(() -> get(call(s), "a")));
        assertEquals(py.get(py.probe("slots_nodict", base + "S().__dict__")), run(() -> get(call(s), "__dict__")));
        assertEquals(py.get(py.probe("slots_other", base + "s = S()\ns.c = 1")), run(() -> {
            Ops.setAttr(call(s), "c", 1L);
            return null;
        }));
        assertEquals(py.get(py.probe("slots_rw", base + "s = S()\ns.a = 5\ns.b = s.a + 1\ns.a * 10 + s.b")), run(() -> {
            Object o = call(s);
            Ops.setAttr(o, "a", 5L);
            Ops.setAttr(o, "b", 6L);
            return (Long) get(o, "a") * 10 + (Long) get(o, "b");
        }));
        assertEquals(py.get(py.probe("slots_del", base + "s = S()\ns.a = 1\ndel s.a\ns.a")), run(() -> {
            Object o = call(s);
            Ops.setAttr(o, "a", 1L);
            Ops.delAttr(o, "a");
            return get(o, "a");
        }));
        assertEquals(py.get(py.probe("slots_del_unset", base + "s = S()\ndel s.a")), run(() -> {
            Ops.delAttr(call(s), "a");
            return null;
        }));
        assertEquals(py.get(py.probe("slots_member", base + "repr(S.a) + ' ' + type(S.a).__name__")),
                run(() -> Ops.repr(get(s, "a")) + " " + Ops.typeName(get(s, "a"))));
        assertEquals(py.get(py.probe("slots_wrong_obj", base + "S.a.__get__(1)")), run(() -> call(get(get(s, "a"), "__get__"), 1L)));
        assertEquals(py.get(py.probe("slots_sizeof", base + "S().__sizeof__()")), run(() -> call(get(call(s), "__sizeof__"))));
        assertEquals(py.get(py.probe("plain_sizeof", "type('A', (), {})().__sizeof__()")), run(() -> call(get(call(A), "__sizeof__"))));
    }

    private static java.util.List<String> keysExceptModule(PyType t) {
        java.util.List<String> k = keys(t);
        k.remove("__module__");
        return k;
    }

    @Test
    void slotsErrors() {
        assertEquals(py.get(py.probe("se_ident", "type('Q', (), {'__slots__': ('1a',)})")),
                run(() -> cls("Q", bases(), "__slots__", PyTuple.of("1a"))));
        assertEquals(py.get(py.probe("se_conflict", "type('Q', (), {'__slots__': ('a',), 'a': 1})")),
                run(() -> cls("Q", bases(), "__slots__", PyTuple.of("a"), "a", 1L)));
        assertEquals(py.get(py.probe("se_dict", "A = type('A', (), {})\ntype('Q', (A,), {'__slots__': ('__dict__',)})")),
                run(() -> cls("Q", bases(A), "__slots__", PyTuple.of("__dict__"))));
        assertEquals(py.get(py.probe("se_weak", "type('Q', (), {'__slots__': ('__weakref__', '__weakref__')})")),
                run(() -> cls("Q", bases(), "__slots__", PyTuple.of("__weakref__", "__weakref__"))));
        assertEquals(py.get(py.probe("se_int", "type('Q', (int,), {'__slots__': ('a',)})")),
                run(() -> cls("Q", bases(BuiltinTypes.INT), "__slots__", PyTuple.of("a"))));
        assertEquals(py.get(py.probe("se_layout", "S = type('S', (), {'__slots__': ('a',)}); E = type('E', (), {'__slots__': ('b',)})\ntype('Q', (S, E), {})")),
                run(() -> cls("Q", bases(cls("S", bases(), "__slots__", PyTuple.of("a")), cls("E", bases(), "__slots__", PyTuple.of("b"))))));
        assertEquals(py.get(py.probe("se_item", "type('Q', (), {'__slots__': (1,)})")),
                run(() -> cls("Q", bases(), "__slots__", PyTuple.of(1L))));
    }

    @Test
    void slotsWithDictAndMangling() {
        String src = "Z = type('Z', (), {'__module__': '__main__', '__slots__': ('__a', '__dict__')})\nz = Z(); z._Z__a = 1; z.b = 2\n' '.join(Z.__dict__) + ' ' + repr(z.b) + ' ' + repr(z._Z__a)";
        PyType z = cls("Z", bases(), "__slots__", PyTuple.of("__a", "__dict__"));
        assertEquals(py.get(py.probe("slots_dict", src)), run(() -> {
            Object o = call(z);
            Ops.setAttr(o, "_Z__a", 1L);
            Ops.setAttr(o, "b", 2L);
            return String.join(" ", keys(z)) + " " + Ops.repr(get(o, "b")) + " " + Ops.repr(get(o, "_Z__a"));
        }));
    }

    @Test
    void classCell() {
        PyCell cell = new PyCell(null);
        PyType q = cls("Q", bases(), "__classcell__", cell);
        assertSame(q, cell.value);
        assertNull(q.namespace.getStr("__classcell__"));
        assertEquals(py.get(py.probe("classcell_bad", "type('Q', (), {'__classcell__': 1})")),
                run(() -> cls("Q", bases(), "__classcell__", 1L)));
    }

    @Test
    void implicitStaticAndClassMethods() {
        org.pyjit.compiler.bytecode.CodeObject code = new org.pyjit.compiler.bytecode.CodeObject("f", "f", "x.py", 1, 1, 0, 0, 3,
                new String[] {"a"}, new String[0], new String[0], new String[0], new Object[0], 1, new int[0], new int[0],
                new int[0], new int[0], new int[0], null);
        PyFunction f = new PyFunction(code, new PyDict(), null, null, null);
        PyType q = cls("Q", bases(), "__new__", f, "__init_subclass__", f, "__class_getitem__", f, "other", f);
        String k = py.probe("implicit", """
                def f(a): pass
                Q = type('Q', (), {'__new__': f, '__init_subclass__': f, '__class_getitem__': f, 'other': f})
                ' '.join(type(Q.__dict__[n]).__name__ for n in ('__new__', '__init_subclass__', '__class_getitem__', 'other'))""");
        assertEquals(py.get(k), run(() -> Ops.typeName(q.namespace.getStr("__new__")) + " "
                + Ops.typeName(q.namespace.getStr("__init_subclass__")) + " " + Ops.typeName(q.namespace.getStr("__class_getitem__"))
                + " " + Ops.typeName(q.namespace.getStr("other"))));
    }

    @Test
    void setNameAndInitSubclass() {
        StringBuilder log = new StringBuilder();
        PyType named = cls("N", bases(), "__set_name__", method("__set_name__", a -> {
            log.append(Ops.repr(a[1])).append(' ').append(a[2]).append(';');
            return PyNone.NONE;
        }));
        PyType owner = cls("Z", bases(), "a", call(named), "b", call(named));
        assertEquals(Ops.repr(owner) + " a;" + Ops.repr(owner) + " b;", log.toString());

        PyType failing = cls("N2", bases(), "__set_name__", method("__set_name__", a -> {
            throw org.pyjit.runtime.exceptions.Errors.valueError("v");
        }));
        String k = py.probe("setname_err", """
                class N2:
                    def __set_name__(self, o, n): raise ValueError('v')
                type('Z', (), {'a': N2()})""");
        assertEquals(py.get(k), run(() -> cls("Z", bases(), "a", call(failing))));

        StringBuilder seen = new StringBuilder();
        PyBuiltinFunction hook = new PyBuiltinFunction("__init_subclass__", null, (a, kw) -> {
            seen.append(((PyType) a[0]).name).append(" kw=").append(kw == null ? 0 : kw.length).append(' ');
            return PyNone.NONE;
        });
        PyType x = cls("X", bases(), "__init_subclass__", new PyClassMethod(hook));
        Ops.callKw(BuiltinTypes.TYPE, new Object[] {"Y", PyTuple.of(x), ns(), 1L}, new String[] {"k"});
        assertEquals("Y kw=1 ", seen.toString());
        assertEquals(py.get(py.probe("isc_default", "type('A', (), {}, x=1)")),
                run(() -> Ops.callKw(BuiltinTypes.TYPE, new Object[] {"A", PyTuple.EMPTY, ns(), 1L}, new String[] {"x"})));
    }

    @Test
    void metaclasses() {
        PyType m1 = cls("M1", bases(BuiltinTypes.TYPE)), m2 = cls("M2", bases(BuiltinTypes.TYPE));
        PyType p1 = (PyType) call(m1, "P1", PyTuple.EMPTY, ns()), p2 = (PyType) call(m2, "P2", PyTuple.EMPTY, ns());
        String setup = "M1 = type('M1', (type,), {}); M2 = type('M2', (type,), {}); P1 = M1('P1', (), {}); P2 = M2('P2', (), {})\n";
        assertEquals(py.get(py.probe("meta_conflict", setup + "type('Q', (P1, P2), {})")), run(() -> cls("Q", bases(p1, p2))));
        assertEquals(py.get(py.probe("meta_derived", setup + "type(type('Q', (P1,), {})).__name__")),
                run(() -> Ops.typeName(cls("Q", bases(p1)))));
        StringBuilder calls = new StringBuilder();
        PyType m3 = cls("M3", bases(BuiltinTypes.TYPE), "mro", method("mro", a -> {
            calls.append("mro;");
            PyList l = new PyList();
            l.append(a[0]);
            l.append(BuiltinTypes.OBJECT);
            return l;
        }));
        PyType custom = (PyType) call(m3, "C3", PyTuple.of(A), ns());
        assertEquals("mro;", calls.toString());
        assertEquals("C3 object", names(get(custom, "__mro__")));
    }

    @Test
    void typeAttributes() {
        PyType A = cls("A", bases()), B = cls("B", bases(A)), C = cls("C", bases(A)), D = cls("D", bases(B, C));
        String src = DIAMOND + "' '.join([D.__name__, D.__qualname__, D.__base__.__name__, ' '.join(b.__name__ for b in D.__bases__), "
                + "' '.join(c.__name__ for c in A.__subclasses__()), repr(A.__doc__), int.__module__])";
        assertEquals(py.get(py.probe("attrs", src)), run(() -> String.join(" ", (String) get(D, "__name__"), (String) get(D, "__qualname__"),
                ((PyType) get(D, "__base__")).name, names(get(D, "__bases__")), names(Ops.call(get(A, "__subclasses__"))),
                Ops.repr(get(A, "__doc__")), (String) get(BuiltinTypes.INT, "__module__"))));
        PyType q = cls("Q", bases());
        assertEquals(py.get(py.probe("set_name_bad", "Q = type('Q', (), {})\nQ.__name__ = 1")), run(() -> {
            Ops.setAttr(q, "__name__", 1L);
            return null;
        }));
        assertEquals(py.get(py.probe("set_name_int", "int.__name__ = 'x'")), run(() -> {
            Ops.setAttr(BuiltinTypes.INT, "__name__", "x");
            return null;
        }));
        assertEquals(py.get(py.probe("set_mro", "Q = type('Q', (), {})\nQ.__mro__ = ()")), run(() -> {
            Ops.setAttr(q, "__mro__", PyTuple.EMPTY);
            return null;
        }));
        assertEquals(py.get(py.probe("set_bases_empty", "Q = type('Q', (), {})\nQ.__bases__ = ()")), run(() -> {
            Ops.setAttr(q, "__bases__", PyTuple.EMPTY);
            return null;
        }));
        assertEquals(py.get(py.probe("set_bases_int", "Q = type('Q', (), {})\nQ.__bases__ = (int,)")), run(() -> {
            Ops.setAttr(q, "__bases__", PyTuple.of(BuiltinTypes.INT));
            return null;
        }));
        assertEquals(py.get(py.probe("set_bases_dealloc", DIAMOND + "Q = type('Q', (), {})\nQ.__bases__ = (B,)")), run(() -> {
            Ops.setAttr(q, "__bases__", PyTuple.of(B));
            return null;
        }));
        assertEquals(py.get(py.probe("set_bases_ok", DIAMOND + "Q = type('Q', (A,), {}); R = type('R', (Q,), {})\nQ.__bases__ = (B,)\n' '.join(c.__name__ for c in R.__mro__)")),
                run(() -> {
                    PyType q2 = cls("Q", bases(A));
                    PyType r = cls("R", bases(q2));
                    Ops.setAttr(q2, "__bases__", PyTuple.of(B));
                    return names(get(r, "__mro__"));
                }));
        assertEquals(py.get(py.probe("annotations", "Q = type('Q', (), {})\nrepr(Q.__annotations__) + ' ' + repr('__annotations__' in Q.__dict__)")),
                run(() -> {
                    PyType a = cls("Q2", bases());
                    Object ann = get(a, "__annotations__");
                    return (ann instanceof PyDict d && d.size() == 0 ? "{}" : "?") + " "
                            + Ops.repr(a.namespace.getStr("__annotations__") != null);
                }));
        assertEquals(py.get(py.probe("int_annotations", "int.__annotations__")), run(() -> get(BuiltinTypes.INT, "__annotations__")));
        assertEquals(py.get(py.probe("heap_flags", "Q = type('Q', (), {})\nbool(Q.__flags__ & 512), bool(int.__flags__ & 512)")),
                run(() -> "(" + Ops.repr(((Long) get(q, "__flags__") & 512) != 0) + ", "
                        + Ops.repr(((Long) get(BuiltinTypes.INT, "__flags__") & 512) != 0) + ")"));
    }

    @Test
    void prepareReturnsNewDict() {
        Object d1 = call(get(BuiltinTypes.TYPE, "__prepare__"), "x", PyTuple.EMPTY);
        Object d2 = Ops.callKw(get(BuiltinTypes.TYPE, "__prepare__"), new Object[] {"x", PyTuple.EMPTY, 1L}, new String[] {"k"});
        assertInstanceOf(PyDict.class, d1);
        assertNotSame(d1, d2);
    }
}
