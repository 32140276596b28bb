package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.CompareOp;
import org.pyjit.runtime.ops.Ops;

/** {@code object}'s methods and calling classes ({@code type.__call__}). */
class ObjectMethodsTest {
    static final CPython py = new CPython();

    // classes as CPython sees them: A plain, B with __init__, C with __new__
    private static final String ABC = """
            class A: pass
            class B:
                def __init__(self): pass
            class C:
                def __new__(cls, *a): return object.__new__(cls)
            """;
    static final String A_ARGS = py.probe("a_args", ABC + "A(1)");
    static final String A_KW = py.probe("a_kw", ABC + "A(x=1)");
    static final String NEW_C_1 = py.probe("new_c1", ABC + "object.__new__(C, 1)");
    static final String INIT_A_1 = py.probe("init_a1", ABC + "object.__init__(A(), 1)");
    static final String INIT_B_1 = py.probe("init_b1", ABC + "object.__init__(B(), 1)");
    static final String INIT_C_1 = py.probe("init_c1", ABC + "object.__init__(C(), 1)");
    static final String OBJECT_1 = py.probe("object1", "object(1)");
    static final String NEW_INT = py.probe("new_int", "object.__new__(ValueError)");
    static final String NEW_NOT_TYPE = py.probe("new_1", "object.__new__(1)");
    static final String NEW_NOTHING = py.probe("new_none", "object.__new__()");
    static final String NEW_TYPE = py.probe("new_type", "object.__new__(type)");
    static final String NO_CONSTRUCTOR = py.probe("no_ctor", "type(len)()");
    static final String FORMAT_SPEC = py.probe("fmt", ABC + "format(A(), 'x')");
    static final String FORMAT_TYPE = py.probe("fmt_type", ABC + "object.__format__(A(), 1)");
    static final String FORMAT_EMPTY = py.probe("fmt_empty", ABC + "a = A()\nformat(a, '') == str(a) == repr(a)");
    static final String REPR_SHAPE = py.probe("repr_shape", ABC + "r = repr(A())\nr[:23] + ' ' + str(r.endswith('>')) + ' ' + str(int(r[21:-1], 16) % 16)");
    static final String EQ = py.probe("eq", ABC + "a = A()\nobject.__eq__(a, a), object.__ne__(a, a), object.__ne__(a, A()), object.__lt__(a, a), object().__eq__(1)");
    static final String NE_INVERTS = py.probe("ne_inverts", "class Z:\n    def __eq__(s, o): return 5\nZ() != 1, object.__ne__(Z(), 1)");
    static final String NE_NOTIMPL = py.probe("ne_notimpl", "class Z:\n    def __eq__(s, o): return NotImplemented\nobject.__ne__(Z(), 1)");
    static final String HASH_ID = py.probe("hash_id", "o = object()\nhash(o) == (id(o) >> 4), id(o) % 16");
    static final String GETATTRIBUTE_NAME = py.probe("ga_name", ABC + "object.__getattribute__(A(), 1)");
    static final String GETATTRIBUTE_MISSING = py.probe("ga_missing", ABC + "object.__getattribute__(A(), 'zz')");
    static final String SETATTR_INT = py.probe("sa_int", "object.__setattr__(1, 'x', 2)");
    static final String SETATTR_TYPE = py.probe("sa_type", "object.__setattr__(int, 'x', 2)");
    static final String DELATTR_MISSING = py.probe("da_missing", ABC + "object.__delattr__(A(), 'x')");
    static final String CLASS_ASSIGN = py.probe("class_assign", ABC + "z = A()\nz.__class__ = B\ntype(z).__name__");
    static final String CLASS_ASSIGN_1 = py.probe("class_assign_1", ABC + "z = A()\nz.__class__ = 1");
    static final String CLASS_ASSIGN_INT = py.probe("class_assign_int", ABC + "z = A()\nz.__class__ = int");
    static final String CLASS_ASSIGN_SLOTS = py.probe("class_assign_slots",
            ABC + "class S:\n    __slots__ = ('a',)\nz = S()\nz.__class__ = A");
    static final String DICT_SET_BAD = py.probe("dict_bad", ABC + "z = A()\nz.__dict__ = 1");
    static final String DICT_SET = py.probe("dict_set", ABC + "z = A()\nz.__dict__ = {'q': 1}\nz.q");
    static final String DICT_DEL = py.probe("dict_del", ABC + "z = A()\nz.x = 1\ndel z.__dict__\nlen(z.__dict__)");
    static final String INIT_SUBCLASS = py.probe("isc", ABC + "A.__init_subclass__(), A.__subclasshook__(), object.__init_subclass__()");
    static final String INIT_SUBCLASS_KW = py.probe("isc_kw", ABC + "A.__init_subclass__(x=1)");
    static final String INIT_SUBCLASS_ARG = py.probe("isc_arg", ABC + "A.__init_subclass__(1)");
    static final String DIR = py.probe("dir", ABC + "a = A()\na.zz = 1\n' '.join(sorted(object.__dir__(a))[:6]) + ' ' + str('zz' in object.__dir__(a))");
    static final String INIT_RETURNS = py.probe("init_returns", "class Z:\n    def __init__(self): return 1\nZ()");
    static final String NEW_OTHER = py.probe("new_other", "class Z:\n    def __new__(cls): return 5\n    def __init__(self): raise ValueError\nZ()");
    static final String ABSTRACT_2 = py.probe("abstract2", ABC + "A.__abstractmethods__ = frozenset(['g', 'f'])\nA()");
    static final String ABSTRACT_1 = py.probe("abstract1", ABC + "A.__abstractmethods__ = frozenset(['f'])\nA()");
    static final String GETSTATE = py.probe("getstate", ABC + "a = A()\nx = a.__getstate__()\na.x = 1\n(x, a.__getstate__())");
    static final String GETSTATE_SLOTS = py.probe("getstate_slots",
            "class S:\n    __slots__ = ('b', 'a')\ns = S()\ns.a = 1\ns.b = 2\ns.__getstate__()");
    static final String SIZEOF = py.probe("sizeof", "object().__sizeof__()");

