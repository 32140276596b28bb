package org.pyjit.compiler.bytecode;

/** The lines of a source file, for the text of compile-time errors. */
public final class SourceText {
    private final String[] lines;

    public SourceText(String source) {
        this.lines = source.split("\r\n|\r|\n", -1);
    }

    /** Line {@code n} (1-based) without its newline, or null when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.length ? lines[n - 1] : null;
    }
}
