package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.pyjit.compiler.ast.AstDump;
import org.pyjit.compiler.ast.Node;

/**
 * Compares our parser with CPython's on a list of sources: the same {@code ast.dump} text, or the
 * same SyntaxError (kind, message, line, offset, end line, end offset, text).
 */
final class OracleComparison {
    private OracleComparison() {
    }

    /** What one parser made of one source, in a form both parsers share. */
    static String describe(String[] record) {
        if (record[0].equals("OK")) {
            return "OK " + record[1];
        }
        String text = record[7].replaceAll("\n$", "");
        return "ERR " + record[1] + ": " + record[2] + " @" + record[3] + ":" + record[4] + "-" + record[5] + ":"
                + record[6] + " |" + text + "|";
    }

    static String describe(SyntaxErrorException e) {
        String text = e.text() == null ? "None" : e.text().replaceAll("\n$", "");
        return "ERR " + e.kind() + ": " + e.getMessage() + " @" + e.lineno() + ":" + e.offset() + "-" + e.endLineno()
                + ":" + e.endOffset() + " |" + text + "|";
    }

    /** One dynamic test per source, named after it. */
    static List<DynamicTest> tests(Path dir, List<String> sources, String mode, Function<String, Node> parser)
            throws Exception {
        List<Path> files = CPython.writeSources(dir, sources);
        List<String> args = new ArrayList<>();
        for (Path f : files) {
            args.add(f.toString());
        }
        List<String[]> expected = CPython.run(CPython.parseScript(mode), args);
        assertEquals(sources.size(), expected.size(), "python3 answered for every source");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            String want = describe(expected.get(i)).replace(files.get(i).toString(), "<file>");
            String name = source.length() > 60 ? source.substring(0, 60) + "…" : source;
            tests.add(DynamicTest.dynamicTest("#" + i + " " + name.replace("\n", "⏎"), () -> {
                String got;
                try {
                    got = "OK " + AstDump.dump(parser.apply(source), CPython.withPositions(source));
                } catch (SyntaxErrorException e) {
                    got = describe(e);
                }
                assertEquals(want, got, () -> "source:\n" + source);
            }));
        }
        return tests;
    }
}
