package org.pyjit.compiler.parser;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invalid sources raise the SyntaxError (or IndentationError, TabError) CPython raises: same
 * message, line, offset, end, and quoted text; run against python3 live.
 */
class SyntaxErrorTest {
    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> errorsMatchCPython() throws Exception {
        return OracleComparison.tests(dir, Snippets.load("error-snippets.txt"), "exec",
                source -> PythonSourceParser.parseModule(source, "<test>"));
    }

    @TestFactory
    List<DynamicTest> nestingLimitMatchesCPython() throws Exception {
        List<String> sources = List.of("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n",
                "x = " + "[".repeat(201) + "\n", "f(" + "{".repeat(250) + "\n");
        return OracleComparison.tests(dir, sources, "exec", source -> PythonSourceParser.parseModule(source, "<test>"));
    }

    @TestFactory
    List<DynamicTest> errorsAtEndOfFileWithoutNewlineMatchCPython() throws Exception {
        List<String> sources = List.of("x = \\", "if x:", "x = \"\"\"abc", "x = (1,", "x = 'abc", "def f():\n    return (");
        return OracleComparison.tests(dir, sources, "exec", source -> PythonSourceParser.parseModule(source, "<test>"));
    }
}