    private static final PyType A = cls("A", bases());
    private static final PyType B = cls("B", bases(), "__init__", method("__init__", a -> PyNone.NONE));
    private static final PyType C = cls("C", bases(), "__new__", new PyStaticMethod(fn("__new__",
            a -> Ops.call(Ops.getAttr(BuiltinTypes.OBJECT, "__new__"), a[0]))));
    private static final Object OBJECT_NEW = get(BuiltinTypes.OBJECT, "__new__");
    private static final Object OBJECT_INIT = get(BuiltinTypes.OBJECT, "__init__");

    @Test
    void excessArguments() {
        assertEquals(py.get(A_ARGS), run(() -> call(A, 1L)));
        assertEquals(py.get(A_KW), run(() -> callKw(A, new Object[] {1L}, "x")));
        assertEquals(py.get(NEW_C_1), run(() -> call(OBJECT_NEW, C, 1L)));
        assertEquals(py.get(INIT_A_1), run(() -> call(OBJECT_INIT, call(A), 1L)));
        assertEquals(py.get(INIT_B_1), run(() -> call(OBJECT_INIT, call(B), 1L)));
        assertEquals(py.get(INIT_C_1), run(() -> call(OBJECT_INIT, call(C), 1L)));
        assertEquals(py.get(OBJECT_1), run(() -> call(BuiltinTypes.OBJECT, 1L)));
    }

    @Test
    void unsafeNew() {
        assertEquals(py.get(NEW_INT), run(() -> call(OBJECT_NEW, org.pyjit.runtime.exceptions.ExceptionTypes.VALUE_ERROR)));
        assertEquals(py.get(NEW_NOT_TYPE), run(() -> call(OBJECT_NEW, 1L)));
        assertEquals(py.get(NEW_NOTHING), run(() -> call(OBJECT_NEW)));
        assertEquals(py.get(NEW_TYPE), run(() -> call(OBJECT_NEW, BuiltinTypes.TYPE)));
        assertEquals(py.get(NO_CONSTRUCTOR), run(() -> call(BuiltinTypes.BUILTIN_FUNCTION)));
    }

    @Test
    void formatAndRepr() {
        Object a = call(A);
        assertEquals(py.get(FORMAT_SPEC), run(() -> call(get(a, "__format__"), "x")));
        assertEquals(py.get(FORMAT_TYPE), run(() -> call(get(a, "__format__"), 1L)));
        assertEquals(py.get(FORMAT_EMPTY), run(() -> call(get(a, "__format__"), "").equals(Ops.str(a)) && Ops.str(a).equals(Ops.repr(a))));
        String r = Ops.repr(a);
        assertEquals(py.get(REPR_SHAPE), "OK " + r.substring(0, 23) + " " + (r.endsWith(">") ? "True" : "False") + " "
                + Long.parseLong(r.substring(r.indexOf("0x") + 2, r.length() - 1), 16) % 16);
        assertEquals("<__main__.A object at " + ObjectIdentity.address(a) + ">", r);
        assertEquals("0x" + Long.toHexString(ObjectIdentity.id(a)), ObjectIdentity.address(a));
    }

