package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.compiler.ast.AstDump;

/**
 * Source files are decoded as CPython decodes them: what python3 prints for the file (the value
 * of a string literal, or its SyntaxError) equals what we print.
 */
class SourceDecoderTest {
    @TempDir
    Path dir;

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(String prefix, byte[] middle, String suffix) {
        byte[] a = prefix.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] c = suffix.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(middle, 0, out, a.length, middle.length);
        System.arraycopy(c, 0, out, a.length + middle.length, c.length);
        return out;
    }

    static final List<byte[]> FILES = List.of(
            concat("y = '", bytes(0xc3, 0xa9), "'\nprint(ascii(y))\n"),
            concat("", bytes(0xef, 0xbb, 0xbf), "y = 'x'\nprint(ascii(y))\n"),
            concat("# -*- coding: latin-1 -*-\ny = '", bytes(0xe9), "'\nprint(ascii(y))\n"),
            concat("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\ny = '", bytes(0xa4),
                    "'\nprint(ascii(y))\n"),
            concat("\n# coding: latin-1\ny = '", bytes(0xe9), "'\nprint(ascii(y))\n"),
            concat("x = 1\ny = '", bytes(0xff), "'\n"),
            concat("x=1 # coding: latin-1\ny = '", bytes(0xe9), "'\n"),
            concat("x = 1\n# coding: latin-1\ny = '", bytes(0xe9), "'\n"),
            concat("# coding: bogus\nx = 1\n", new byte[0], ""),
            concat("", bytes(0xef, 0xbb, 0xbf), "# coding: latin-1\nx = 1\n"));

    @TestFactory
    List<DynamicTest> decodesLikeCPython() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            byte[] data = FILES.get(i);
            Path file = dir.resolve("enc" + i + ".py");
            Files.write(file, data);
            tests.add(DynamicTest.dynamicTest("#" + i, () -> {
                Process p = new ProcessBuilder("python3", file.toString()).start();
                String out = new String(p.getInputStream().readAllBytes());
                String err = new String(p.getErrorStream().readAllBytes());
                p.waitFor();
                String got;
                try {
                    String source = SourceDecoder.decode(data, file.toString());
                    var module = PythonSourceParser.parseModule(source, file.toString());
                    got = AstDump.dump(module.body().getLast()).contains("print") ? asciiOfY(module) : "";
                    assertEquals("", err);
                    assertEquals(out.strip(), got);
                } catch (SyntaxErrorException e) {
                    assertEquals(err, SyntaxErrorFormatter.format(e.forFileSource()));
                }
            }));
        }
        return tests;
    }

    /** The value of {@code y = '...'} as Python's ascii() prints it. */
    private static String asciiOfY(org.pyjit.compiler.ast.Module module) {
        for (var stmt : module.body()) {
            if (stmt instanceof org.pyjit.compiler.ast.Assign a
                    && a.value() instanceof org.pyjit.compiler.ast.Constant c && c.value() instanceof String s) {
                StringBuilder sb = new StringBuilder("'");
                s.codePoints().forEach(cp -> sb.append(cp < 128 ? String.valueOf((char) cp)
                        : cp <= 0xff ? String.format("\\x%02x", cp) : String.format("\\u%04x", cp)));
                return sb.append("'").toString();
            }
        }
        return "?";
    }
}
