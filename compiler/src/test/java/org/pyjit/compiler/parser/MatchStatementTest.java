package org.pyjit.compiler.parser;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code match} statements parse to the tree {@code ast.parse} gives (positions included), the
 * soft keywords {@code match}, {@code case} and {@code _} stay ordinary names elsewhere, and
 * invalid patterns raise CPython's parser errors; python3 is the oracle, run live.
 */
class MatchStatementTest {
    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> matchStatementsParseLikeCPython() throws Exception {
        return OracleComparison.tests(dir, Snippets.load("match-snippets.txt"), "exec",
                source -> PythonSourceParser.parseModule(source, "<test>"));
    }

    /** Every file of CPython's library with a match statement (test_patma.py among them). */
    @TestFactory
    List<DynamicTest> standardLibraryMatchStatementsParseLikeCPython() throws Exception {
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("(?m)^\\s*match [^=]*:\\s*$");
        List<String> sources = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(StdlibParseTest.stdlib())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList()) {
                String text = StdlibParseTest.read(f);
                if (header.matcher(text).find() && CPython.withPositions(text)) {
                    sources.add(text);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(sources.size() >= 5, "the library has match statements");
        return OracleComparison.tests(dir, sources, "exec", source -> PythonSourceParser.parseModule(source, "<test>"));
    }
}