    @Test
    void comparisonAndHash() {
        PyType o = BuiltinTypes.OBJECT;
        Object a = call(A);
        assertEquals(py.get(EQ), run(() -> "(" + show(call(get(o, "__eq__"), a, a)) + ", " + show(call(get(o, "__ne__"), a, a)) + ", "
                + show(call(get(o, "__ne__"), a, call(A))) + ", " + show(call(get(o, "__lt__"), a, a)) + ", "
                + show(call(get(call(o), "__eq__"), 1L)) + ")"));
        PyType z = cls("Z", bases(), "__eq__", method("__eq__", q -> 5L));
        assertEquals(py.get(NE_INVERTS), run(() -> "(" + show(Ops.compare(call(z), 1L, CompareOp.NE)) + ", "
                + show(call(get(o, "__ne__"), call(z), 1L)) + ")"));
        PyType z2 = cls("Z", bases(), "__eq__", method("__eq__", q -> BuiltinTypes.NOT_IMPLEMENTED));
        assertEquals(py.get(NE_NOTIMPL), run(() -> call(get(o, "__ne__"), call(z2), 1L)));
        Object x = call(o);
        assertEquals(py.get(HASH_ID), "OK (" + show(Ops.hash(x) == (ObjectIdentity.id(x) >> 4)) + ", " + ObjectIdentity.id(x) % 16 + ")");
    }

    @Test
    void genericAttributeBuiltins() {
        PyType o = BuiltinTypes.OBJECT;
        assertEquals(py.get(GETATTRIBUTE_NAME), run(() -> call(get(o, "__getattribute__"), call(A), 1L)));
        assertEquals(py.get(GETATTRIBUTE_MISSING), run(() -> call(get(o, "__getattribute__"), call(A), "zz")));
        assertEquals(py.get(SETATTR_INT), run(() -> call(get(o, "__setattr__"), 1L, "x", 2L)));
        assertEquals(py.get(SETATTR_TYPE), run(() -> call(get(o, "__setattr__"), BuiltinTypes.INT, "x", 2L)));
        assertEquals(py.get(DELATTR_MISSING), run(() -> call(get(o, "__delattr__"), call(A), "x")));
        Object a = call(A);
        call(get(o, "__setattr__"), a, "v", 7L);
        assertEquals(7L, call(get(o, "__getattribute__"), a, "v"));
        call(get(o, "__delattr__"), a, "v");
        assertNull(Ops.getAttrOrNull(a, "v"));
    }

    @Test
    void classAssignment() {
        assertEquals(py.get(CLASS_ASSIGN), run(() -> {
            Object z = call(A);
            Ops.setAttr(z, "__class__", B);
            return Ops.typeName(z);
        }));
        assertEquals(py.get(CLASS_ASSIGN_1), run(() -> {
            Ops.setAttr(call(A), "__class__", 1L);
            return null;
        }));
        assertEquals(py.get(CLASS_ASSIGN_INT), run(() -> {
            Ops.setAttr(call(A), "__class__", BuiltinTypes.INT);
            return null;
        }));
        PyType s = cls("S", bases(), "__slots__", PyTuple.of("a"));
        assertEquals(py.get(CLASS_ASSIGN_SLOTS), run(() -> {
            Ops.setAttr(call(s), "__class__", A);
            return null;
        }));
    }

    @Test
    void instanceDict() {
        assertEquals(py.get(DICT_SET_BAD), run(() -> {
            Ops.setAttr(call(A), "__dict__", 1L);
            return null;
        }));
        assertEquals(py.get(DICT_SET), run(() -> {
            Object z = call(A);
            PyDict d = new PyDict();
            d.putStr("q", 1L);
            Ops.setAttr(z, "__dict__", d);
            return get(z, "q");
        }));
        assertEquals(py.get(DICT_DEL), run(() -> {
            Object z = call(A);
            Ops.setAttr(z, "x", 1L);
            Ops.delAttr(z, "__dict__");
            return (long) ((PyDict) get(z, "__dict__")).size();
        }));
        Object z = call(A);
        Ops.setAttr(z, "x", 1L);
        PyDict d = (PyDict) get(z, "__dict__");
        assertSame(d, get(z, "__dict__"));
        d.putStr("y", 2L);
        assertEquals(2L, get(z, "y"));
    }

    @Test
    void initSubclassAndHooks() {
        assertEquals(py.get(INIT_SUBCLASS), run(() -> "(" + show(call(get(A, "__init_subclass__"))) + ", "
                + show(call(get(A, "__subclasshook__"))) + ", " + show(call(get(BuiltinTypes.OBJECT, "__init_subclass__"))) + ")"));
        assertEquals(py.get(INIT_SUBCLASS_KW), run(() -> callKw(get(A, "__init_subclass__"), new Object[] {1L}, "x")));
        assertEquals(py.get(INIT_SUBCLASS_ARG), run(() -> call(get(A, "__init_subclass__"), 1L)));
    }

