package org.pyjit.runtime.io;

import static org.pyjit.runtime.testutil.Py.bytes;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.callKw;
import static org.pyjit.runtime.testutil.Py.list;
import static org.pyjit.runtime.testutil.Py.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.Batch;
import org.pyjit.runtime.testutil.Py;

/**
 * open() and file objects against CPython: both sides run the same operations in the same
 * directory (emptied in between), so file names in error messages agree too.
 */
class FileObjectsTest {
    @TempDir
    static Path tmp;

    static final String HELPERS = """
            import os
            def wr(name, data, mode='w', **kw):
                with open(name, mode, **kw) as f:
                    return f.write(data)
            def rd(name, mode='r', **kw):
                with open(name, mode, **kw) as f:
                    return f.read()
            def rlines(name, mode='r', **kw):
                with open(name, mode, **kw) as f:
                    return f.readlines()
            """;

    @BeforeAll
    static void boot() {
        Py.boot();
    }

    private Batch batch() {
        return new Batch("D = " + Batch.literal(tmp.toString()) + "\n" + HELPERS).beforeJava(FileObjectsTest::wipe);
    }

    private static void wipe() {
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(tmp)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String p(String name) {
        return tmp + "/" + name;
    }

    static Object open(Object... args) {
        return call("open", args);
    }

    static Object openKw(Object[] args, String... kw) {
        return callKw("open", args, kw);
    }

    static Object m(Object o, String method, Object... args) {
        return Ops.call(Ops.getAttr(o, method), args);
    }

    static Object wr(String name, Object data, String mode, Object[] kwvals, String... kw) {
        Object[] args = new Object[2 + kwvals.length];
        args[0] = p(name);
        args[1] = mode;
        System.arraycopy(kwvals, 0, args, 2, kwvals.length);
        Object f = kw.length == 0 ? open(args) : openKw(args, kw);
        try {
            return m(f, "write", data);
        } finally {
            m(f, "close");
        }
    }

    static Object wr(String name, Object data) {
        return wr(name, data, "w", new Object[0]);
    }

    static Object withFile(Object f, java.util.function.Function<Object, Object> body) {
        try {
            return body.apply(f);
        } finally {
            m(f, "close");
        }
    }

    static Object rd(String name, String mode, Object[] kwvals, String... kw) {
        Object[] args = new Object[2 + kwvals.length];
        args[0] = p(name);
        args[1] = mode;
        System.arraycopy(kwvals, 0, args, 2, kwvals.length);
        return withFile(kw.length == 0 ? open(args) : openKw(args, kw), f -> m(f, "read"));
    }

    static Object rd(String name) {
        return rd(name, "r", new Object[0]);
    }

    static Object rlines(String name, Object[] kwvals, String... kw) {
        Object[] args = new Object[2 + kwvals.length];
        args[0] = p(name);
        args[1] = "r";
        System.arraycopy(kwvals, 0, args, 2, kwvals.length);
        return withFile(openKw(args, kw), f -> m(f, "readlines"));
    }

    static final String MIXED = "h\u00e9llo\nw\u00f6rld\r\nx\ry \uD83D\uDE00";

    @Test
    void textReadWriteAndNewlines() {
        batch()
                .check("wr(D + '/a.txt', 'h\\u00e9llo\\nw\\u00f6rld\\r\\nx\\ry \\U0001f600')", () -> wr("a.txt", MIXED))
                .check("rd(D + '/a.txt')", () -> rd("a.txt"))
                .check("rd(D + '/a.txt', 'rb')", () -> rd("a.txt", "rb", new Object[0]))
                .check("rlines(D + '/a.txt')", () -> withFile(open(p("a.txt")), f -> m(f, "readlines")))
                .check("rlines(D + '/a.txt', newline='')", () -> rlines("a.txt", new Object[] {""}, "newline"))
                .check("rlines(D + '/a.txt', newline='\\r')", () -> rlines("a.txt", new Object[] {"\r"}, "newline"))
                .check("rlines(D + '/a.txt', newline='\\n')", () -> rlines("a.txt", new Object[] {"\n"}, "newline"))
                .check("rlines(D + '/a.txt', newline='\\r\\n')", () -> rlines("a.txt", new Object[] {"\r\n"}, "newline"))
                .check("rlines(D + '/a.txt', 'rb')", () -> withFile(open(p("a.txt"), "rb"), f -> m(f, "readlines")))
                .check("wr(D + '/n.txt', 'a\\nb\\n', newline='\\r\\n')", () -> wr("n.txt", "a\nb\n", "w", new Object[] {"\r\n"}, "newline"))
                .check("rd(D + '/n.txt', 'rb')", () -> rd("n.txt", "rb", new Object[0]))
                .check("wr(D + '/r.txt', 'a\\nb', newline='\\r')", () -> wr("r.txt", "a\nb", "w", new Object[] {"\r"}, "newline"))
                .check("rd(D + '/r.txt', newline='')", () -> rd("r.txt", "r", new Object[] {""}, "newline"))
                .run();
    }

    @Test
    void readPieces() {
        batch()
                .check("wr(D + '/b.txt', 'ab\\ncd\\nef')", () -> wr("b.txt", "ab\ncd\nef"))
                .check("(lambda f: (f.read(1), f.readline(1), f.readline(), f.readline(-1), f.readline(), f.close()))(open(D + '/b.txt'))",
                        () -> withFile(open(p("b.txt")), f -> tuple(m(f, "read", 1L), m(f, "readline", 1L), m(f, "readline"),
                                m(f, "readline", -1L), m(f, "readline"), PyNone.NONE)))
                .check("(lambda f: (list(f), f.close()))(open(D + '/b.txt'))",
                        () -> withFile(open(p("b.txt")), f -> tuple(Py.drain(f), PyNone.NONE)))
                .check("(lambda f: (next(f), f.read(), next(f, 'END'), f.close()))(open(D + '/b.txt'))",
                        () -> withFile(open(p("b.txt")), f -> tuple(m(f, "__next__"), m(f, "read"), call("next", f, "END"), PyNone.NONE)))
                .check("(lambda f: (f.readlines(3), f.read(None), f.close()))(open(D + '/b.txt'))",
                        () -> withFile(open(p("b.txt")), f -> tuple(m(f, "readlines", 3L), m(f, "read", PyNone.NONE), PyNone.NONE)))
                .check("(lambda f: (f.read(3), f.read1(2), f.readline(), f.read(), f.close()))(open(D + '/b.txt', 'rb'))",
                        () -> withFile(open(p("b.txt"), "rb"), f -> tuple(m(f, "read", 3L), m(f, "read1", 2L), m(f, "readline"),
                                m(f, "read"), PyNone.NONE)))
                .check("(lambda f: (list(f), f.close()))(open(D + '/b.txt', 'rb'))",
                        () -> withFile(open(p("b.txt"), "rb"), f -> tuple(Py.drain(f), PyNone.NONE)))
                .run();
    }

    @Test
    void positionsAppendAndUpdate() {
        batch()
                .check("wr(D + '/c.txt', '0123456789')", () -> wr("c.txt", "0123456789"))
                .check("(lambda f: (f.tell(), f.write('ab'), f.tell(), f.close()))(open(D + '/c.txt', 'a'))",
                        () -> withFile(open(p("c.txt"), "a"), f -> tuple(m(f, "tell"), m(f, "write", "ab"), m(f, "tell"), PyNone.NONE)))
                .check("(lambda f: (f.seek(3), f.read(2), f.tell(), f.seek(-2, 2), f.read(), f.seek(1, 1), f.tell(), f.close()))"
                        + "(open(D + '/c.txt', 'rb'))",
                        () -> withFile(open(p("c.txt"), "rb"), f -> tuple(m(f, "seek", 3L), m(f, "read", 2L), m(f, "tell"),
                                m(f, "seek", -2L, 2L), m(f, "read"), m(f, "seek", 1L, 1L), m(f, "tell"), PyNone.NONE)))
                .check("(lambda f: (f.read(4), f.seek(0), f.read(2), f.tell(), f.seek(0, 2), f.close()))(open(D + '/c.txt'))",
                        () -> withFile(open(p("c.txt")), f -> tuple(m(f, "read", 4L), m(f, "seek", 0L), m(f, "read", 2L),
                                m(f, "tell"), m(f, "seek", 0L, 2L), PyNone.NONE)))
                .check("(lambda f: (f.read(2), f.write('XY'), f.seek(0), f.read(), f.close()))(open(D + '/c.txt', 'r+'))",
                        () -> withFile(open(p("c.txt"), "r+"), f -> tuple(m(f, "read", 2L), m(f, "write", "XY"), m(f, "seek", 0L),
                                m(f, "read"), PyNone.NONE)))
                .check("(lambda f: (f.truncate(4), f.seek(0), f.read(), f.close()))(open(D + '/c.txt', 'r+b'))",
                        () -> withFile(open(p("c.txt"), "r+b"), f -> tuple(m(f, "truncate", 4L), m(f, "seek", 0L), m(f, "read"),
                                PyNone.NONE)))
                .check("(lambda f: (f.seek(1, 1), f.close()))(open(D + '/c.txt'))",
                        () -> withFile(open(p("c.txt")), f -> tuple(m(f, "seek", 1L, 1L), PyNone.NONE)))
                .check("(lambda f: (f.seek(-1), f.close()))(open(D + '/c.txt'))",
                        () -> withFile(open(p("c.txt")), f -> tuple(m(f, "seek", -1L), PyNone.NONE)))
                .check("wr(D + '/w.bin', b'\\x00\\xffz', 'wb')", () -> wr("w.bin", new PyBytes(new byte[] {0, (byte) 0xff, 'z'}), "wb",
                        new Object[0]))
                .check("wr(D + '/w.bin', bytearray(b'q'), 'ab')", () -> wr("w.bin", new PyBytes(org.pyjit.runtime.types.BuiltinTypes.BYTEARRAY,
                        new byte[] {'q'}), "ab", new Object[0]))
                .check("rd(D + '/w.bin', 'rb')", () -> rd("w.bin", "rb", new Object[0]))
                .check("wr(D + '/w.bin', 'x', 'x')", () -> wr("w.bin", "x", "x", new Object[0]))
                .check("(lambda f: (f.writelines(['a', 'b\\n']), f.close(), rd(D + '/l.txt')))(open(D + '/l.txt', 'w'))",
                        () -> {
                            Object f = open(p("l.txt"), "w");
                            return tuple(m(f, "writelines", list("a", "b\n")), m(f, "close"), rd("l.txt"));
                        })
                .check("(open(D + '/u.txt', 'w').write('unclosed'), rd(D + '/u.txt'))[1]", () -> {
                    m(open(p("u.txt"), "w"), "write", "unclosed");
                    return rd("u.txt");
                })
                .run();
    }

    @Test
    void encodingsAndErrors() {
        PyBytes bad = new PyBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 'a', 'b', (byte) 0xe2, (byte) 0x82, '\n'});
        batch()
                .check("wr(D + '/e.bin', b'\\xff\\xfeab\\xe2\\x82\\n', 'wb')", () -> wr("e.bin", bad, "wb", new Object[0]))
                .check("rd(D + '/e.bin')", () -> rd("e.bin"))
                .check("rd(D + '/e.bin', errors='replace')", () -> rd("e.bin", "r", new Object[] {"replace"}, "errors"))
                .check("rd(D + '/e.bin', errors='ignore')", () -> rd("e.bin", "r", new Object[] {"ignore"}, "errors"))
                .check("rd(D + '/e.bin', errors='surrogateescape')", () -> rd("e.bin", "r", new Object[] {"surrogateescape"}, "errors"))
                .check("rd(D + '/e.bin', errors='backslashreplace')", () -> rd("e.bin", "r", new Object[] {"backslashreplace"}, "errors"))
                .check("rd(D + '/e.bin', encoding='latin-1')", () -> rd("e.bin", "r", new Object[] {"latin-1"}, "encoding"))
                .check("rd(D + '/e.bin', encoding='ascii')", () -> rd("e.bin", "r", new Object[] {"ascii"}, "encoding"))
                .check("rd(D + '/e.bin', errors='bogus')", () -> rd("e.bin", "r", new Object[] {"bogus"}, "errors"))
                .check("wr(D + '/s.txt', 'a\\udcffb', errors='surrogateescape')",
                        () -> wr("s.txt", "a\udcffb", "w", new Object[] {"surrogateescape"}, "errors"))
                .check("rd(D + '/s.txt', 'rb')", () -> rd("s.txt", "rb", new Object[0]))
                .check("wr(D + '/s.txt', 'a\\ud800b')", () -> wr("s.txt", "a\ud800b"))
                .check("wr(D + '/s.txt', 'a\\udfff\\udfffb')", () -> wr("s.txt", "a\udfff\udfffb"))
                .check("wr(D + '/s.txt', 'caf\\u00e9 \\u20ac', encoding='latin-1')",
                        () -> wr("s.txt", "caf\u00e9 \u20ac", "w", new Object[] {"latin-1"}, "encoding"))
                .check("wr(D + '/s.txt', 'caf\\u00e9 \\u20ac', encoding='latin-1', errors='replace')",
                        () -> wr("s.txt", "caf\u00e9 \u20ac", "w", new Object[] {"latin-1", "replace"}, "encoding", "errors"))
                .check("rd(D + '/s.txt', 'rb')", () -> rd("s.txt", "rb", new Object[0]))
                .check("wr(D + '/s.txt', 'x\\u00e9', encoding='utf-8-sig')", () -> wr("s.txt", "x\u00e9", "w", new Object[] {"utf-8-sig"}, "encoding"))
                .check("rd(D + '/s.txt', 'rb')", () -> rd("s.txt", "rb", new Object[0]))
                .check("rd(D + '/s.txt', encoding='utf-8-sig')", () -> rd("s.txt", "r", new Object[] {"utf-8-sig"}, "encoding"))
                .check("wr(D + '/s.txt', 'x\\u00e9', encoding='utf-16')", () -> wr("s.txt", "x\u00e9", "w", new Object[] {"utf-16"}, "encoding"))
                .check("rd(D + '/s.txt', 'rb')", () -> rd("s.txt", "rb", new Object[0]))
                .check("rd(D + '/s.txt', encoding='utf-16')", () -> rd("s.txt", "r", new Object[] {"utf-16"}, "encoding"))
                .check("rd(D + '/s.txt', encoding='nope')", () -> rd("s.txt", "r", new Object[] {"nope"}, "encoding"))
                .run();
    }

    @Test
    void openErrors() {
        batch()
                .check("wr(D + '/f.txt', 'x')", () -> wr("f.txt", "x"))
                .check("open(D + '/missing')", () -> open(p("missing")))
                .check("open(D + '/missing/x', 'w')", () -> open(p("missing/x"), "w"))
                .check("open(D)", () -> open(tmp.toString()))
                .check("open(D, 'w')", () -> open(tmp.toString(), "w"))
                .check("open('')", () -> open(""))
                .check("open(D + '/f.txt', 'x')", () -> open(p("f.txt"), "x"))
                .check("open(D + '/f.txt', 'rw')", () -> open(p("f.txt"), "rw"))
                .check("open(D + '/f.txt', 'rr')", () -> open(p("f.txt"), "rr"))
                .check("open(D + '/f.txt', 'q')", () -> open(p("f.txt"), "q"))
                .check("open(D + '/f.txt', 'b')", () -> open(p("f.txt"), "b"))
                .check("open(D + '/f.txt', 'rbt')", () -> open(p("f.txt"), "rbt"))
                .check("open(D + '/f.txt', 'rb', encoding='utf-8')", () -> openKw(new Object[] {p("f.txt"), "rb", "utf-8"}, "encoding"))
                .check("open(D + '/f.txt', 'rb', errors='strict')", () -> openKw(new Object[] {p("f.txt"), "rb", "strict"}, "errors"))
                .check("open(D + '/f.txt', 'wb', newline='')", () -> openKw(new Object[] {p("f.txt"), "wb", ""}, "newline"))
                .check("open(D + '/f.txt', 'r', newline='x')", () -> openKw(new Object[] {p("f.txt"), "r", "x"}, "newline"))
                .check("open(D + '/f.txt', buffering=0)", () -> openKw(new Object[] {p("f.txt"), 0L}, "buffering"))
                .check("open(D + '/f.txt', errors=5)", () -> openKw(new Object[] {p("f.txt"), 5L}, "errors"))
                .check("open(D + '/f.txt', encoding=5)", () -> openKw(new Object[] {p("f.txt"), 5L}, "encoding"))
                .check("open(D + '/f.txt', 5)", () -> open(p("f.txt"), 5L))
                .check("open(1.5)", () -> open(1.5))
                .check("open()", () -> open())
                .check("open(D + '/f.txt', mode='r', foo=1)", () -> openKw(new Object[] {p("f.txt"), "r", 1L}, "mode", "foo"))
                .check("open('f', 'r', -1, None, None, None, True, None, 9)",
                        () -> open("f", "r", -1L, PyNone.NONE, PyNone.NONE, PyNone.NONE, true, PyNone.NONE, 9L))
                .run();
    }

    @Test
    void fileObjectStateAndMisuse() {
        batch()
                .check("wr(D + '/g.txt', 'abc')", () -> wr("g.txt", "abc"))
                .check("(lambda f: (f.name == D + '/g.txt', f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), "
                        + "f.seekable(), f.line_buffering, f.close(), f.closed))(open(D + '/g.txt'))",
                        () -> {
                            Object f = open(p("g.txt"));
                            return tuple(Ops.getAttr(f, "name").equals(p("g.txt")), Ops.getAttr(f, "mode"), Ops.getAttr(f, "encoding"),
                                    Ops.getAttr(f, "errors"), Ops.getAttr(f, "closed"), m(f, "readable"), m(f, "writable"),
                                    m(f, "seekable"), Ops.getAttr(f, "line_buffering"), m(f, "close"), Ops.getAttr(f, "closed"));
                        })
                .check("repr(open(D + '/g.txt', encoding='utf-8')).replace(D, 'D')",
                        () -> ((String) m(openKw(new Object[] {p("g.txt"), "utf-8"}, "encoding"), "__repr__")).replace(tmp.toString(), "D"))
                .check("repr(open(D + '/g.txt', 'rb')).replace(D, 'D')", () -> ((String) m(open(p("g.txt"), "rb"), "__repr__")).replace(tmp.toString(), "D"))
                .check("repr(open(D + '/g.txt', 'ab')).replace(D, 'D')", () -> ((String) m(open(p("g.txt"), "ab"), "__repr__")).replace(tmp.toString(), "D"))
                .check("repr(open(D + '/g.txt', 'r+b')).replace(D, 'D')", () -> ((String) m(open(p("g.txt"), "r+b"), "__repr__")).replace(tmp.toString(), "D"))
                .check("repr(open(D + '/g.txt', 'rb', buffering=0)).replace(D, 'D')",
                        () -> ((String) m(openKw(new Object[] {p("g.txt"), "rb", 0L}, "buffering"), "__repr__")).replace(tmp.toString(), "D"))
                .check("open(D + '/g.txt', 'w+').mode", () -> Ops.getAttr(open(p("g.txt"), "w+"), "mode"))
                .check("open(D + '/g.txt', 'w+b').mode", () -> Ops.getAttr(open(p("g.txt"), "w+b"), "mode"))
                .check("open(D + '/g.txt', 'w').read()", () -> m(open(p("g.txt"), "w"), "read"))
                .check("open(D + '/g.txt').write('x')", () -> m(open(p("g.txt")), "write", "x"))
                .check("open(D + '/g.txt', 'rb').write(b'x')", () -> m(open(p("g.txt"), "rb"), "write", bytes("x")))
                .check("open(D + '/g.txt', 'w').write(b'x')", () -> m(open(p("g.txt"), "w"), "write", bytes("x")))
                .check("open(D + '/g.txt', 'wb').write('x')", () -> m(open(p("g.txt"), "wb"), "write", "x"))
                .check("(lambda f: (f.close(), f.close(), f.closed))(open(D + '/g.txt'))",
                        () -> {
                            Object f = open(p("g.txt"));
                            return tuple(m(f, "close"), m(f, "close"), Ops.getAttr(f, "closed"));
                        })
                .check("(lambda f: (f.close(), f.read()))(open(D + '/g.txt'))", () -> closedThen(open(p("g.txt")), "read"))
                .check("(lambda f: (f.close(), f.write('x')))(open(D + '/g.txt', 'w'))", () -> closedThen(open(p("g.txt"), "w"), "write", "x"))
                .check("(lambda f: (f.close(), iter(f)))(open(D + '/g.txt'))", () -> closedThen(open(p("g.txt")), "__iter__"))
                .check("(lambda f: (f.close(), f.__enter__()))(open(D + '/g.txt'))", () -> closedThen(open(p("g.txt")), "__enter__"))
                .check("(lambda f: (f.close(), next(f)))(open(D + '/g.txt', 'rb'))", () -> closedThen(open(p("g.txt"), "rb"), "__next__"))
                .check("(lambda f: (f.close(), f.flush()))(open(D + '/g.txt', 'wb'))", () -> closedThen(open(p("g.txt"), "wb"), "flush"))
                .check("(lambda f: f.__exit__(None, None, None) or f.closed)(open(D + '/g.txt'))", () -> {
                    Object f = open(p("g.txt"));
                    m(f, "__exit__", PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    return Ops.getAttr(f, "closed");
                })
                .run();
    }

    private static Object closedThen(Object f, String method, Object... args) {
        m(f, "close");
        return tuple(PyNone.NONE, m(f, method, args));
    }

    @Test
    void largeFilesCrossBufferBoundaries() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.append("line ").append(i).append(i % 7 == 0 ? "\r\n" : "\n").append(i % 11 == 0 ? "\u00e9\u20ac\uD83D\uDE00" : "");
        String text = sb.toString();
        batch()
                .check("wr(D + '/big.txt', ''.join('line %d%s%s' % (i, '\\r\\n' if i % 7 == 0 else '\\n', "
                        + "'\\u00e9\\u20ac\\U0001f600' if i % 11 == 0 else '') for i in range(3000)))", () -> wr("big.txt", text))
                .check("len(rlines(D + '/big.txt'))", () -> (long) ((PyList) withFile(open(p("big.txt")), f -> m(f, "readlines"))).size)
                .check("rlines(D + '/big.txt')[1000:1003]", () -> {
                    PyList l = (PyList) withFile(open(p("big.txt")), f -> m(f, "readlines"));
                    return list(l.items[1000], l.items[1001], l.items[1002]);
                })
                .check("len(rd(D + '/big.txt'))", () -> call("len", rd("big.txt")))
                .check("rd(D + '/big.txt', newline='')[-30:]", () -> {
                    String s = (String) rd("big.txt", "r", new Object[] {""}, "newline");
                    return s.substring(s.offsetByCodePoints(s.length(), -30));
                })
                .check("(lambda f: (f.read(20000)[-5:], f.readline(), f.close()))(open(D + '/big.txt'))", () -> withFile(open(p("big.txt")), f -> {
                    String s = (String) m(f, "read", 20000L);
                    return tuple(s.substring(s.offsetByCodePoints(s.length(), -5)), m(f, "readline"), PyNone.NONE);
                }))
                .run();
    }

    @Test
    void noJavaExceptionEscapes() {
        // every failure mode above surfaced as a Python exception; a last check for a strange path
        try {
            open("\0bad");
        } catch (PyException e) {
            return;
        }
        throw new AssertionError("a path with a NUL byte must raise");
    }
}
