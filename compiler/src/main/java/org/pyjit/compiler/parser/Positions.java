package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.ast.Node;
import org.pyjit.compiler.ast.Pos;

/** Source ranges of tokens and parse-tree nodes, columns in code points. */
final class Positions {
    private Positions() {
    }

    static Pos of(Token t) {
        return new Pos(t.getLine(), t.getCharPositionInLine(), endLine(t), endCol(t));
    }

    static Pos of(TerminalNode n) {
        return of(n.getSymbol());
    }

    static Pos of(ParserRuleContext c) {
        return between(c.getStart(), c.getStop());
    }

    static Pos between(Token first, Token last) {
        return new Pos(first.getLine(), first.getCharPositionInLine(), endLine(last), endCol(last));
    }

    static Pos between(Token first, Node last) {
        return new Pos(first.getLine(), first.getCharPositionInLine(), last.pos().endLine(), last.pos().endCol());
    }

    static Pos between(Node first, Token last) {
        return new Pos(first.pos().line(), first.pos().col(), endLine(last), endCol(last));
    }

    static Pos between(Node first, Node last) {
        return Pos.span(first.pos(), last.pos());
    }

    static Pos between(Pos first, Token last) {
        return new Pos(first.line(), first.col(), endLine(last), endCol(last));
    }

    static int endLine(Token t) {
        int line = t.getLine();
        if (t.getType() == PythonLexer.STRING) {
            String text = t.getText();
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
        }
        return line;
    }

    static int endCol(Token t) {
        switch (t.getType()) {
            case Token.EOF -> {
                return t.getCharPositionInLine();
            }
            case PythonLexer.STRING, PythonLexer.NEWLINE, PythonLexer.INDENT, PythonLexer.DEDENT,
                 PythonLexer.ERROR_CHAR -> {
                // multi-line, or synthetic with text of its own
            }
            default -> {
                // single-line token read from the input, whose indices count code points
                return t.getCharPositionInLine() + t.getStopIndex() - t.getStartIndex() + 1;
            }
        }
        String text = t.getText();
        int nl = t.getType() == PythonLexer.STRING ? text.lastIndexOf('\n') : -1;
        if (nl < 0) {
            return t.getCharPositionInLine() + text.codePointCount(0, text.length());
        }
        return text.codePointCount(nl + 1, text.length());
    }
}
