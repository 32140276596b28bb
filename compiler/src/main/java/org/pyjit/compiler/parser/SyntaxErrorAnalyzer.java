package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.parser.PythonParser.*;

/**
 * Turns the first failure of the LL parse into the SyntaxError CPython 3.11 reports for the same
 * input. CPython's second parser pass tries "invalid_" rules that recognise common mistakes; this
 * class recognises the same situations from where ANTLR failed, then falls back to CPython's
 * generic rules (tokenizer errors first, unclosed brackets, unexpected indent, "invalid syntax").
 */
final class SyntaxErrorAnalyzer {
    private final SourceLines source;
    private final CommonTokenStream tokens;
    private final PythonLexerBase lexer;
    private final BuildContext build;
    private final SyntaxErrorPatterns patterns;

    SyntaxErrorAnalyzer(SourceLines source, CommonTokenStream tokens, PythonLexerBase lexer, BuildContext build) {
        this.source = source;
        this.tokens = tokens;
        this.lexer = lexer;
        this.build = build;
        this.patterns = new SyntaxErrorPatterns(source, tokens, build);
    }

    SyntaxErrorException explain(ParseFailure failure) {
        Token t = failure.offending();
        SyntaxErrorException tokenizerError = lexer.pendingError();
        boolean beforeTokenizerError = tokenizerError == null
                || t.getTokenIndex() < lexer.errorToken().getTokenIndex();
        SyntaxErrorException specific = beforeTokenizerError ? specific(failure) : null;
        if (specific == null && beforeTokenizerError && t.getType() == PythonLexer.INDENT) {
            return source.error("IndentationError", "unexpected indent", t.getLine(), t.getCharPositionInLine(),
                    t.getLine(), -1);
        }
        if (tokenizerError != null) {
            return tokenizerError;
        }
        Token open = lexer.unclosedBracketAtEof();
        if (open != null && (t.getType() == Token.EOF || open.getLine() < t.getLine())) {
            return source.syntaxError("'" + open.getText() + "' was never closed", open.getLine(),
                    open.getCharPositionInLine() + 1, open.getLine(), 0);
        }
        if (specific != null) {
            return specific;
        }
        return generic(t);
    }

    private SyntaxErrorException specific(ParseFailure failure) {
        Token t = failure.offending();
        ParserRuleContext ctx = failure.context();
        SyntaxErrorException e = matchBlock(t, ctx);
        if (e == null) {
            e = patterns.matchWithoutColon(t);
        }
        if (e == null) {
            e = indentedBlock(t, ctx);
        }
        if (e == null) {
            e = patterns.expectedColon(t, ctx);
        }
        if (e == null) {
            e = patterns.legacyPrint(t);
        }
        if (e == null) {
            e = patterns.assignmentInExpression(t, ctx);
        }
        if (e == null) {
            e = patterns.expectedElse(t, ctx);
        }
        if (e == null) {
            e = patterns.missingComma(t, ctx);
        }
        if (e == null) {
            e = patterns.importTrailingComma(t, ctx);
        }
        if (e == null) {
            e = patterns.walrusTarget(t, ctx);
        }
        if (e == null) {
            e = patterns.dictValue(t, ctx);
        }
        if (e == null) {
            e = patterns.expectedParenthesis(t, ctx);
        }
        if (e == null) {
            e = patterns.missingExcept(t, ctx);
        }
        return e;
    }

    /** "invalid syntax" at the token the parser could not accept. */
    private SyntaxErrorException generic(Token t) {
        if (t.getType() == Token.EOF) {
            // only in eval mode, where CPython adds no final newline: its end marker has no column
            int line = t.getLine();
            String text = source.line(line);
            if (text.isEmpty() && line > 1) {
                line--;
            }
            if (source.count() == 1 && source.line(1).isEmpty()) {
                line = 0;
            }
            return source.syntaxError("invalid syntax", line, 0, line, 0);
        }
        if (t.getType() == PythonLexer.DEDENT) {
            return source.error("IndentationError", "unexpected unindent", t.getLine(), t.getCharPositionInLine() + 1,
                    t.getLine(), -1);
        }
        return build.error("invalid syntax", t);
    }

