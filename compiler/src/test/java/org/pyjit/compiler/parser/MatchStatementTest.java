package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@code match} statements are not supported yet; they must fail with a clear SyntaxError at the
 * {@code match} keyword (the message is pyjit's own, so it is not compared with CPython), while
 * {@code match} as an ordinary name keeps working.
 */
class MatchStatementTest {
    private static void assertUnsupported(String source, int line, int col) {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> PythonSourceParser.parseModule(source, "m.py"));
        assertEquals("SyntaxError", e.kind());
        assertEquals("match statements are not supported yet", e.getMessage());
        assertEquals(line, e.lineno());
        assertEquals(col, e.offset());
    }

    @Test
    void matchStatementIsRejectedClearly() {
        assertUnsupported("match x:\n    case 1:\n        pass\n", 1, 1);
        assertUnsupported("def f(p):\n    match p.kind, p.size:\n        case _: pass\n", 2, 5);
        assertUnsupported("x = 1\nmatch (x):\n    case 1: pass\n", 2, 1);
        assertUnsupported("match [a, *b]:\n    case [1, *rest]: pass\n", 1, 1);
    }

    @Test
    void matchAsANameStillParses() {
        PythonSourceParser.parseModule("match = 1\nmatch(x)\nmatch.group(1)\nprint(match, case)\n", "m.py");
    }
}
