package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The formatted error equals what {@code python3 file.py} prints for the same file. */
class SyntaxErrorFormatterTest {
    @TempDir
    Path dir;

    static final List<String> SOURCES = List.of(
            "x = 'abc\n",
            "if x:\n    pass\n  y\n",
            "if x:\n\ty\n        z\n",
            "if x:\ny\n",
            "  x = 1\n",
            "foo(\nx = 1\n",
            "foo(a b)\n",
            "x = (1, 2]\n",
            "x = 1)\n",
            "if x = 1:\n  pass\n",
            "f() = 1\n",
            "x = 012\n",
            "print \"hello\"\n",
            "if x\n  pass\n",
            "x = $\n",
            "x = \u20ac\n",
            "a = 1 + \\ 2\n",
            "def f(:\n  pass\n",
            "def f():\n    if x:\n        return (1 +\n",
            "    if x:\n",
            "x = \"\u00e9\u00e9\u00e9\" + = 1\n",
            "\t\tx = ( 1 +\n\t\t\t2 3)\n",
            "f(a for a in b, c for c in\n  d)\n",
            "x = f\"{a b}\"\n",
            "x = \"\"\"abc\n\n",
            "class A:\n    def f(self):\n        pass\n   x = 1\n",
            "y = [1, 2,\n     3 4]\n",
            "def f(a, b=1, c): pass\n",
            "x = 1 if y\n",
            "with a as b\n    pass\n",
            "x = \"\u00e9\u00e9\u00e9\" + \u20ac 1\n");

    /**
     * Prints each file's SyntaxError with CPython's own printer of uncaught exceptions
     * ({@code sys.__excepthook__}), compiling the file's bytes as running it would.
     */
    private static final String PRINT_ERRORS = """
            import io, sys
            R = '\\x1e'
            for path in sys.argv[1:]:
                buf = io.StringIO()
                try:
                    compile(open(path, 'rb').read(), path, 'exec')
                except SyntaxError as e:
                    saved, sys.stderr = sys.stderr, buf
                    try:
                        sys.__excepthook__(type(e), e.with_traceback(None), None)
                    finally:
                        sys.stderr = saved
                sys.stdout.write(buf.getvalue() + R)
            """;

    private List<Path> write() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            Path file = dir.resolve("case" + i + ".py");
            Files.writeString(file, SOURCES.get(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String format(String source, Path file) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonSourceParser.parseModule(source, file.toString()));
        return SyntaxErrorFormatter.format(e.forFileSource());
    }

    @TestFactory
    List<DynamicTest> formattedLikeCPythonPrintsIt() throws Exception {
        List<Path> files = write();
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<String[]> expected = CPython.run(PRINT_ERRORS, args);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            String source = SOURCES.get(i);
            Path file = files.get(i);
            String want = expected.get(i)[0];
            tests.add(DynamicTest.dynamicTest("#" + i + " " + source.replace("\n", "⏎"),
                    () -> assertEquals(want, format(source, file), () -> "source:\n" + source)));
        }
        return tests;
    }

    /** A few files really run by python3, to show the in-process printing above is what a script prints. */
    @TestFactory
    List<DynamicTest> scriptsRunByPython3PrintTheSame() throws Exception {
        List<Path> files = write();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i : new int[] {0, 1, 4, 6, 20}) {
            String source = SOURCES.get(i);
            Path file = files.get(i);
            tests.add(DynamicTest.dynamicTest("#" + i + " " + source.replace("\n", "⏎"),
                    () -> assertEquals(CPython.stderrOfScript(file), format(source, file))));
        }
        return tests;
    }
}
