package org.pyjit.compiler.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntegerList;
import org.pyjit.compiler.ast.PythonRepr;

/**
 * The context-sensitive half of the Python tokenizer, under the ANTLR-generated
 * {@code PythonLexer}: logical lines (NEWLINE only outside brackets and after non-blank lines),
 * INDENT/DEDENT with CPython's tab rules, string literals (scanned by {@link StringScanner}), and
 * CPython's tokenizer errors with their positions.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    /** CPython's tokenizer limit (MAXLEVEL). */
    private static final int MAX_BRACKET_DEPTH = 200;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final IntegerList indents = new IntegerList();
    private final IntegerList altIndents = new IntegerList();
    /** Open brackets, innermost last. */
    private final Deque<Token> brackets = new ArrayDeque<>();
    private SourceLines source;
    private boolean atLineStart = true;
    private int col;
    private int altCol;
    private int contLineCol = -1;
    private Token unclosedAtEof;
    private boolean done;
    private SyntaxErrorException pendingError;
    /** A comment after the last token of the current line, if any. */
    private Token lineComment;
    private boolean implicitNewline = true;
    private Token errorToken;

    /** For the generated lexer. */
    protected PythonLexerBase(CharStream input) {
        super(input);
        indents.add(0);
        altIndents.add(0);
    }

    /**
     * Whether a last line without line break still ends with a NEWLINE token (CPython's exec
     * mode) or not (eval mode).
     */
    void setImplicitNewline(boolean implicit) {
        this.implicitNewline = implicit;
    }

    /** Gives the lexer the source lines it quotes in its errors. */
    void setSource(SourceLines source) {
        this.source = source;
    }

    /** The innermost bracket still open at end of input, or null. */
    Token unclosedBracketAtEof() {
        return unclosedAtEof;
    }

    /**
     * The tokenizer error found in the source, or null. The token stream ends with an
     * {@link #errorToken()} there, which no parser rule accepts.
     */
    SyntaxErrorException pendingError() {
        return pendingError;
    }

    /** The token standing for {@link #pendingError()} in the stream. */
    Token errorToken() {
        return errorToken;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            try {
                produce();
            } catch (SyntaxErrorException e) {
                // CPython reports tokenizer errors over most parser errors; the parser decides
                pendingError = e;
                done = true;
                pending.clear();
                errorToken = makeToken(PythonLexer.ERROR_CHAR, "", _input.index(), getLine(), getCharPositionInLine());
                pending.add(errorToken);
            }
        }
        return pending.poll();
    }

    /** Adds at least one token to {@code pending}. */
    private void produce() {
        if (done) {
            pending.add(makeToken(Token.EOF, "<EOF>", _input.index(), getLine(), getCharPositionInLine()));
            return;
        }
        Token t = rawToken();
        switch (t.getType()) {
            case PythonLexer.WS -> {
                if (atLineStart) {
                    measureIndentation(t.getText());
                }
            }
            case PythonLexer.COMMENT -> {
                if (!atLineStart) {
                    lineComment = t;
                }
            }
            case PythonLexer.LINE_JOIN -> {
                if (atLineStart && contLineCol < 0) {
                    contLineCol = col;
                }
                if (_input.LA(1) == CharStream.EOF) {
                    throw source.syntaxError("unexpected EOF while parsing", t.getLine(),
                            t.getCharPositionInLine() + 2, t.getLine(), -1);
                }
            }
            case PythonLexer.NEWLINE -> {
                if (!brackets.isEmpty()) {
                    return;
                }
                if (!atLineStart) {
                    pending.add(newline(t));
                }
                lineComment = null;
                atLineStart = true;
                col = 0;
                altCol = 0;
                contLineCol = -1;
            }
            case Token.EOF -> endOfInput(t);
            default -> realToken(t);
        }
    }

    /**
     * The NEWLINE token as CPython's tokenizer makes it: without width, or covering the comment
     * that ends the line (error positions depend on it).
     */
    private Token newline(Token raw) {
        CommonToken token = new CommonToken(raw);
        if (lineComment != null) {
            token.setCharPositionInLine(lineComment.getCharPositionInLine());
            token.setText(lineComment.getText());
        } else {
            token.setText("");
        }
        return token;
    }

    private void measureIndentation(String whitespace) {
        for (int i = 0; i < whitespace.length(); i++) {
            switch (whitespace.charAt(i)) {
                case ' ' -> {
                    col++;
                    altCol++;
                }
                case '\t' -> {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altCol++;
                }
                default -> { // form feed resets the column, as in CPython
                    col = 0;
                    altCol = 0;
                }
            }
        }
    }

    private void endOfInput(Token eof) {
        done = true;
        if (!brackets.isEmpty()) {
            // CPython's tokenizer gives an error token here; the parser then fails and reports
            // the innermost unclosed bracket.
            unclosedAtEof = brackets.peekLast();
            pending.add(eof);
            return;
        }
        int line = eof.getLine();
        int column = eof.getCharPositionInLine();
        if (!atLineStart && implicitNewline) {
            Token newline = makeToken(PythonLexer.NEWLINE, "", eof.getStartIndex(), line, column);
            pending.add(lineComment != null ? newline(newline) : newline);
            // the dedents belong to the (virtual) line after the last one, as in CPython
            line++;
            column = 0;
        }
        for (int i = indents.size() - 1; i > 0; i--) {
            pending.add(makeToken(PythonLexer.DEDENT, "", eof.getStartIndex(), line, column));
        }
        indents.clear();
        indents.add(0);
        pending.add(eof);
    }

    private void realToken(Token t) {
        if (atLineStart) {
            atLineStart = false;
            indent(t);
        }
        switch (t.getType()) {
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> {
                if (brackets.size() >= MAX_BRACKET_DEPTH) {
                    throw source.tokenizerError("too many nested parentheses", t.getLine(),
                            t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + 1);
                }
                brackets.addLast(t);
            }
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(t);
            case PythonLexer.NUMBER -> checkNumberEnd(t);
            case PythonLexer.ERROR_CHAR -> badCharacter(t);
            default -> {
            }
        }
        pending.add(t);
    }

    private void indent(Token first) {
        int c = contLineCol >= 0 ? contLineCol : col;
        int alt = contLineCol >= 0 ? contLineCol : altCol;
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        int line = first.getLine();
        if (c == top) {
            if (alt != altTop) {
                throw tabError(line);
            }
        } else if (c > top) {
            if (alt <= altTop) {
                throw tabError(line);
            }
            indents.add(c);
            altIndents.add(alt);
            pending.add(makeToken(PythonLexer.INDENT, "", first.getStartIndex(), line,
                    first.getCharPositionInLine()));
        } else {
            while (indents.size() > 1 && c < indents.get(indents.size() - 1)) {
                indents.removeAt(indents.size() - 1);
                altIndents.removeAt(altIndents.size() - 1);
                pending.add(makeToken(PythonLexer.DEDENT, "", first.getStartIndex(), line,
                        first.getCharPositionInLine()));
            }
            if (c != indents.get(indents.size() - 1)) {
                // CPython's tokenizer is at the end of the line when it reports this
                String text = source.line(line);
                throw source.error("IndentationError", "unindent does not match any outer indentation level",
                        line, text.codePointCount(0, text.length()) + 1, line, -1);
            }
            if (alt != altIndents.get(altIndents.size() - 1)) {
                throw tabError(line);
            }
        }
    }

    private SyntaxErrorException tabError(int line) {
        return source.error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private void closeBracket(Token close) {
        char closing = close.getText().charAt(0);
        int line = close.getLine();
        int offset = close.getCharPositionInLine() + 1;
        if (brackets.isEmpty()) {
            throw source.tokenizerError("unmatched '" + closing + "'", line, offset, line, offset);
        }
        Token open = brackets.removeLast();
        char opening = open.getText().charAt(0);
        if ((opening == '(' && closing != ')') || (opening == '[' && closing != ']')
                || (opening == '{' && closing != '}')) {
            String message = "closing parenthesis '" + closing + "' does not match opening parenthesis '"
                    + opening + "'" + (open.getLine() != line ? " on line " + open.getLine() : "");
            throw source.tokenizerError(message, line, offset, line, offset);
        }
    }

    private void checkNumberEnd(Token number) {
        int next = _input.LA(1);
        boolean identifierChar = next == '_' || Character.isLetterOrDigit(next) || next >= 128;
        if (identifierChar) {
            NumberLiteralChecker.check(source.line(number.getLine()), number.getLine(),
                    number.getCharPositionInLine(), source);
        }
    }

    private void badCharacter(Token t) {
        int cp = t.getText().codePointAt(0);
        int line = t.getLine();
        int column = t.getCharPositionInLine();
        if (cp == '\\') {
            // a backslash not directly followed by a line break
            throw source.syntaxError("unexpected character after line continuation character", line, column + 2,
                    line, 0);
        }
        if (cp == 0) {
            throw source.tokenizerError("source code cannot contain null bytes", line, column + 1, line, column + 1);
        }
        if (cp < 128 && cp >= 32 && cp != 127) {
            return; // '$', '?', '!', '`': the parser reports "invalid syntax" at the token
        }
        String hex = String.format("%04X", cp);
        String message = PythonRepr.isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        throw source.tokenizerError(message, line, column + 1, line, column + 1);
    }


    /** The next token of the generated lexer, or a string literal scanned by hand. */
    private Token rawToken() {
        int prefix = stringPrefixLength();
        if (prefix < 0) {
            return super.nextToken();
        }
        int startIndex = _input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        StringScanner.scan(this, prefix, line, column, source);
        return makeToken(PythonLexer.STRING, null, startIndex, line, column, _input.index() - 1);
    }

    /** Length of a valid string prefix (b, r, u, f, br, rb, fr, rf in any case) before a quote, or -1. */
    private int stringPrefixLength() {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        for (int i = 1; ; i++) {
            int c = _input.LA(i);
            if (c == '\'' || c == '"') {
                return i - 1;
            }
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                return -1;
            }
        }
    }

    /** Consumes one character, keeping line and column up to date. */
    int consumeChar() {
        int c = _input.LA(1);
        getInterpreter().consume(_input);
        return c;
    }

    /** The character {@code i} positions ahead (1 = next), or {@link CharStream#EOF}. */
    int peekChar(int i) {
        return _input.LA(i);
    }

    private Token makeToken(int type, String text, int startIndex, int line, int column) {
        return makeToken(type, text, startIndex, line, column, startIndex - 1);
    }

    private Token makeToken(int type, String text, int startIndex, int line, int column, int stopIndex) {
        CommonToken token = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, startIndex,
                stopIndex);
        token.setLine(line);
        token.setCharPositionInLine(column);
        if (text != null) {
            token.setText(text);
        }
        return token;
    }
}
