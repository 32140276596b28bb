package org.pyjit.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** isinstance, issubclass, id, hash, callable, getattr & co, vars, dir. */
class ReflectionBuiltinsTest {
    static final String CLASSES = "class A: pass\nclass B(A): pass\n"
            + "class Meta(type):\n    def __instancecheck__(cls, o): return o == 42\n"
            + "    def __subclasscheck__(cls, c): return c is int\n"
            + "class M(metaclass=Meta): pass\n"
            + "class Fn:\n    def __call__(self): return 1\n";
    static PyType a, b, meta, m, fn;

    @BeforeAll
    static void boot() {
        Py.boot();
        a = new Py.ClassBuilder("A").build();
        b = new Py.ClassBuilder("B", a).build();
        meta = new Py.ClassBuilder("Meta", BuiltinTypes.TYPE)
                .method("__instancecheck__", (x, kw) -> Ops.eq(x[1], 42L))
                .method("__subclasscheck__", (x, kw) -> x[1] == BuiltinTypes.INT)
                .build();
        m = new Py.ClassBuilder("M").build();
        m.type = meta;
        fn = new Py.ClassBuilder("Fn").method("__call__", (x, kw) -> 1L).build();
    }

    @Test
    void instanceAndSubclassChecks() {
        new Batch(CLASSES)
                .check("isinstance(1, int)", () -> call("isinstance", 1L, BuiltinTypes.INT))
                .check("isinstance(True, int)", () -> call("isinstance", true, BuiltinTypes.INT))
                .check("isinstance(1, bool)", () -> call("isinstance", 1L, BuiltinTypes.BOOL))
                .check("isinstance('a', (int, (float, str)))",
                        () -> call("isinstance", "a", tuple(BuiltinTypes.INT, tuple(BuiltinTypes.FLOAT, BuiltinTypes.STR))))
                .check("isinstance(1, (str,))", () -> call("isinstance", 1L, tuple(BuiltinTypes.STR)))
                .check("isinstance(1, ())", () -> call("isinstance", 1L, tuple()))
                .check("isinstance(B(), A)", () -> call("isinstance", Py.instance(b), a))
                .check("isinstance(A(), B)", () -> call("isinstance", Py.instance(a), b))
                .check("isinstance(A(), object)", () -> call("isinstance", Py.instance(a), BuiltinTypes.OBJECT))
                .check("isinstance(int, type)", () -> call("isinstance", BuiltinTypes.INT, BuiltinTypes.TYPE))
                .check("isinstance(42, M)", () -> call("isinstance", 42L, m))
                .check("isinstance(41, M)", () -> call("isinstance", 41L, m))
                .check("isinstance(1, 2)", () -> call("isinstance", 1L, 2L))
                .check("isinstance(1, (int, 2))", () -> call("isinstance", 1L, tuple(BuiltinTypes.INT, 2L)))
                .check("isinstance(1, (str, 2))", () -> call("isinstance", 1L, tuple(BuiltinTypes.STR, 2L)))
                .check("isinstance(1)", () -> call("isinstance", 1L))
                .check("issubclass(B, A)", () -> call("issubclass", b, a))
                .check("issubclass(A, B)", () -> call("issubclass", a, b))
                .check("issubclass(bool, (str, int))", () -> call("issubclass", BuiltinTypes.BOOL, tuple(BuiltinTypes.STR, BuiltinTypes.INT)))
                .check("issubclass(int, M)", () -> call("issubclass", BuiltinTypes.INT, m))
                .check("issubclass(str, M)", () -> call("issubclass", BuiltinTypes.STR, m))
                .check("issubclass(1, int)", () -> call("issubclass", 1L, BuiltinTypes.INT))
                .check("issubclass(int, 1)", () -> call("issubclass", BuiltinTypes.INT, 1L))
                .check("issubclass(ZeroDivisionError, ArithmeticError)",
                        () -> call("issubclass", ExceptionTypes.ZERO_DIVISION_ERROR, ExceptionTypes.ARITHMETIC_ERROR))
                .run();
    }

    @Test
    void attributes() {
        PyObject o = Py.instance(a);
        new Batch(CLASSES + "o = A()\n")
                .check("setattr(o, 'x', 5)", () -> call("setattr", o, "x", 5L))
                .check("getattr(o, 'x')", () -> call("getattr", o, "x"))
                .check("hasattr(o, 'x')", () -> call("hasattr", o, "x"))
                .check("getattr(o, 'y')", () -> call("getattr", o, "y"))
                .check("getattr(o, 'y', 9)", () -> call("getattr", o, "y", 9L))
                .check("hasattr(o, 'y')", () -> call("hasattr", o, "y"))
                .check("vars(o)['x']", () -> Ops.getItem(call("vars", o), "x"))
                .check("delattr(o, 'x')", () -> call("delattr", o, "x"))
                .check("hasattr(o, 'x')", () -> call("hasattr", o, "x"))
                .check("delattr(o, 'x')", () -> call("delattr", o, "x"))
                .check("getattr(1, 2)", () -> call("getattr", 1L, 2L))
                .check("hasattr(1, 2)", () -> call("hasattr", 1L, 2L))
                .check("getattr(1, 'x')", () -> call("getattr", 1L, "x"))
                .check("setattr(1, 'x', 2)", () -> call("setattr", 1L, "x", 2L))
                .check("delattr(1, 'x')", () -> call("delattr", 1L, "x"))
                .check("getattr(A, 'nope')", () -> call("getattr", a, "nope"))
                .check("getattr(1)", () -> call("getattr", 1L))
                .check("getattr(1, 'a', 2, 3)", () -> call("getattr", 1L, "a", 2L, 3L))
                .check("hasattr(1)", () -> call("hasattr", 1L))
                .check("setattr(1, 'a')", () -> call("setattr", 1L, "a"))
                .check("vars(1)", () -> call("vars", 1L))
                .check("vars(1, 2)", () -> call("vars", 1L, 2L))
                .check("callable(len)", () -> call("callable", Py.builtin("len")))
                .check("callable(int)", () -> call("callable", BuiltinTypes.INT))
                .check("callable(1)", () -> call("callable", 1L))
                .check("callable(Fn())", () -> call("callable", Py.instance(fn)))
                .check("callable()", () -> call("callable"))
                .run();
    }

