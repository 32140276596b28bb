package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.compiler.bytecode.BytecodeCompiler;

/**
 * The SyntaxErrors CPython's compiler (not its parser) raises for patterns — unreachable cases,
 * names bound twice or differently by alternatives, several starred names, repeated attributes,
 * duplicate or non-literal mapping keys — come out of pyjit's bytecode compiler the same (message,
 * line, offsets, text), and valid match statements compile; python3's {@code compile()} is the
 * oracle, run live. It lives here to share the parser tests' oracle helpers.
 */
class MatchCompileErrorTest {
    @TempDir
    Path dir;

    private static final String COMPILE_SCRIPT = """
            import sys
            F, R = '\\x1f', '\\x1e'
            for path in sys.argv[1:]:
                with open(path, encoding='utf-8') as f:
                    src = f.read()
                try:
                    compile(src, path, 'exec')
                    sys.stdout.write('OK' + F + R)
                except SyntaxError as e:
                    fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
                    sys.stdout.write('ERR' + F + F.join(str(x) for x in fields) + R)
            """;

    @TestFactory
    List<DynamicTest> compileErrorsMatchCPython() throws Exception {
        List<String> sources = Snippets.load("match-compile-snippets.txt");
        List<Path> files = CPython.writeSources(dir, sources);
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<String[]> expected = CPython.run(COMPILE_SCRIPT, args);
        assertEquals(sources.size(), expected.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            String want = expected.get(i)[0].equals("OK") ? "OK" : OracleComparison.describe(expected.get(i));
            tests.add(DynamicTest.dynamicTest("#" + i + " " + source.replace("\n", "⏎"), () -> {
                String got;
                try {
                    BytecodeCompiler.compile(PythonSourceParser.parseModule(source, "<test>"), "<test>", source);
                    got = "OK";
                } catch (SyntaxErrorException e) {
                    got = OracleComparison.describe(e);
                }
                assertEquals(want, got, () -> "source:\n" + source);
            }));
        }
        return tests;
    }
}
