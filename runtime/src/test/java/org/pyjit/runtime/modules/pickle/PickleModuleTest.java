package org.pyjit.runtime.modules.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;

/**
 * {@code _pickle.dumps} of builtin values in protocols 1 to 5 against CPython's bytes, the round
 * trip through {@code loads}, and the unpickler's errors for bad data.
 */
class PickleModuleTest {
    /** Python source of each value, and the same value built in Java. */
    private static final String[] SOURCES = {"None", "True", "0", "255", "65535", "-1", "2**31", "-2**31 - 1", "2**70",
        "-2**70", "1.5", "'abc'", "'\\u20ac'", "(1, 2)", "(1, 2, 3, 4)", "[1, 'a', 'a']", "{'k': [None]}",
        "list(range(1001))"};

    private static List<Object> values() {
        PyDict d = new PyDict();
        d.put("k", Py.list(PyNone.NONE));
        Object[] range = new Object[1001];
        for (int i = 0; i < range.length; i++) range[i] = (long) i;
        String a = "a";
        return List.of(PyNone.NONE, Boolean.TRUE, 0L, 255L, 65535L, -1L, 2147483648L, -2147483649L,
                Py.big("1180591620717411303424"), Py.big("-1180591620717411303424"), 1.5, "abc", "\u20ac",
                Py.tuple(1L, 2L), Py.tuple(1L, 2L, 3L, 4L), Py.list(1L, a, a), d, new PyList(range));
    }

    @Test
    void dumpsMatchesCPythonByteForByte() {
        Py.boot();
        StringBuilder script = new StringBuilder("import pickle\n");
        for (int proto = 1; proto <= 5; proto++) {
            for (String s : SOURCES) {
                script.append("a = 'a'\nv = ").append(s.replace("'a', 'a'", "a, a")).append("\nprint(pickle.dumps(v, ")
                        .append(proto).append(").hex())\n");
            }
        }
        List<String> expected = CPython.lines(script.toString());
        PyModule m = PickleModule.create();
        Object dumps = m.dict.getStr("dumps"), loads = m.dict.getStr("loads");
        List<String> got = new ArrayList<>();
        for (int proto = 1; proto <= 5; proto++) {
            for (Object v : values()) {
                PyBytes b = (PyBytes) Ops.call(dumps, v, (long) proto);
                got.add(HexFormat.of().formatHex(b.toArray()));
                assertEquals(Ops.repr(v), Ops.repr(Ops.call(loads, b)));
            }
        }
        assertEquals(expected, got);
    }

    private static String error(Object data) {
        PyModule m = PickleModule.create();
        PyException e = assertThrows(PyException.class, () -> Ops.call(m.dict.getStr("loads"), data));
        return e.value.type.name + ": " + Ops.str(e.value);
    }

    @Test
    void badDataRaisesCPythonsErrors() {
        Py.boot();
        assertEquals("EOFError: Ran out of input", error(new PyBytes(new byte[0])));
        assertEquals("UnpicklingError: pickle data was truncated", error(new PyBytes(new byte[] {'K'})));
        assertEquals("UnpicklingError: invalid load key, '\\xff'.", error(new PyBytes(new byte[] {(byte) 0xff})));
        assertEquals("UnpicklingError: invalid load key, 'z'.", error(new PyBytes(new byte[] {'z', '.'})));
        assertEquals("UnpicklingError: Memo value not found at index 5", error(new PyBytes(new byte[] {'h', 5, '.'})));
        assertEquals("UnpicklingError: unpickling stack underflow", error(new PyBytes(new byte[] {'0'})));
        assertEquals("UnpicklingError: unexpected MARK found", error(new PyBytes(new byte[] {'(', '.'})));
        assertEquals("UnpicklingError: could not find MARK", error(new PyBytes(new byte[] {'K', 1, '1'})));
        assertEquals("ValueError: unsupported pickle protocol: 9", error(new PyBytes(new byte[] {(byte) 0x80, 9, '.'})));
        assertEquals("TypeError: a bytes-like object is required, not 'str'", error("text"));
    }

    @Test
    void protocolArgumentIsChecked() {
        Py.boot();
        assertEquals(4, PickleModule.protocol(PyNone.NONE));
        assertEquals(5, PickleModule.protocol(-1L));
        PyException e = assertThrows(PyException.class, () -> PickleModule.protocol(6L));
        assertEquals("pickle protocol must be <= 5", Ops.str(e.value));
    }
}
