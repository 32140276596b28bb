package org.pyjit.runtime.types;

import static org.pyjit.runtime.types.ContainerCases.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PySlice;
import org.pyjit.runtime.ops.BinaryOp;
import org.pyjit.runtime.ops.Ops;

/**
 * {@code bytes}/{@code bytearray} against CPython: the expressions in {@code bytes-cases.txt}
 * (constructors, every method, codecs with their errors, %-formatting), plus bytearray mutation.
 */
class BytesMethodsTest {

    @Test
    void expressionsMatchCPython() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("bytes-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ContainerCases cases = new ContainerCases();
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(cases::exprs);
        cases.verify();
    }

    private static PyBytes after(PyBytes b, Consumer<PyBytes> body) {
        body.accept(b);
        return b;
    }

    private static PyBytes ba(String latin1) {
        return (PyBytes) construct(BuiltinTypes.BYTEARRAY, bytes(latin1));
    }

    @Test
    void bytearrayMutation() {
        new ContainerCases()
                .prelude("def after(x, f):\n    f(x)\n    return x")
                .add("after(bytearray(b'ab'), lambda b: b.append(99))", () -> after(ba("ab"), b -> m(b, "append", 99)))
                .add("after(bytearray(b'ab'), lambda b: b.extend(b'xyz'))", () -> after(ba("ab"), b -> m(b, "extend", bytes("xyz"))))
                .add("after(bytearray(b'ab'), lambda b: b.extend([1, 2, 3] * 40))",
                        () -> after(ba("ab"), b -> m(b, "extend", Ops.binary(list(1, 2, 3), 40L, BinaryOp.MUL))))
                .add("after(bytearray(b'ab'), lambda b: b.insert(1, 65))", () -> after(ba("ab"), b -> m(b, "insert", 1, 65)))
                .add("after(bytearray(b'ab'), lambda b: b.insert(-10, 65))", () -> after(ba("ab"), b -> m(b, "insert", -10, 65)))
                .add("after(bytearray(b'abc'), lambda b: b.pop())", () -> after(ba("abc"), b -> m(b, "pop")))
                .add("bytearray(b'abc').pop(0)", () -> m(ba("abc"), "pop", 0))
                .add("after(bytearray(b'abcb'), lambda b: b.remove(98))", () -> after(ba("abcb"), b -> m(b, "remove", 98)))
                .add("after(bytearray(b'abc'), lambda b: b.reverse())", () -> after(ba("abc"), b -> m(b, "reverse")))
                .add("after(bytearray(b'abc'), lambda b: b.clear())", () -> after(ba("abc"), b -> m(b, "clear")))
                .add("after(bytearray(b'abc'), lambda b: b.__setitem__(1, 120))", () -> after(ba("abc"), b -> Ops.setItem(b, 1L, 120L)))
                .add("after(bytearray(b'abcdef'), lambda b: b.__setitem__(slice(1, 3), b'XYZW'))",
                        () -> after(ba("abcdef"), b -> Ops.setItem(b, new PySlice(1L, 3L, NONE), bytes("XYZW"))))
                .add("after(bytearray(b'abcdef'), lambda b: b.__setitem__(slice(1, 5), [65]))",
                        () -> after(ba("abcdef"), b -> Ops.setItem(b, new PySlice(1L, 5L, NONE), list(65))))
                .add("after(bytearray(b'abcdef'), lambda b: b.__setitem__(slice(None, None, 2), b'XYZ'))",
                        () -> after(ba("abcdef"), b -> Ops.setItem(b, new PySlice(NONE, NONE, 2L), bytes("XYZ"))))
                .add("after(bytearray(b'abcdef'), lambda b: b.__delitem__(slice(None, None, -2)))",
                        () -> after(ba("abcdef"), b -> Ops.delItem(b, new PySlice(NONE, NONE, -2L))))
                .add("after(bytearray(b'abcdef'), lambda b: b.__delitem__(slice(1, 3)))",
                        () -> after(ba("abcdef"), b -> Ops.delItem(b, new PySlice(1L, 3L, NONE))))
                .add("after(bytearray(b'abcdef'), lambda b: b.__delitem__(-1))", () -> after(ba("abcdef"), b -> Ops.delItem(b, -1L)))
                .add("after(bytearray(b'ab'), lambda b: b.__iadd__(b'cd'))", () -> after(ba("ab"), b -> Ops.inplace(b, bytes("cd"), BinaryOp.ADD)))
                .add("after(bytearray(b'ab'), lambda b: b.__imul__(3))", () -> after(ba("ab"), b -> Ops.inplace(b, 3L, BinaryOp.MUL)))
                .add("(lambda b: (b.__init__(b'xy'), b)[-1])(bytearray(b'abc'))", () -> after(ba("abc"), b -> m(b, "__init__", bytes("xy"))))
                .add("(lambda b: [b.pop() for x in b])(bytearray(b'abcd'))", () -> {
                    PyBytes b = ba("abcd");
                    var out = list();
                    Object it = Ops.iter(b);
                    for (Object x = Ops.next(it); x != null; x = Ops.next(it)) out.append(m(b, "pop"));
                    return out;
                })
                .verify();
    }
}