    @Test
    void idAndHash() {
        PyObject x = Py.instance(a), y = Py.instance(a);
        assertEquals(call("id", x), call("id", x));
        assertNotEquals(call("id", x), call("id", y));
        String big = "a".repeat(40);
        assertEquals(call("id", big), call("id", big), "the same str object keeps its id");
        new Batch()
                .check("hash(1)", () -> call("hash", 1L))
                .check("hash(-1)", () -> call("hash", -1L))
                .check("hash(2**61)", () -> call("hash", 1L << 61))
                .check("hash(1.5)", () -> call("hash", 1.5))
                .check("hash(True)", () -> call("hash", true))
                .check("hash((1, 2))", () -> call("hash", tuple(1L, 2L)))
                .check("id()", () -> call("id"))
                .check("id(1, 2)", () -> call("id", 1L, 2L))
                .check("hash()", () -> call("hash"))
                .run();
    }

    @Test
    void dirListsNamesSorted() {
        PyObject o = Py.instance(b);
        o.setInstanceAttr("zeta", 1L);
        o.setInstanceAttr("alpha", 2L);
        a.namespace.putStr("method", 1L);
        new Batch(CLASSES + "A.method = 1\no = B()\no.zeta = 1\no.alpha = 2\n")
                .check("[n for n in dir(o) if not n.startswith('__')]", () -> publicNames(call("dir", o)))
                .check("[n for n in dir(B) if not n.startswith('__')]", () -> publicNames(call("dir", b)))
                .check("dir(1, 2)", () -> call("dir", 1L, 2L))
                .run();
        assertThrows(PyException.class, () -> call("dir"), "dir() needs the interpreter's frame hook");
    }

    static PyList publicNames(Object names) {
        PyList out = new PyList();
        PyList l = (PyList) names;
        for (int i = 0; i < l.size; i++) {
            if (!((String) l.items[i]).startsWith("__")) out.append(l.items[i]);
        }
        return out;
    }

    @Test
    void builtinsNamespaceHasEverything() {
        // every public name CPython's builtins has that this module must provide (the rest belong to the interpreter)
        PyList mine = new PyList();
        for (String n : new String[] {"abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
            "classmethod", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "filter", "float", "format", "frozenset",
            "getattr", "hasattr", "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len", "list", "map",
            "max", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round",
            "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "None",
            "True", "False", "Ellipsis", "NotImplemented", "__debug__"}) {
            if (BuiltinsModule.namespace().getStr(n) != null) mine.append(n);
        }
        PyTuple exceptions = (PyTuple) Py.tuple(ExceptionTypes.ALL.keySet().toArray());
        new Batch("import builtins\n")
                .check("[n for n in ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', "
                        + "'classmethod', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'filter', 'float', 'format', "
                        + "'frozenset', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', "
                        + "'len', 'list', 'map', 'max', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', "
                        + "'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', "
                        + "'super', 'tuple', 'type', 'vars', 'zip', 'None', 'True', 'False', 'Ellipsis', 'NotImplemented', '__debug__'] "
                        + "if hasattr(builtins, n)]", () -> mine)
                .check("all(isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException) for n in "
                        + exceptionList(exceptions) + ")", () -> allExceptionsInstalled(exceptions))
                .run();
    }

    private static String exceptionList(PyTuple names) {
        StringBuilder b = new StringBuilder("[");
        for (Object n : names.items) b.append(Batch.literal((String) n)).append(", ");
        return b.append("]").toString();
    }

    private static boolean allExceptionsInstalled(PyTuple names) {
        for (Object n : names.items) {
            if (!(BuiltinsModule.namespace().getStr((String) n) instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void exitAndQuitAsSiteDefinesThem() {
        // exit() closes sys.stdin: give it one of its own
        org.pyjit.runtime.modules.SysModule.installStreams(org.pyjit.runtime.modules.SysModule.module().dict,
                org.pyjit.runtime.io.StandardStreams.over(new java.io.ByteArrayInputStream(new byte[0]), null, null));
        new Batch()
                .check("(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)",
                        () -> tuple(Ops.repr(Py.builtin("exit")), Ops.repr(Py.builtin("quit")), Ops.typeOf(Py.builtin("exit")).name,
                                Ops.typeOf(Py.builtin("exit")).moduleName()))
                .check("exit(3)", () -> Ops.call(Py.builtin("exit"), 3L))
                .check("quit()", () -> Ops.call(Py.builtin("quit")))
                .run();
        org.pyjit.runtime.modules.SysModule.installStreams(org.pyjit.runtime.modules.SysModule.module().dict,
                org.pyjit.runtime.io.StandardStreams.get());
    }

    @Test
    void listArgumentsAreNotAliased() {
        PyList l = list(1L);
        assertNotEquals(System.identityHashCode(l), System.identityHashCode(Iteration.toList(l)));
    }
}
