package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * Turns the soft keywords {@code match} and {@code case} into keyword tokens where they start a
 * match statement, before parsing. A logical line that starts with the name {@code match} (not
 * followed by {@code :}, {@code =} or {@code .}) and ends with {@code :} is a match statement (no
 * other statement has that shape); the lines of its indented block that start with the name
 * {@code case} are its cases.
 * Everywhere else they stay names, so {@code match = 1} and {@code match(x)} keep working and
 * the parser's decisions (and its error reports) for ordinary statements are unchanged.
 */
final class SoftKeywords {
    private SoftKeywords() {
    }

    static void mark(List<Token> all) {
        List<Token> tokens = new ArrayList<>(all.size());
        for (Token t : all) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(t);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isName(t, "match") && startsLine(tokens, i)) {
                int end = lineEnd(tokens, i);
                Token next = tokens.get(i + 1);
                if (end > i + 2 && tokens.get(end - 1).getType() == PythonLexer.COLON
                        && next.getType() != PythonLexer.COLON && next.getType() != PythonLexer.ASSIGN
                        && next.getType() != PythonLexer.DOT) {
                    // without the indented block it is still a (broken) match statement: the
                    // parser then reports the missing block as CPython does
                    ((WritableToken) t).setType(PythonLexer.MATCH);
                    if (end + 1 < tokens.size() && tokens.get(end + 1).getType() == PythonLexer.INDENT) {
                        markCases(tokens, end + 2);
                    }
                }
            }
        }
    }

    /** Marks {@code case} at the start of each line of the block that begins at {@code start}. */
    private static void markCases(List<Token> tokens, int start) {
        int depth = 0;
        boolean lineStart = true;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case PythonLexer.INDENT -> depth++;
                case PythonLexer.DEDENT -> {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
                case PythonLexer.NEWLINE -> lineStart = true;
                default -> {
                    if (lineStart && depth == 0 && isName(t, "case")) {
                        ((WritableToken) t).setType(PythonLexer.CASE);
                    }
                    lineStart = false;
                }
            }
        }
    }

    private static boolean isName(Token t, String text) {
        return t.getType() == PythonLexer.NAME && t.getText().equals(text);
    }

    private static boolean startsLine(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int type = tokens.get(i - 1).getType();
        return type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT;
    }

    /** The index of the NEWLINE (or EOF) that ends the logical line containing {@code i}. */
    private static int lineEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() - 1 && tokens.get(j).getType() != PythonLexer.NEWLINE
                && tokens.get(j).getType() != Token.EOF) {
            j++;
        }
        return j;
    }
}
