package org.pyjit.runtime.types;

import static org.junit.jupiter.api.Assertions.*;
import static org.pyjit.runtime.exceptions.ExceptionTypes.*;
import static org.pyjit.runtime.types.Py.*;

import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.*;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/** The builtin exceptions' construction, fields, str and repr. */
class ExceptionsTest {
    static final CPython py = new CPython();

    static {
        TypeRegistry.bootstrap();
    }

    static final String BASE_KW = py.probe("base_kw", "ValueError(x=2)");
    static final String INIT_KW = py.probe("init_kw", "ValueError.__init__(ValueError(), x=1)");
    static final String STRS = py.probe("strs", "(str(ValueError()), str(ValueError(1)), str(ValueError(1, 'a')), repr(ValueError()), repr(ValueError('x')), repr(ValueError(1, 'a')), repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))");
    static final String ARGS_SET = py.probe("args_set", "x = ValueError()\nx.args = [1, 2]\nx.args");
    static final String ARGS_DEL = py.probe("args_del", "x = ValueError()\ndel x.args");
    static final String CHAIN = py.probe("chain", "x = ValueError()\na = (x.__cause__, x.__context__, x.__suppress_context__, x.__traceback__)\nx.__cause__ = KeyError()\n(a, x.__suppress_context__, type(x.__cause__).__name__)");
    static final String CAUSE_BAD = py.probe("cause_bad", "x = ValueError()\nx.__cause__ = 1");
    static final String CONTEXT_BAD = py.probe("context_bad", "x = ValueError()\nx.__context__ = 1");
    static final String TB_BAD = py.probe("tb_bad", "ValueError(1).with_traceback(5)");
    static final String TB_NONE = py.probe("tb_none", "ValueError(1).with_traceback(None)");
    static final String NOTES = py.probe("notes", "x = ValueError()\nx.add_note('a')\nx.add_note('b')\n(x.__notes__, list(x.__dict__))");
    static final String NOTE_BAD = py.probe("note_bad", "ValueError().add_note(1)");
    static final String NOTES_NOT_LIST = py.probe("notes_not_list", "x = ValueError()\nx.__notes__ = 1\nx.add_note('a')");
    static final String REDUCE = py.probe("reduce", "x = ValueError(1)\na = x.__reduce__()\nx.foo = 2\n(a, x.__reduce__())");
    static final String FIELDS = py.probe("fields", "(StopIteration(1, 2).value, StopIteration().value, SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)");
    static final String IMPORT = py.probe("import", "e = ImportError('m', name='n', path='p')\n(e.msg, e.name, e.path, str(e), ImportError('m', 'x').msg, str(ImportError(1)))");
    static final String IMPORT_KW = py.probe("import_kw", "ModuleNotFoundError('m', foo=1)");
    static final String NAME_ATTR = py.probe("name_attr", "(NameError('x', name='n').name, AttributeError('x', name='n', obj=1).obj, AttributeError('x').name)");
    static final String NAME_KW = py.probe("name_kw", "NameError('x', foo=1)");
    static final String OSERROR = py.probe("oserror", "e = OSError(2, 'No such file or directory', 'x')\n(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))");
    static final String OSERROR_2 = py.probe("oserror2", "str(OSError(2, 'No such file or directory', 'x', None, 'y'))");
    static final String OSERROR_STRS = py.probe("oserror_strs", "(str(OSError(2, 'msg')), str(OSError(1)), OSError(1).errno, str(OSError(None, 'b')), OSError(2, 'a', 'x', 5, 'y', 6).args, OSError(2, 'a', 'x', 5, 'y', 6).errno)");
    static final String OSERROR_MAP = py.probe("oserror_map", "' '.join(type(OSError(n, 'x')).__name__ for n in (11, 115, 10, 32, 108, 103, 111, 104, 17, 2, 21, 20, 4, 13, 1, 3, 110, 114, 99))");
    static final String OSERROR_SUB = py.probe("oserror_sub", "(type(FileNotFoundError(17, 'e')).__name__, type(OSError('a', 'b')).__name__)");
    static final String OSERROR_KW = py.probe("oserror_kw", "OSError(2, 'x', filename='x')");
    static final String OSERROR_INIT = py.probe("oserror_init", """
            class E(OSError):
                def __init__(self, *a):
                    super().__init__(*a)
            e = E(2, 'msg', 'f')
            (type(e).__name__, e.errno, e.filename, e.args)""");
    static final String SYNTAX = py.probe("syntax", "e = SyntaxError('invalid syntax', ('/a/x.py', 3, 4, 'text', 3, 5))\n(str(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)");
    static final String SYNTAX_STRS = py.probe("syntax_strs", "(str(SyntaxError('m', ('x.py', None, 4, 't'))), str(SyntaxError('m', (None, 3, 4, 't'))), str(SyntaxError('m')), str(SyntaxError()), SyntaxError('a').lineno, len(SyntaxError('a', (1, 2, 3, 4), 3).args))");
    static final String SYNTAX_FEW = py.probe("syntax_few", "SyntaxError('a', ('x.py', 3, 4))");
    static final String SYNTAX_END = py.probe("syntax_end", "SyntaxError('a', ('x.py', 3, 4, 't', 1))");
    static final String UNICODE = py.probe("unicode", "(str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 1, 'invalid start byte')), str(UnicodeDecodeError('utf-8', b'\\xff\\xfe', 0, 2, 'r')), str(UnicodeEncodeError('ascii', 'a\\xe9\\u1234\\U0001f600', 1, 2, 'r')), str(UnicodeEncodeError('ascii', 'a\\xe9\\u1234\\U0001f600', 2, 3, 'r')), str(UnicodeEncodeError('ascii', 'a\\xe9\\u1234\\U0001f600', 3, 4, 'r')), str(UnicodeEncodeError('ascii', 'a\\xe9\\u1234\\U0001f600', 1, 4, 'r')), str(UnicodeTranslateError('a\\xe9', 1, 2, 'r')), str(UnicodeDecodeError('utf-8', b'\\xff', 0, 0, 'x')))");
    static final String UNICODE_BYTES = py.probe("unicode_bytes", "UnicodeDecodeError('utf-8', 'x', 0, 1, 'r')");
    static final String UNICODE_COUNT = py.probe("unicode_count", "UnicodeDecodeError('utf-8', b'x', 0, 1)");
    static final String UNICODE_TYPE = py.probe("unicode_type", "UnicodeEncodeError('utf-8', b'x', 0, 1, 'r')");
    static final String GROUP = py.probe("group", "g = BaseExceptionGroup('msg', [ValueError(1)])\n(type(g).__name__, str(g), repr(g), g.message, type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__, str(ExceptionGroup('m', (ValueError(1), KeyError(2)))))");
    static final String GROUP_NEST = py.probe("group_nest", "ExceptionGroup('msg', [KeyboardInterrupt()])");
    static final String GROUP_EMPTY = py.probe("group_empty", "BaseExceptionGroup('msg', [])");
    static final String GROUP_SEQ = py.probe("group_seq", "BaseExceptionGroup('msg', 1)");
    static final String GROUP_ITEM = py.probe("group_item", "BaseExceptionGroup('msg', [1])");
    static final String GROUP_MSG = py.probe("group_msg", "BaseExceptionGroup(1, [ValueError()])");
    static final String GROUP_ARGC = py.probe("group_argc", "BaseExceptionGroup('m')");
    static final String GROUP_SPLIT = py.probe("group_split", """
            g = ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('h', [ValueError(3), KeyError(4)])])
            m, r = g.split(ValueError)
            (repr(m), repr(r), repr(g.subgroup(lambda e: isinstance(e, KeyError))), g.subgroup(OSError))""");
    static final String MRO = py.probe("eg_mro", "' '.join(c.__name__ for c in ExceptionGroup.__mro__)");

