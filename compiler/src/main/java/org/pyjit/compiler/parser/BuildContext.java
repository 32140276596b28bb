package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.pyjit.compiler.ast.Node;
import org.pyjit.compiler.ast.Pos;

/** What the AST builders share: the source (for errors) and the token stream of one parse. */
final class BuildContext {
    private final SourceLines source;
    private final TokenStream tokens;

    BuildContext(SourceLines source, TokenStream tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    SourceLines source() {
        return source;
    }

    /** A SyntaxError covering {@code pos}. */
    SyntaxErrorException error(String message, Pos pos) {
        return source.syntaxError(message, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
    }

    SyntaxErrorException error(String message, Node node) {
        return error(message, node.pos());
    }

    SyntaxErrorException error(String message, ParserRuleContext ctx) {
        return error(message, Positions.of(ctx));
    }

    SyntaxErrorException error(String message, Token token) {
        return error(message, Positions.of(token));
    }

    /** {@code t}, or the last token before it that is not NEWLINE, INDENT or DEDENT. */
    Token lastRealToken(Token t) {
        int i = t.getTokenIndex();
        while (i > 0) {
            int type = tokens.get(i).getType();
            if (type != PythonLexer.NEWLINE && type != PythonLexer.INDENT && type != PythonLexer.DEDENT
                    && type != Token.EOF) {
                break;
            }
            i--;
        }
        return tokens.get(i);
    }

    /** The token following {@code t} in the stream (EOF at the end). */
    Token tokenAfter(Token t) {
        return tokens.get(Math.min(t.getTokenIndex() + 1, tokens.size() - 1));
    }

    /**
     * A SyntaxError located where CPython's "last token" points when an error is raised after a
     * rule completed: the token following {@code stop}.
     */
    SyntaxErrorException errorAfter(String message, Token stop) {
        Token next = tokens.get(Math.min(stop.getTokenIndex() + 1, tokens.size() - 1));
        int line = next.getLine();
        int col = next.getCharPositionInLine();
        int end = next.getType() == Token.EOF ? col : Positions.endCol(next);
        return source.syntaxError(message, line, col + 1, Positions.endLine(next), end + 1);
    }
}
