package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.pyjit.compiler.parser.PythonParser.AtomContext;

/** What kind of display an atom of the parse tree is, as CPython's error rules ask. */
final class AtomShapes {
    private AtomShapes() {
    }

    /** The atom at the very start of {@code c}, or null if it starts with an operator or keyword. */
    static AtomContext leftmost(ParserRuleContext c) {
        ParseTree node = c;
        while (node instanceof ParserRuleContext rule && !(node instanceof AtomContext) && rule.getChildCount() > 0) {
            node = rule.getChild(0);
        }
        return node instanceof AtomContext atom ? atom : null;
    }

    static int kind(AtomContext a) {
        return a.getStart().getType();
    }

    /** {@code (a, b)} or {@code ()}. */
    static boolean isTuple(AtomContext a) {
        return kind(a) == PythonLexer.LPAR && a.yield_expr() == null
                && (a.testlist_comp() == null
                || (a.testlist_comp().for_if_clauses() == null && !a.testlist_comp().COMMA().isEmpty()));
    }

    /** {@code (x for x in y)}. */
    static boolean isGenerator(AtomContext a) {
        return kind(a) == PythonLexer.LPAR && a.testlist_comp() != null && a.testlist_comp().for_if_clauses() != null;
    }

    /** {@code [a, b]}, not a comprehension. */
    static boolean isList(AtomContext a) {
        return kind(a) == PythonLexer.LSQB && (a.testlist_comp() == null || a.testlist_comp().for_if_clauses() == null);
    }

    /** Whether {@code atom} spans all of {@code whole}. */
    static boolean isWhole(AtomContext atom, ParserRuleContext whole) {
        return atom != null && atom.getStart() == whole.getStart() && atom.getStop() == whole.getStop();
    }

    /** CPython's lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')} at the start of {@code c}. */
    static boolean startsWithExcludedAtom(ParserRuleContext c) {
        AtomContext a = leftmost(c);
        if (a == null) {
            return false;
        }
        int kind = kind(a);
        return kind == PythonLexer.TRUE || kind == PythonLexer.FALSE || kind == PythonLexer.NONE || isList(a)
                || isTuple(a) || isGenerator(a);
    }
}