    @Test
    void dir() {
        Object a = call(A);
        Ops.setAttr(a, "zz", 1L);
        assertEquals(py.get(DIR), run(() -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object n : Install.toArray(call(get(a, "__dir__")))) names.add((String) n);
            boolean hasZz = names.contains("zz");
            names.sort(null);
            return String.join(" ", names.subList(0, 6)) + " " + (hasZz ? "True" : "False");
        }));
    }

    @Test
    void typeCall() {
        PyType z = cls("Z", bases(), "__init__", method("__init__", a -> 1L));
        assertEquals(py.get(INIT_RETURNS), run(() -> call(z)));
        PyType z2 = cls("Z", bases(), "__new__", new PyStaticMethod(fn("__new__", a -> 5L)),
                "__init__", method("__init__", a -> {
                    throw org.pyjit.runtime.exceptions.Errors.valueError("init ran");
                }));
        assertEquals(py.get(NEW_OTHER), run(() -> call(z2)));
        // metaclass __call__ override is honoured
        PyType meta = cls("Meta", bases(BuiltinTypes.TYPE), "__call__", method("__call__", a -> "called " + ((PyType) a[0]).name));
        PyType m = (PyType) call(meta, "M", PyTuple.EMPTY, ns());
        assertEquals("called M", call(m, 1L));
        // __init__ receives the arguments, keywords included
        StringBuilder got = new StringBuilder();
        PyType k = cls("K", bases(), "__init__", method("__init__", (a, kw) -> {
            got.append(a.length - 1).append(' ').append(kw == null ? "-" : String.join(",", kw));
            return PyNone.NONE;
        }));
        callKw(k, new Object[] {1L, 2L}, "x");
        assertEquals("2 x", got.toString());
    }

    @Test
    void abstractClasses() {
        PyType a = cls("A", bases());
        assertEquals(py.get(ABSTRACT_2), run(() -> {
            Ops.setAttr(a, "__abstractmethods__", PyTuple.of("g", "f"));
            return call(a);
        }));
        assertEquals(py.get(ABSTRACT_1), run(() -> {
            Ops.setAttr(a, "__abstractmethods__", PyTuple.of("f"));
            return call(a);
        }));
        Ops.setAttr(a, "__abstractmethods__", PyTuple.EMPTY);
        assertInstanceOf(PyObject.class, call(a));
    }

    @Test
    void stateAndReduce() {
        assertEquals(py.get(GETSTATE), run(() -> {
            Object a = call(A);
            Object before = call(get(a, "__getstate__"));
            Ops.setAttr(a, "x", 1L);
            PyDict after = (PyDict) call(get(a, "__getstate__"));
            return "(" + show(before) + ", {'x': " + show(after.getStr("x")) + "})";
        }));
        PyType s = cls("S", bases(), "__slots__", PyTuple.of("b", "a"));
        assertEquals(py.get(GETSTATE_SLOTS), run(() -> {
            Object o = call(s);
            Ops.setAttr(o, "a", 1L);
            Ops.setAttr(o, "b", 2L);
            PyTuple st = (PyTuple) call(get(o, "__getstate__"));
            PyDict slots = (PyDict) st.items[1];
            StringBuilder b = new StringBuilder("(" + show(st.items[0]) + ", {");
            for (int e = slots.nextEntry(0); e >= 0; e = slots.nextEntry(e + 1)) {
                if (e > 0) b.append(", ");
                b.append(Ops.repr(slots.keyAt(e))).append(": ").append(show(slots.valueAt(e)));
            }
            return b.append("})").toString();
        }));
        assertEquals(py.get(SIZEOF), run(() -> call(get(call(BuiltinTypes.OBJECT), "__sizeof__"))));
    }

    @Test
    void reduceExBuildsNewobjTuple() {
        // a stand-in copyreg module reached through builtins.__import__, as CPython's C code imports it
        PyModule copyreg = new PyModule("copyreg");
        Object newobj = fn("__newobj__", a -> PyNone.NONE);
        copyreg.dict.putStr("__newobj__", newobj);
        PyDict builtins = BuiltinsModule.namespace();
        Object saved = builtins.getStr("__import__");
        builtins.putStr("__import__", fn("__import__", a -> copyreg));
        try {
            Object a = call(A);
            Ops.setAttr(a, "x", 1L);
            PyTuple r = (PyTuple) call(get(a, "__reduce_ex__"), 2L);
            assertEquals(5, r.items.length);
            assertSame(newobj, r.items[0]);
            assertSame(A, ((PyTuple) r.items[1]).items[0]);
            assertEquals(1L, ((PyDict) r.items[2]).getStr("x"));
            assertSame(PyNone.NONE, r.items[3]);
            assertSame(PyNone.NONE, r.items[4]);
        } finally {
            if (saved == null) builtins.removeStr("__import__");
            else builtins.putStr("__import__", saved);
        }
    }
}
