package org.pyjit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.bytes;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.state.ExceptionState;
import org.pyjit.runtime.state.RecursionLimit;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;

/** The sys module against CPython's. */
class SysModuleTest {
    static PyModule sys;

    @BeforeAll
    static void boot() {
        Py.boot();
        sys = SysModule.module();
    }

    static Object attr(String name) {
        return Ops.getAttr(sys, name);
    }

    static Object call(String name, Object... args) {
        return Ops.call(attr(name), args);
    }

    @Test
    void versionAndPlatformData() {
        new Batch("import sys, re\n")
                .check("(sys.version_info.major, sys.version_info.minor, sys.version_info[0], sys.version_info[3])",
                        () -> tuple(Ops.getAttr(attr("version_info"), "major"), Ops.getAttr(attr("version_info"), "minor"),
                                ((PyTuple) attr("version_info")).items[0], ((PyTuple) attr("version_info")).items[3]))
                .check("re.sub(r'micro=\\d+', 'micro=N', repr(sys.version_info))",
                        () -> Ops.repr(attr("version_info")).replaceAll("micro=\\d+", "micro=N"))
                .check("isinstance(sys.version_info, tuple) and len(sys.version_info)",
                        () -> Ops.isInstance(attr("version_info"), org.pyjit.runtime.types.BuiltinTypes.TUPLE) ? Ops.len(attr("version_info")) : false)
                .check("sys.version.split()[0][:5]", () -> ((String) attr("version")).split(" ")[0].substring(0, 5))
                .check("hex(sys.hexversion)[:6]", () -> Py.call("hex", attr("hexversion")).toString().substring(0, 6))
                .check("(sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform)",
                        () -> tuple(attr("maxsize"), attr("maxunicode"), attr("byteorder"), attr("platform")))
                .check("tuple(sys.float_info)", () -> new PyTuple(((PyTuple) attr("float_info")).items))
                .check("(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig)",
                        () -> tuple(Ops.getAttr(attr("float_info"), "epsilon"), Ops.getAttr(attr("float_info"), "max"),
                                Ops.getAttr(attr("float_info"), "dig")))
                .check("tuple(sys.int_info)", () -> new PyTuple(((PyTuple) attr("int_info")).items))
                .check("tuple(sys.hash_info)[:5]", () -> new PyTuple(java.util.Arrays.copyOf(((PyTuple) attr("hash_info")).items, 5)))
                .check("(sys.flags.optimize, sys.flags.debug, sys.flags.verbose, sys.flags.dev_mode, sys.flags.int_max_str_digits, "
                        + "len(sys.flags))", () -> tuple(Ops.getAttr(attr("flags"), "optimize"), Ops.getAttr(attr("flags"), "debug"),
                                Ops.getAttr(attr("flags"), "verbose"), Ops.getAttr(attr("flags"), "dev_mode"),
                                Ops.getAttr(attr("flags"), "int_max_str_digits"), Ops.len(attr("flags"))))
                .check("type(sys.flags).n_sequence_fields", () -> Ops.getAttr(Ops.typeOf(attr("flags")), "n_sequence_fields"))
                .check("(type(sys.implementation).__name__, type(sys.implementation).__module__)",
                        () -> tuple(Ops.typeOf(attr("implementation")).name, Ops.typeOf(attr("implementation")).moduleName()))
                .check("(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())",
                        () -> tuple(call("getdefaultencoding"), call("getfilesystemencoding"), call("getfilesystemencodeerrors")))
                .check("(sys.api_version, sys.float_repr_style, sys.get_int_max_str_digits(), sys.getswitchinterval())",
                        () -> tuple(attr("api_version"), attr("float_repr_style"), call("get_int_max_str_digits"), call("getswitchinterval")))
                .check("[n in sys.builtin_module_names for n in ('sys', 'builtins', 'time')]",
                        () -> {
                            List<Object> names = List.of(((PyTuple) attr("builtin_module_names")).items);
                            return list(names.contains("sys"), names.contains("builtins"), names.contains("time"));
                        })
                .run();
        assertTrue(List.of(((PyTuple) attr("builtin_module_names")).items).contains("math"), "math is written in Java here");
        assertEquals("pyjit", Ops.getAttr(attr("implementation"), "name"));
        assertEquals("pyjit-311", Ops.getAttr(attr("implementation"), "cache_tag"));
        PyDict modules = SysModule.modules();
        assertSame(sys, modules.getStr("sys"));
        assertSame(org.pyjit.runtime.builtins.BuiltinsModule.MODULE, modules.getStr("builtins"));
    }

