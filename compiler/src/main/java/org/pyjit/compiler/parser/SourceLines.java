package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical lines of one source text with its file name; builds {@link SyntaxErrorException}s
 * that quote the offending line.
 */
final class SourceLines {
    private final String filename;
    private final List<String> lines = new ArrayList<>();
    private final int firstLine;

    SourceLines(String source, String filename) {
        this(source, filename, 1);
    }

    /** Lines of a text that starts at line {@code firstLine} of its file (f-string fields). */
    SourceLines(String source, String filename, int firstLine) {
        this.filename = filename;
        this.firstLine = firstLine;
        int start = 0;
        while (true) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                lines.add(source.substring(start));
                break;
            }
            lines.add(source.substring(start, nl));
            start = nl + 1;
        }
    }

    String filename() {
        return filename;
    }

    /** The text of 1-based line {@code n} without its line break, or "" past the end. */
    String line(int n) {
        int i = n - firstLine;
        return i >= 0 && i < lines.size() ? lines.get(i) : "";
    }

    /** Number of lines, counting a last line without line break. */
    int count() {
        return lines.size();
    }

    /** Line {@code n} with its line break if it has one, as CPython's parser quotes it. */
    String lineWithBreak(int n) {
        int i = n - firstLine;
        return i >= 0 && i < lines.size() - 1 ? lines.get(i) + "\n" : line(n);
    }

    /** An error found by the parser or the indentation tracker; quotes the line with its break. */
    SyntaxErrorException error(String kind, String message, int lineno, int offset, int endLineno,
                               int endOffset) {
        return new SyntaxErrorException(kind, message, filename, lineno, offset, lineWithBreak(lineno), endLineno,
                endOffset);
    }

    /** An error of CPython's tokenizer proper, which quotes the line without its break. */
    SyntaxErrorException tokenizerError(String message, int lineno, int offset, int endLineno, int endOffset) {
        return new SyntaxErrorException("SyntaxError", message, filename, lineno, offset, line(lineno), endLineno,
                endOffset).markFromTokenizer();
    }

    SyntaxErrorException syntaxError(String message, int lineno, int offset, int endLineno, int endOffset) {
        return error("SyntaxError", message, lineno, offset, endLineno, endOffset);
    }
}
