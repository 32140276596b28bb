package org.pyjit.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.ast.BinOp;
import org.pyjit.compiler.ast.ExprStmt;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.ast.UnaryOp;

/**
 * Pathologically deep sources never let a StackOverflowError escape: the parser retries on a
 * thread with a large stack. (CPython gives up on these with MemoryError or RecursionError, so
 * there is nothing to compare with; what is checked is that the tree is complete.)
 */
class DeepNestingTest {
    @Test
    void deeplyNestedUnaryOperatorsParse() {
        Module m = PythonSourceParser.parseModule("-".repeat(50_000) + "1\n", "deep.py");
        var e = ((ExprStmt) m.body().getFirst()).value();
        int depth = 0;
        while (e instanceof UnaryOp u) {
            depth++;
            e = u.operand();
        }
        assertEquals(50_000, depth);
    }

    @Test
    void longOperatorChainsParse() {
        Module m = PythonSourceParser.parseModule("x = 1" + " + 1".repeat(20_000) + "\n", "long.py");
        assertInstanceOf(BinOp.class, ((org.pyjit.compiler.ast.Assign) m.body().getFirst()).value());
    }

    @Test
    void deepSourcesInSeveralModesParse() {
        for (String source : List.of("not ".repeat(20_000) + "x\n", "x" + ".a".repeat(30_000) + "\n",
                "x" + "[0]".repeat(20_000) + "\n")) {
            assertEquals(1, PythonSourceParser.parseModule(source, "deep.py").body().size());
        }
    }
}
