package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token stream (NEWLINE, INDENT and DEDENT included) equals what CPython's tokenize module
 * produces for the same source, ignoring the tokens the parser never sees (NL, COMMENT).
 */
class PythonLexerTest {
    private static final String TOKENIZE = """
            import sys, tokenize, io
            F, R = '\\x1f', '\\x1e'
            for path in sys.argv[1:]:
                src = open(path, encoding='utf-8').read()
                out = []
                for t in tokenize.generate_tokens(io.StringIO(src).readline):
                    kind = tokenize.tok_name[t.type]
                    if kind in ('NL', 'COMMENT', 'ENDMARKER'):
                        continue
                    if kind in ('NEWLINE', 'INDENT', 'DEDENT'):
                        out.append('%s@%d' % (kind, t.start[0]))
                    else:
                        out.append('%s %s@%d:%d' % (kind, t.string, t.start[0], t.start[1]))
                sys.stdout.write('\\n'.join(out) + R)
            """;

    @TempDir
    Path dir;

    static final List<String> SOURCES = List.of(
            "x = 1\n",
            "x = 1",                                            // EOF without newline
            "if x:\n    y = 1",                                 // EOF without newline inside a block
            "if a:\n    if b:\n        c\n    d\ne\n",          // several dedents
            "if a:\n    if b:\n        c\nd\n",                 // two dedents at once
            "if a:\n\tb\n\tif c:\n\t\td\n",                      // tabs
            "if a:\n\tb\n\tc\n",
            "if a:\n    b\n\n\n    c\n",                         // blank lines inside a block
            "if a:\n    b\n# comment at column 0\n    c\n",      // comment line inside a block
            "if a:\n    b\n        # deeper comment\n    c\n",
            "if a:\n    b\n   \n    c\n",                        // whitespace-only line
            "x = (1,\n  2,\n      3)\n",                         // brackets spanning lines
            "x = [\n    1,\n]\ny = {\n'a': 1,\n    }\n",
            "x = 1 + \\\n    2\n",                               // backslash continuation
            "if a and \\\n        b:\n    c\n",
            "def f(\n    a,\n    b,\n):\n    return a\n",
            "x = '''a\n  b\n'''\ny = 2\n",                      // multi-line string
            "s = 'a\\\nb'\n",                                   // backslash-newline inside a string
            "x = 1  # trailing comment\n",
            "\n\n\nx = 1\n\n\n",
            "# only a comment",
            "x = 1; y = 2\n",
            "class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
            "x = 0x_ff + 1_000 + 1.5e-3 + 2j + .5 + 5.\n",
            "x = f'{a}' rb'\\d' U'u' Rb\"x\" F'{b!r:>3}'\n",
            "x = a->b if c<=d>=e!=f else g//h**i<<j>>k@l\n",
            "x = ...\ny = a .b\n",
            "if x:\n    pass\n\f\ny = 1\n",                      // form feed line
            "\u00e9t\u00e9 = 1\n\u540d = 2\n");

    @TestFactory
    List<DynamicTest> tokensMatchCPythonTokenize() throws Exception {
        List<Path> files = CPython.writeSources(dir, SOURCES);
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<String[]> expected = CPython.run(TOKENIZE, args);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < SOURCES.size(); i++) {
            String source = SOURCES.get(i);
            String want = expected.get(i)[0];
            tests.add(DynamicTest.dynamicTest("#" + i + " " + source.replace("\n", "⏎"),
                    () -> assertEquals(want, describeTokens(source), () -> "source:\n" + source)));
        }
        return tests;
    }

    /** Our tokens in the format of the tokenize script above. */
    static String describeTokens(String source) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        lexer.setSource(new SourceLines(source, "<test>"));
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            String kind = switch (t.getType()) {
                case PythonLexer.NEWLINE -> "NEWLINE";
                case PythonLexer.INDENT -> "INDENT";
                case PythonLexer.DEDENT -> "DEDENT";
                case PythonLexer.NAME -> "NAME";
                case PythonLexer.NUMBER -> "NUMBER";
                case PythonLexer.STRING -> "STRING";
                case PythonLexer.ERROR_CHAR -> "ERRORTOKEN";
                default -> Character.isLetter(t.getText().charAt(0)) ? "NAME" : "OP";
            };
            if (kind.equals("NEWLINE") || kind.equals("INDENT") || kind.equals("DEDENT")) {
                out.add(kind + "@" + t.getLine());
            } else {
                out.add(kind + " " + t.getText() + "@" + t.getLine() + ":" + t.getCharPositionInLine());
            }
        }
        return String.join("\n", out);
    }
}
