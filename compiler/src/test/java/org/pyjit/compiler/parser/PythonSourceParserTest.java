package org.pyjit.compiler.parser;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Our AST for a broad set of snippets equals CPython's {@code ast.dump}, run live. */
class PythonSourceParserTest {
    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> snippetsDumpLikeCPython() throws Exception {
        return OracleComparison.tests(dir, Snippets.load("valid-snippets.txt"), "exec",
                source -> PythonSourceParser.parseModule(source, "<test>"));
    }

    @TestFactory
    List<DynamicTest> expressionsDumpLikeCPythonInEvalMode() throws Exception {
        List<String> sources = List.of("1 + 2", "  x if y else z", "a, b", "(yield)", "lambda: 1\n", "f(x)\n\n",
                "[i for i in range(3)]", "x = 1", "1 +", "", "a\nb");
        return OracleComparison.tests(dir, sources, "eval",
                source -> PythonSourceParser.parseExpression(source, "<test>"));
    }

    @TestFactory
    List<DynamicTest> interactiveInputDumpsLikeCPythonInSingleMode() throws Exception {
        List<String> sources = List.of("x = 1\n", "if x:\n  pass\n", "if x:\n  pass\n\n", "x = 1; y = 2\n", "\n",
                "def f():\n  return 1\n", "x = 1\ny = 2\n", "", "1 +\n", "print(1)", "@d\nclass A: pass\n");
        return OracleComparison.tests(dir, sources, "single",
                source -> PythonSourceParser.parseInteractive(source, "<test>"));
    }

    @TestFactory
    List<DynamicTest> unusualSourcesDumpLikeCPython() throws Exception {
        List<String> sources = List.of(
                "x = 1",                       // no newline at end of file
                "if x:\n    y = 1",            // block without newline at end of file
                "if x:\n    y = (1,\n  2)",    // bracket continuation inside a block at EOF
                "x = 1\r\ny = 2\r\n",          // CRLF line ends
                "x = 1\ry = 2\r",              // old Mac line ends
                "\ufeffx = 1\n",               // byte order mark
                "\n\n# only comments\n\n",
                "",
                "   \n",
                "if x:\n\n\n    pass\n\n\n",
                "\fx = 1\n",                    // form feed resets indentation
                "if x:\n    pass\n\f\nelse:\n    pass\n",
                "x = '''a\nb''' + \"\"\"c\nd\"\"\"\n",
                "s = 'a\\\nb'\n",
                "if x:\n    if y:\n        pass\n# dedent comment\n\nz = 1\n");
        return OracleComparison.tests(dir, sources, "exec",
                source -> PythonSourceParser.parseModule(source, "<test>"));
    }
}
