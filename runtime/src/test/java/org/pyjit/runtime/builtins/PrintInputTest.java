package org.pyjit.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pyjit.runtime.testutil.Py.call;
import static org.pyjit.runtime.testutil.Py.callKw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.io.StandardStreams;
import org.pyjit.runtime.modules.SysModule;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.PyCanon;
import org.pyjit.runtime.testutil.Py;

/**
 * print and input with sys.stdin/stdout/stderr captured; the same calls run in CPython with the
 * same stdin, and both outputs (and exception lines) must be identical.
 */
class PrintInputTest {
    private ByteArrayOutputStream out, err;
    private StandardStreams.Streams streams;

    @BeforeEach
    void capture() {
        Py.boot();
    }

    private void capture(String stdin) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        streams = StandardStreams.over(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
        SysModule.installStreams(SysModule.module().dict, streams);
    }

    @AfterEach
    void restore() {
        SysModule.installStreams(SysModule.module().dict, StandardStreams.get());
    }

    /** Runs the Java calls, recording exceptions as CPython's script below prints them, then flushes. */
    private String java(List<Runnable> steps) {
        for (Runnable r : steps) {
            try {
                r.run();
            } catch (PyException e) {
                call("print", PyCanon.exception(e));
            }
        }
        streams.stdout().flush();
        streams.stderr().flush();
        return out.toString(StandardCharsets.UTF_8) + "|ERR|" + err.toString(StandardCharsets.UTF_8);
    }

    /** CPython's stdout for {@code statements}, each guarded so an exception prints as {@code !Type: message}. */
    private static String python(String stdin, List<String> statements) {
        StringBuilder s = new StringBuilder("import sys, io\nsys.stdin = io.TextIOWrapper(io.BytesIO(")
                .append(bytesLiteral(stdin)).append("), encoding='utf-8')\n");
        for (String st : statements) {
            s.append("try:\n    ").append(st).append("\nexcept BaseException as e:\n")
                    .append("    print('!' + type(e).__name__ + ': ' + str(e))\n");
        }
        return CPython.run(s.toString());
    }

    private static String bytesLiteral(String s) {
        StringBuilder b = new StringBuilder("b'");
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) b.append(String.format("\\x%02x", x & 0xff));
        return b.append("'").toString();
    }

    @Test
    void printVariants() {
        capture("");
        List<String> py = new ArrayList<>();
        List<Runnable> jv = new ArrayList<>();
        py.add("print()");
        jv.add(() -> call("print"));
        py.add("print('a', 1, True, None)");
        jv.add(() -> call("print", "a", 1L, true, PyNone.NONE));
        py.add("print('a', 'b', sep='-', end='!\\n')");
        jv.add(() -> callKw("print", new Object[] {"a", "b", "-", "!\n"}, "sep", "end"));
        py.add("print('x', sep=None, end=None)");
        jv.add(() -> callKw("print", new Object[] {"x", PyNone.NONE, PyNone.NONE}, "sep", "end"));
        py.add("print('h\\u00e9 \\U0001f600', end='')");
        jv.add(() -> callKw("print", new Object[] {"h\u00e9 \uD83D\uDE00", ""}, "end"));
        py.add("print()");
        jv.add(() -> call("print"));
        py.add("print(sep=1)");
        jv.add(() -> callKw("print", new Object[] {1L}, "sep"));
        py.add("print(end=2)");
        jv.add(() -> callKw("print", new Object[] {2L}, "end"));
        py.add("print(file=1)");
        jv.add(() -> callKw("print", new Object[] {1L}, "file"));
        py.add("print(flush=1, foo=2)");
        jv.add(() -> callKw("print", new Object[] {1L, 2L}, "flush", "foo"));
        py.add("print('to err', file=sys.__stderr__) if False else print('flushed', flush=True)");
        jv.add(() -> callKw("print", new Object[] {"flushed", true}, "flush"));
        assertEquals(python("", py), java(jv).replace("|ERR|", ""));
    }

    @Test
    void printToObjectWithWrite() {
        capture("");
        PyType w = new Py.ClassBuilder("W")
                .method("write", (a, kw) -> {
                    call("print", "write:" + a[1]);
                    return PyNone.NONE;
                })
                .method("flush", (a, kw) -> {
                    call("print", "flush");
                    return PyNone.NONE;
                }).build();
        PyObject sink = Py.instance(w);
        String expected = CPython.run("class W:\n    def write(self, s): print('write:' + s)\n    def flush(self): print('flush')\n"
                + "print(1, 2, sep='+', end='.', file=W(), flush=True)\nprint(file=W())\n");
        assertEquals(expected, java(List.of(
                () -> callKw("print", new Object[] {1L, 2L, "+", ".", sink, true}, "sep", "end", "file", "flush"),
                () -> callKw("print", new Object[] {sink}, "file"))).replace("|ERR|", ""));
    }

    @Test
    void printWithStdoutNoneDoesNothing() {
        capture("");
        PyDict d = SysModule.module().dict;
        d.putStr("stdout", PyNone.NONE);
        assertEquals(PyNone.NONE, call("print", "lost"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputReadsLinesAndRaisesEofError() {
        String stdin = "first line\nsecond \u00e9\nlast-without-newline";
        capture(stdin);
        List<String> py = List.of("print(repr(input()))", "print(repr(input('prompt> ')))", "print(repr(input(42)))",
                "print(repr(input()))", "input(1, 2)");
        String expected = python(stdin, py);
        String actual = java(List.of(
                () -> call("print", PyCanon.repr(call("input"))),
                () -> call("print", PyCanon.repr(call("input", "prompt> "))),
                () -> call("print", PyCanon.repr(call("input", 42L))),
                () -> call("print", PyCanon.repr(call("input"))),
                () -> call("input", 1L, 2L)));
        assertEquals(expected, actual.replace("|ERR|", ""));
    }

    @Test
    void stdoutIsBufferedUntilFlush() {
        capture("");
        call("print", "buffered");
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no write per print when not a terminal");
        StandardStreams.Streams old = StandardStreams.set(streams);
        try {
            StandardStreams.flushAll();
        } finally {
            StandardStreams.set(old);
        }
        assertEquals("buffered\n", out.toString(StandardCharsets.UTF_8));
        // stderr is line-buffered, as CPython's
        callKw("print", new Object[] {"oops", streams.stderr()}, "file");
        assertEquals("oops\n", err.toString(StandardCharsets.UTF_8));
    }
}