    private static Object mk(PyType t, Object... args) {
        return Ops.call(t, args);
    }

    private static String tuple(Object... items) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) b.append(", ");
            b.append(items[i] instanceof String s ? s : show(items[i]));
        }
        return b.append(items.length == 1 ? ",)" : ")").toString();
    }

    private static String r(Object o) {
        return Ops.repr(o);
    }

    @Test
    void baseException() {
        assertEquals(py.get(BASE_KW), run(() -> callKw(VALUE_ERROR, new Object[] {2L}, "x")));
        assertEquals(py.get(INIT_KW), run(() -> callKw(get(VALUE_ERROR, "__init__"), new Object[] {mk(VALUE_ERROR), 1L}, "x")));
        assertEquals(py.get(STRS), "OK " + tuple(r(Ops.str(mk(VALUE_ERROR))), r(Ops.str(mk(VALUE_ERROR, 1L))), r(Ops.str(mk(VALUE_ERROR, 1L, "a"))),
                r(r(mk(VALUE_ERROR))), r(r(mk(VALUE_ERROR, "x"))), r(r(mk(VALUE_ERROR, 1L, "a"))), r(r(mk(KEY_ERROR, "k"))),
                r(Ops.str(mk(KEY_ERROR, "k"))), r(Ops.str(mk(KEY_ERROR))), r(Ops.str(mk(KEY_ERROR, 1L, 2L)))));
        assertEquals(py.get(ARGS_SET), run(() -> {
            Object x = mk(VALUE_ERROR);
            PyList l = new PyList();
            l.append(1L);
            l.append(2L);
            Ops.setAttr(x, "args", l);
            return ExceptionMethods.tupleRepr(((PyTuple) get(x, "args")).items);
        }));
        assertEquals(py.get(ARGS_DEL), run(() -> {
            Ops.delAttr(mk(VALUE_ERROR), "args");
            return null;
        }));
    }

    @Test
    void chainingAndTraceback() {
        assertEquals(py.get(CHAIN), run(() -> {
            Object x = mk(VALUE_ERROR);
            String a = tuple(get(x, "__cause__"), get(x, "__context__"), get(x, "__suppress_context__"), get(x, "__traceback__"));
            Ops.setAttr(x, "__cause__", mk(KEY_ERROR));
            return "(" + a + ", " + show(get(x, "__suppress_context__")) + ", " + r(Ops.typeName(get(x, "__cause__"))) + ")";
        }));
        assertEquals(py.get(CAUSE_BAD), run(() -> {
            Ops.setAttr(mk(VALUE_ERROR), "__cause__", 1L);
            return null;
        }));
        assertEquals(py.get(CONTEXT_BAD), run(() -> {
            Ops.setAttr(mk(VALUE_ERROR), "__context__", 1L);
            return null;
        }));
        assertEquals(py.get(TB_BAD), run(() -> call(get(mk(VALUE_ERROR, 1L), "with_traceback"), 5L)));
        assertEquals(py.get(TB_NONE), run(() -> call(get(mk(VALUE_ERROR, 1L), "with_traceback"), PyNone.NONE)));
    }

    @Test
    void notesAndReduce() {
        assertEquals(py.get(NOTES), run(() -> {
            Object x = mk(VALUE_ERROR);
            call(get(x, "add_note"), "a");
            call(get(x, "add_note"), "b");
            PyList notes = (PyList) get(x, "__notes__");
            PyDict d = (PyDict) get(x, "__dict__");
            return "([" + r(notes.items[0]) + ", " + r(notes.items[1]) + "], [" + r(d.keyAt(d.nextEntry(0))) + "])";
        }));
        assertEquals(py.get(NOTE_BAD), run(() -> call(get(mk(VALUE_ERROR), "add_note"), 1L)));
        assertEquals(py.get(NOTES_NOT_LIST), run(() -> {
            Object x = mk(VALUE_ERROR);
            Ops.setAttr(x, "__notes__", 1L);
            return call(get(x, "add_note"), "a");
        }));
        assertEquals(py.get(REDUCE), run(() -> {
            Object x = mk(VALUE_ERROR, 1L);
            PyTuple a = (PyTuple) call(get(x, "__reduce__"));
            Ops.setAttr(x, "foo", 2L);
            PyTuple b = (PyTuple) call(get(x, "__reduce__"));
            return "((" + r(a.items[0]) + ", " + ExceptionMethods.tupleRepr(((PyTuple) a.items[1]).items) + "), (" + r(b.items[0]) + ", "
                    + ExceptionMethods.tupleRepr(((PyTuple) b.items[1]).items) + ", {'foo': " + r(((PyDict) b.items[2]).getStr("foo")) + "}))";
        }));
    }

    @Test
    void fieldExceptions() {
        assertEquals(py.get(FIELDS), "OK " + tuple(get(mk(STOP_ITERATION, 1L, 2L), "value"), get(mk(STOP_ITERATION), "value"),
                get(mk(SYSTEM_EXIT), "code"), get(mk(SYSTEM_EXIT, 3L), "code"), ExceptionMethods.tupleRepr(new Object[] {1L, 2L})));
        Object e = callKw(IMPORT_ERROR, new Object[] {"m", "n", "p"}, "name", "path");
        assertEquals(py.get(IMPORT), "OK " + tuple(r(get(e, "msg")), r(get(e, "name")), r(get(e, "path")), r(Ops.str(e)),
                get(mk(IMPORT_ERROR, "m", "x"), "msg"), r(Ops.str(mk(IMPORT_ERROR, 1L)))));
        assertEquals(py.get(IMPORT_KW), run(() -> callKw(MODULE_NOT_FOUND_ERROR, new Object[] {"m", 1L}, "foo")));
        assertEquals(py.get(NAME_ATTR), "OK " + tuple(r(get(callKw(NAME_ERROR, new Object[] {"x", "n"}, "name"), "name")),
                get(callKw(ATTRIBUTE_ERROR, new Object[] {"x", "n", 1L}, "name", "obj"), "obj"), get(mk(ATTRIBUTE_ERROR, "x"), "name")));
        assertEquals(py.get(NAME_KW), run(() -> callKw(NAME_ERROR, new Object[] {"x", 1L}, "foo")));
        // exceptions the runtime raises carry their fields too
        PyException si = Errors.stopIteration(7L);
        assertEquals(7L, get(si.value, "value"));
        assertInstanceOf(PyStopIteration.class, si.value);
    }

    @Test
    void osError() {
        Object e = mk(OS_ERROR, 2L, "No such file or directory", "x");
        assertEquals(py.get(OSERROR), "OK " + tuple(r(Ops.typeName(e)), ExceptionMethods.tupleRepr(((PyTuple) get(e, "args")).items),
                get(e, "errno"), r(get(e, "strerror")), r(get(e, "filename")), get(e, "filename2"), r(Ops.str(e)), r(r(e))));
        assertEquals(py.get(OSERROR_2), run(() -> Ops.str(mk(OS_ERROR, 2L, "No such file or directory", "x", PyNone.NONE, "y"))));
        Object six = mk(OS_ERROR, 2L, "a", "x", 5L, "y", 6L);
        assertEquals(py.get(OSERROR_STRS), "OK " + tuple(r(Ops.str(mk(OS_ERROR, 2L, "msg"))), r(Ops.str(mk(OS_ERROR, 1L))), get(mk(OS_ERROR, 1L), "errno"),
                r(Ops.str(mk(OS_ERROR, PyNone.NONE, "b"))), ExceptionMethods.tupleRepr(((PyTuple) get(six, "args")).items), get(six, "errno")));
        long[] errnos = {11, 115, 10, 32, 108, 103, 111, 104, 17, 2, 21, 20, 4, 13, 1, 3, 110, 114, 99};
        StringBuilder names = new StringBuilder();
        for (long n : errnos) names.append(names.isEmpty() ? "" : " ").append(Ops.typeName(mk(OS_ERROR, n, "x")));
        assertEquals(py.get(OSERROR_MAP), "OK " + names);
        assertEquals(py.get(OSERROR_SUB), "OK " + tuple(r(Ops.typeName(mk(FILE_NOT_FOUND_ERROR, 17L, "e"))), r(Ops.typeName(mk(OS_ERROR, "a", "b")))));
        assertEquals(py.get(OSERROR_KW), run(() -> callKw(OS_ERROR, new Object[] {2L, "x", "x"}, "filename")));
        // the runtime's own OSErrors map errno the same way
        assertSame(FILE_NOT_FOUND_ERROR, Errors.withArgs(OS_ERROR, 2L, "No such file or directory", "f").value.type);
        // a subclass overriding __init__ parses there (the Java stand-in calls OSError.__init__ like super().__init__)
        Object osInit = get(OS_ERROR, "__init__");
        PyType sub = cls("E", bases(OS_ERROR), "__init__", method("__init__", (a, kw) -> Ops.callKw(osInit, a, kw)));
        assertEquals(py.get(OSERROR_INIT), run(() -> {
            Object x = mk(sub, 2L, "msg", "f");
            return tuple(r(Ops.typeName(x)), get(x, "errno"), r(get(x, "filename")), ExceptionMethods.tupleRepr(((PyTuple) get(x, "args")).items));
        }));
    }

    @Test
    void syntaxError() {
        Object e = mk(SYNTAX_ERROR, "invalid syntax", PyTuple.of("/a/x.py", 3L, 4L, "text", 3L, 5L));
        assertEquals(py.get(SYNTAX), "OK " + tuple(r(Ops.str(e)), r(get(e, "msg")), r(get(e, "filename")), get(e, "lineno"), get(e, "offset"),
                r(get(e, "text")), get(e, "end_lineno"), get(e, "end_offset"), get(e, "print_file_and_line")));
        assertEquals(py.get(SYNTAX_STRS), "OK " + tuple(r(Ops.str(mk(SYNTAX_ERROR, "m", PyTuple.of("x.py", PyNone.NONE, 4L, "t")))),
                r(Ops.str(mk(SYNTAX_ERROR, "m", PyTuple.of(PyNone.NONE, 3L, 4L, "t")))), r(Ops.str(mk(SYNTAX_ERROR, "m"))),
                r(Ops.str(mk(SYNTAX_ERROR))), get(mk(SYNTAX_ERROR, "a"), "lineno"),
                (long) ((PyTuple) get(mk(SYNTAX_ERROR, "a", PyTuple.of(1L, 2L, 3L, 4L), 3L), "args")).items.length));
        assertEquals(py.get(SYNTAX_FEW), run(() -> mk(SYNTAX_ERROR, "a", PyTuple.of("x.py", 3L, 4L))));
        assertEquals(py.get(SYNTAX_END), run(() -> mk(SYNTAX_ERROR, "a", PyTuple.of("x.py", 3L, 4L, "t", 1L))));
        PySyntaxError se = (PySyntaxError) Errors.withArgs(SYNTAX_ERROR, "bad", PyTuple.of("f.py", 1L, 2L, "x")).value;
        assertEquals(1L, se.lineno);
    }

    @Test
    void unicodeErrors() {
        PyBytes ff = new PyBytes(new byte[] {(byte) 0xff, (byte) 0xfe});
        String text = "a\u00e9\u1234\uD83D\uDE00";
        assertEquals(py.get(UNICODE), "OK " + tuple(r(Ops.str(mk(UNICODE_DECODE_ERROR, "utf-8", ff, 0L, 1L, "invalid start byte"))),
                r(Ops.str(mk(UNICODE_DECODE_ERROR, "utf-8", ff, 0L, 2L, "r"))), r(Ops.str(mk(UNICODE_ENCODE_ERROR, "ascii", text, 1L, 2L, "r"))),
                r(Ops.str(mk(UNICODE_ENCODE_ERROR, "ascii", text, 2L, 3L, "r"))), r(Ops.str(mk(UNICODE_ENCODE_ERROR, "ascii", text, 3L, 4L, "r"))),
                r(Ops.str(mk(UNICODE_ENCODE_ERROR, "ascii", text, 1L, 4L, "r"))), r(Ops.str(mk(UNICODE_TRANSLATE_ERROR, "a\u00e9", 1L, 2L, "r"))),
                r(Ops.str(mk(UNICODE_DECODE_ERROR, "utf-8", new PyBytes(new byte[] {(byte) 0xff}), 0L, 0L, "x")))));
        assertEquals(py.get(UNICODE_BYTES), run(() -> mk(UNICODE_DECODE_ERROR, "utf-8", "x", 0L, 1L, "r")));
        assertEquals(py.get(UNICODE_COUNT), run(() -> mk(UNICODE_DECODE_ERROR, "utf-8", ff, 0L, 1L)));
        assertEquals(py.get(UNICODE_TYPE), run(() -> mk(UNICODE_ENCODE_ERROR, "utf-8", ff, 0L, 1L, "r")));
    }

    private static PyList list(Object... items) {
        PyList l = new PyList();
        for (Object i : items) l.append(i);
        return l;
    }

    @Test
    void exceptionGroups() {
        Object g = mk(BASE_EXCEPTION_GROUP, "msg", list(mk(VALUE_ERROR, 1L)));
        String gRepr = "ExceptionGroup('msg', [ValueError(1)])";
        assertEquals(py.get(GROUP), "OK " + tuple(r(Ops.typeName(g)), r(Ops.str(g)), r(gRepr), r(get(g, "message")),
                r(Ops.typeName(mk(BASE_EXCEPTION_GROUP, "m", list(mk(KEYBOARD_INTERRUPT))))),
                r(Ops.str(mk(EXCEPTION_GROUP, "m", PyTuple.of(mk(VALUE_ERROR, 1L), mk(KEY_ERROR, 2L)))))));
        // the repr of the list inside is the containers' business; check the parts
        assertTrue(r(g).startsWith("ExceptionGroup('msg', "), r(g));
        assertEquals(py.get(GROUP_NEST), run(() -> mk(EXCEPTION_GROUP, "msg", list(mk(KEYBOARD_INTERRUPT)))));
        assertEquals(py.get(GROUP_EMPTY), run(() -> mk(BASE_EXCEPTION_GROUP, "msg", list())));
        assertEquals(py.get(GROUP_SEQ), run(() -> mk(BASE_EXCEPTION_GROUP, "msg", 1L)));
        assertEquals(py.get(GROUP_ITEM), run(() -> mk(BASE_EXCEPTION_GROUP, "msg", list(1L))));
        assertEquals(py.get(GROUP_MSG), run(() -> mk(BASE_EXCEPTION_GROUP, 1L, list(mk(VALUE_ERROR)))));
        assertEquals(py.get(GROUP_ARGC), run(() -> mk(BASE_EXCEPTION_GROUP, "m")));
        assertEquals(py.get(MRO), run(() -> names(get(EXCEPTION_GROUP, "__mro__"))));

        Object v1 = mk(VALUE_ERROR, 1L), t2 = mk(TYPE_ERROR, 2L), v3 = mk(VALUE_ERROR, 3L), k4 = mk(KEY_ERROR, 4L);
        Object h = mk(EXCEPTION_GROUP, "h", list(v3, k4));
        Object eg = mk(EXCEPTION_GROUP, "g", list(v1, t2, h));
        PyTuple split = (PyTuple) call(get(eg, "split"), VALUE_ERROR);
        Object sub = call(get(eg, "subgroup"), fn("isKey", a -> TypeChecks.isInstance(a[0], KEY_ERROR)));
        String expected = py.get(GROUP_SPLIT);
        assertEquals("OK (\"ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [ValueError(3)])])\", "
                + "\"ExceptionGroup('g', [TypeError(2), ExceptionGroup('h', [KeyError(4)])])\", "
                + "\"ExceptionGroup('g', [ExceptionGroup('h', [KeyError(4)])])\", None)", expected);
        assertEquals("ValueError(1) ExceptionGroup('h', [ValueError(3)])", groupMembers(split.items[0]));
        assertEquals("TypeError(2) ExceptionGroup('h', [KeyError(4)])", groupMembers(split.items[1]));
        assertEquals("ExceptionGroup('h', [KeyError(4)])", groupMembers(sub));
        assertSame(PyNone.NONE, call(get(eg, "subgroup"), OS_ERROR));
    }

    /** The members of a group, nested groups written as CPython's repr would show them (lists by hand). */
    private static String groupMembers(Object g) {
        StringBuilder b = new StringBuilder();
        for (Object e : ((PyTuple) get(g, "exceptions")).items) {
            if (!b.isEmpty()) b.append(' ');
            if (e instanceof PyExceptionGroup inner) {
                b.append("ExceptionGroup(").append(r(inner.message)).append(", [").append(groupMembers(inner).replace(" ", ", ")).append("])");
            } else {
                b.append(r(e));
            }
        }
        return b.toString();
    }
}
