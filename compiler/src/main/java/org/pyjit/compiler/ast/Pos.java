package org.pyjit.compiler.ast;

/**
 * A source range: lines are 1-based, columns 0-based and counted in code points of the line
 * (CPython counts UTF-8 bytes; the conversion happens where byte offsets are shown).
 */
public record Pos(int line, int col, int endLine, int endCol) {
    /** A range from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.line, first.col, last.endLine, last.endCol);
    }
}
