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
}
