package org.pyjit.runtime.builtins;

import static org.pyjit.runtime.testutil.Py.big;
import static org.pyjit.runtime.testutil.Py.bytes;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.list;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;
import org.pyjit.runtime.types.BuiltinTypes;

/** repr, ascii, chr, ord, format. */
class TextBuiltinsTest {
    @BeforeAll
    static void boot() {
        Py.boot();
    }

    @Test
    void reprAsciiChrOrd() {
        new Batch()
                .check("repr('it\\'s')", () -> call("repr", "it's"))
                .check("repr(12)", () -> call("repr", 12L))
                .check("ascii('h\\u00e9llo \\U0001f600\\n\\u20ac')", () -> call("ascii", "h\u00e9llo \uD83D\uDE00\n\u20ac"))
                .check("ascii('plain')", () -> call("ascii", "plain"))
                .check("chr(65)", () -> call("chr", 65L))
                .check("chr(0x1f600)", () -> call("chr", 0x1f600L))
                .check("chr(0xd800) == '\\ud800'", () -> call("chr", 0xd800L).equals("\ud800"))
                .check("chr(True)", () -> call("chr", true))
                .check("chr(-1)", () -> call("chr", -1L))
                .check("chr(0x110000)", () -> call("chr", 0x110000L))
                .check("chr(2**40)", () -> call("chr", 1L << 40))
                .check("chr(2**70)", () -> call("chr", big("1180591620717411303424")))
                .check("chr('a')", () -> call("chr", "a"))
                .check("chr(1.5)", () -> call("chr", 1.5))
                .check("ord('a')", () -> call("ord", "a"))
                .check("ord('\\U0001f600')", () -> call("ord", "\uD83D\uDE00"))
                .check("ord('\\udc80')", () -> call("ord", "\udc80"))
                .check("ord(b'a')", () -> call("ord", bytes("a")))
                .check("ord(bytearray(b'\\xff'))", () -> call("ord", new PyBytes(BuiltinTypes.BYTEARRAY, new byte[] {(byte) 0xff})))
                .check("ord('ab')", () -> call("ord", "ab"))
                .check("ord('')", () -> call("ord", ""))
                .check("ord(b'ab')", () -> call("ord", bytes("ab")))
                .check("ord(1)", () -> call("ord", 1L))
                .check("ord([])", () -> call("ord", list()))
                .check("ord()", () -> call("ord"))
                .check("repr()", () -> call("repr"))
                .check("ascii()", () -> call("ascii"))
                .run();
    }

    @Test
    void formatCallsDunderFormat() {
        PyType f = new Py.ClassBuilder("F").method("__format__", (a, kw) -> "<" + a[1] + ">").build();
        PyType bad = new Py.ClassBuilder("Bad").method("__format__", (a, kw) -> 1L).build();
        new Batch("class F:\n    def __format__(self, spec): return '<' + spec + '>'\n"
                + "class Bad:\n    def __format__(self, spec): return 1\n")
                .check("format(F(), 'xy')", () -> call("format", Py.instance(f), "xy"))
                .check("format(F())", () -> call("format", Py.instance(f)))
                .check("format(Bad())", () -> call("format", Py.instance(bad)))
                .check("format('abc')", () -> call("format", "abc"))
                .check("format(1, 2)", () -> call("format", 1L, 2L))
                .check("format()", () -> call("format"))
                .check("format(1, 'x', 2)", () -> call("format", 1L, "x", 2L))
                .run();
    }
}
