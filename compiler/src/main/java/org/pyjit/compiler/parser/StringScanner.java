package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.CharStream;

/**
 * Scans one string literal (prefix, quotes, body) for {@link PythonLexerBase}, reporting
 * unterminated literals as CPython does: at the literal's first character, naming the line where
 * the end of line or of input was reached.
 */
final class StringScanner {
    private StringScanner() {
    }

    /** Consumes the literal whose prefix has {@code prefixLength} letters. */
    static void scan(PythonLexerBase lexer, int prefixLength, int line, int column, SourceLines source) {
        for (int i = 0; i < prefixLength; i++) {
            lexer.consumeChar();
        }
        int quote = lexer.consumeChar();
        boolean triple = lexer.peekChar(1) == quote && lexer.peekChar(2) == quote;
        if (triple) {
            lexer.consumeChar();
            lexer.consumeChar();
        } else if (lexer.peekChar(1) == quote) {
            lexer.consumeChar(); // the empty string
            return;
        }
        int lastLine = line;
        int closingQuotes = 0;
        while (true) {
            int c = lexer.peekChar(1);
            if (c == CharStream.EOF || (!triple && c == '\n')) {
                String what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
                int detected = c == '\n' ? lexer.getLine() : lastLine;
                throw source.tokenizerError(what + " (detected at line " + detected + ")", line, column + 1, line,
                        column + 1);
            }
            lastLine = lexer.getLine();
            lexer.consumeChar();
            if (c == quote) {
                closingQuotes++;
                if (!triple || closingQuotes == 3) {
                    return;
                }
                continue;
            }
            closingQuotes = 0;
            if (c == '\\') {
                int escaped = lexer.peekChar(1);
                if (escaped != CharStream.EOF) {
                    lastLine = lexer.getLine();
                    lexer.consumeChar();
                }
            }
        }
    }
}
