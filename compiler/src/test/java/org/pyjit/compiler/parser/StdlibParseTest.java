package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.compiler.ast.AstDump;
import org.pyjit.compiler.ast.PythonRepr;

/**
 * Parses an evenly spread sample of CPython's own standard library and compares every tree with
 * {@code ast.dump} of python3, run live.
 */
class StdlibParseTest {
    private static final int SAMPLE_SIZE = 300;
    /** A surrogate pair written as two escapes, which a Java String cannot keep apart from the character. */
    private static final Pattern SURROGATE_PAIR = Pattern.compile("\\\\ud([89ab][0-9a-f]{2})\\\\ud([c-f][0-9a-f]{2})");

    static Path stdlib() throws Exception {
        String[] record = CPython.run("import sys, sysconfig\nsys.stdout.write(sysconfig.get_path('stdlib') + '\\x1e')",
                List.of()).getFirst();
        return Path.of(record[0]);
    }

    static List<Path> sample(Path root, int size) throws Exception {
        List<Path> all;
        try (Stream<Path> files = Files.walk(root)) {
            all = files.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList();
        }
        List<Path> chosen = new ArrayList<>();
        double step = Math.max(1.0, all.size() / (double) size);
        for (double i = 0; i < all.size() && chosen.size() < size; i += step) {
            chosen.add(all.get((int) i));
        }
        return chosen;
    }

    /** Reads a source as CPython's ast.parse is given it in the oracle script. */
    static String read(Path file) throws Exception {
        byte[] data = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new String(data, StandardCharsets.ISO_8859_1);
        }
    }

    /** CPython's dump with escaped surrogate pairs joined, as our String-based constants hold them. */
    static String joinSurrogatePairs(String dump) {
        Matcher m = SURROGATE_PAIR.matcher(dump);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Character.toCodePoint((char) Integer.parseInt("d" + m.group(1), 16),
                    (char) Integer.parseInt("d" + m.group(2), 16));
            String joined = PythonRepr.isPrintable(cp) ? new String(Character.toChars(cp))
                    : String.format("\\U%08x", cp);
            m.appendReplacement(sb, Matcher.quoteReplacement(joined));
        }
        return m.appendTail(sb).toString();
    }

    @TestFactory
    List<DynamicTest> standardLibraryDumpsLikeCPython() throws Exception {
        List<Path> files = sample(stdlib(), SAMPLE_SIZE);
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<String[]> expected = CPython.run(CPython.parseScript("exec"), args);
        assertEquals(files.size(), expected.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String want = OracleComparison.describe(expected.get(i));
            tests.add(DynamicTest.dynamicTest(file.toString(), () -> {
                String source = read(file);
                String got;
                try {
                    got = "OK " + AstDump.dump(PythonSourceParser.parseModule(source, file.toString()), CPython.withPositions(source));
                } catch (SyntaxErrorException e) {
                    got = OracleComparison.describe(e);
                }
                assertEquals(joinSurrogatePairs(want), got);
            }));
        }
        return tests;
    }
}