    @Test
    void functions() {
        new Batch("import sys\n")
                .check("sys.exit()", () -> call("exit"))
                .check("sys.exit(3)", () -> call("exit", 3L))
                .check("(lambda: sys.exit('bye'))()", () -> call("exit", "bye"))
                .check("sys.exit(1, 2)", () -> call("exit", 1L, 2L))
                .check("sys.getrecursionlimit()", () -> call("getrecursionlimit"))
                .check("sys.setrecursionlimit(0)", () -> call("setrecursionlimit", 0L))
                .check("sys.setrecursionlimit('x')", () -> call("setrecursionlimit", "x"))
                .check("sys.setrecursionlimit(1.5)", () -> call("setrecursionlimit", 1.5))
                .check("sys.intern(1)", () -> call("intern", 1L))
                .check("sys.intern('abc')", () -> call("intern", "abc"))
                .check("sys.set_int_max_str_digits(5)", () -> call("set_int_max_str_digits", 5L))
                .check("sys.exc_info()", () -> call("exc_info"))
                .check("sys.exception()", () -> call("exception"))
                .check("[sys.getsizeof(v) for v in (0, 1, -5, 2**30, 2**100, 1.5, True, '', 'a', 'ab' * 10, '\\u00e9', '\\u0101', "
                        + "'\\U0001f600', (), (1, 2), [], b'', b'ab', None)]",
                        () -> {
                            Object[] vs = {0L, 1L, -5L, 1L << 30, big("1267650600228229401496703205376"), 1.5, true, "", "a",
                                "abababababababababab", "\u00e9", "\u0101", "\uD83D\uDE00", tuple(), tuple(1L, 2L), list(), bytes(""),
                                bytes("ab"), PyNone.NONE};
                            org.pyjit.runtime.objects.PyList out = list();
                            for (Object v : vs) out.append(call("getsizeof", v));
                            return out;
                        })
                .run();
        Object s = new String(new char[] {'x', 'y', 'z'});
        assertSame(call("intern", s), call("intern", new String(new char[] {'x', 'y', 'z'})), "interned strings are one object");
    }

    @Test
    void recursionLimitIsSharedState() {
        int old = RecursionLimit.get();
        try {
            call("setrecursionlimit", 2500L);
            assertEquals(2500, RecursionLimit.get());
            assertEquals(2500L, call("getrecursionlimit"));
            RecursionLimit.setDepthSupplier(() -> 40);
            Batch b = new Batch("import sys\n");
            b.check("(lambda: sys.setrecursionlimit(30))() if False else "
                    + "'RecursionError: cannot set the recursion limit to 30 at the recursion depth 40: the limit is too low'",
                    () -> {
                        try {
                            call("setrecursionlimit", 30L);
                            return "no error";
                        } catch (org.pyjit.runtime.exceptions.PyException e) {
                            return e.value.type.name + ": " + e.value.args.items[0];
                        }
                    }).run();
        } finally {
            RecursionLimit.setDepthSupplier(() -> 0);
            RecursionLimit.set(old);
        }
    }

    @Test
    void excInfoReadsTheHandledException() {
        PyBaseException e = Errors.valueError("boom").value;
        PyBaseException old = ExceptionState.set(e);
        try {
            PyTuple info = (PyTuple) call("exc_info");
            assertSame(e.type, info.items[0]);
            assertSame(e, info.items[1]);
            assertSame(PyNone.NONE, info.items[2]);
            assertSame(e, call("exception"));
        } finally {
            ExceptionState.set(old);
        }
        assertSame(PyNone.NONE, call("exception"));
    }

    @Test
    void createTakesArgvAndPath() {
        PyModule before = SysModule.module();
        try {
            PyModule m = SysModule.create(List.of("prog.py", "-v"), List.of("/a", "/b"), "/usr/bin/pyjit");
            assertSame(m, SysModule.module());
            assertEquals("[prog.py, -v]", java.util.Arrays.toString(((org.pyjit.runtime.objects.PyList) m.dict.getStr("argv")).toArray()));
            assertEquals("[/a, /b]", java.util.Arrays.toString(((org.pyjit.runtime.objects.PyList) m.dict.getStr("path")).toArray()));
            assertEquals("/usr/bin/pyjit", m.dict.getStr("executable"));
        } finally {
            SysModule.create(List.of(""), List.of(), null);
            assertTrue(before != SysModule.module());
        }
    }

    @Test
    void simpleNamespaceAndStructSequences() {
        Object ns = Py.construct(SimpleNamespace.TYPE);
        Ops.callKw(Ops.getAttr(ns, "__init__"), new Object[] {1L, "x"}, new String[] {"a", "b"});
        new Batch("import types, time\n")
                .check("repr(types.SimpleNamespace(a=1, b='x'))", () -> Ops.repr(ns))
                .check("types.SimpleNamespace(1)", () -> Ops.call(Ops.getAttr(Py.construct(SimpleNamespace.TYPE), "__init__"), 1L))
                .check("time.struct_time((1, 2, 3))", () -> Py.construct(TimeModule.STRUCT_TIME.type, tuple(1L, 2L, 3L)))
                .check("time.struct_time(tuple(range(12)))", () -> Py.construct(TimeModule.STRUCT_TIME.type,
                        tuple(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L)))
                .check("repr(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))",
                        () -> Ops.repr(Py.construct(TimeModule.STRUCT_TIME.type, tuple(2000L, 1L, 1L, 0L, 0L, 0L, 5L, 1L, 0L))))
                .check("time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)).tm_zone",
                        () -> Ops.getAttr(Py.construct(TimeModule.STRUCT_TIME.type, tuple(2000L, 1L, 1L, 0L, 0L, 0L, 5L, 1L, 0L)), "tm_zone"))
                .check("time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'Z', 60)).tm_gmtoff",
                        () -> Ops.getAttr(Py.construct(TimeModule.STRUCT_TIME.type,
                                tuple(2000L, 1L, 1L, 0L, 0L, 0L, 5L, 1L, 0L, "Z", 60L)), "tm_gmtoff"))
                .run();
    }
}