    private Token previous(Token t) {
        int i = t.getTokenIndex() - 1;
        while (i >= 0 && tokens.get(i).getType() == PythonLexer.DEDENT) {
            i--;
        }
        return i >= 0 ? tokens.get(i) : null;
    }

    /** A match statement's header not followed by an indented block of cases. */
    private SyntaxErrorException matchBlock(Token t, ParserRuleContext ctx) {
        if (!(ctx instanceof Match_stmtContext m) || m.NEWLINE() == null || m.INDENT() != null
                || t.getType() == PythonLexer.INDENT) {
            return null;
        }
        String message = "expected an indented block after 'match' statement on line " + m.MATCH().getSymbol().getLine();
        if (t.getType() == Token.EOF) {
            Token newline = m.NEWLINE().getSymbol();
            return source.error("IndentationError", message, newline.getLine(), newline.getCharPositionInLine() + 1,
                    newline.getLine(), -1);
        }
        return source.error("IndentationError", message, t.getLine(), t.getCharPositionInLine() + 1,
                Positions.endLine(t), Positions.endCol(t) + 1);
    }

    /** "expected an indented block after ..." when a block's NEWLINE is not followed by INDENT. */
    private SyntaxErrorException indentedBlock(Token t, ParserRuleContext ctx) {
        if (!(ctx instanceof BlockContext block) || block.NEWLINE() == null || t.getType() == PythonLexer.INDENT) {
            return null;
        }
        ParserRuleContext owner = block.getParent();
        String what;
        Token keyword;
        switch (owner) {
            case If_stmtContext c -> {
                what = "'if' statement";
                keyword = c.IF().getSymbol();
            }
            case Elif_clauseContext c -> {
                what = "'elif' statement";
                keyword = c.ELIF().getSymbol();
            }
            case Else_clauseContext c -> {
                what = "'else' statement";
                keyword = c.ELSE().getSymbol();
            }
            case While_stmtContext c -> {
                what = "'while' statement";
                keyword = c.WHILE().getSymbol();
            }
            case For_stmtContext c -> {
                what = "'for' statement";
                keyword = c.FOR().getSymbol();
            }
            case With_stmtContext c -> {
                what = "'with' statement";
                keyword = c.WITH().getSymbol();
            }
            case Try_stmtContext c -> {
                what = "'try' statement";
                keyword = c.TRY().getSymbol();
            }
            case Except_clauseContext c -> {
                what = c.STAR() != null ? "'except*' statement" : "'except' statement";
                keyword = c.EXCEPT().getSymbol();
            }
            case Finally_clauseContext c -> {
                what = "'finally' statement";
                keyword = c.FINALLY().getSymbol();
            }
            case Function_defContext c -> {
                what = "function definition";
                keyword = c.DEF().getSymbol();
            }
            case Class_defContext c -> {
                what = "class definition";
                keyword = c.CLASS().getSymbol();
            }
            case Case_blockContext c -> {
                what = "'case' statement";
                keyword = c.CASE().getSymbol();
            }
            default -> {
                return null;
            }
        }
        String message = "expected an indented block after " + what + " on line " + keyword.getLine();
        if (t.getType() == Token.EOF) {
            Token newline = block.NEWLINE().getSymbol();
            return source.error("IndentationError", message, newline.getLine(), newline.getCharPositionInLine() + 1,
                    newline.getLine(), -1);
        }
        Token shown = t;
        int i = t.getTokenIndex();
        while (shown.getType() == PythonLexer.DEDENT && i + 1 < tokens.size()) {
            shown = tokens.get(++i);
        }
        return source.error("IndentationError", message, shown.getLine(), shown.getCharPositionInLine() + 1,
                Positions.endLine(shown), Positions.endCol(shown) + 1);
    }

    /** The last child of a parse-tree node, or null. */
    static ParseTree lastChild(ParseTree node) {
        return node.getChildCount() == 0 ? null : node.getChild(node.getChildCount() - 1);
    }

    static boolean isToken(ParseTree node, int type) {
        return node instanceof TerminalNode n && n.getSymbol().getType() == type;
    }
}
