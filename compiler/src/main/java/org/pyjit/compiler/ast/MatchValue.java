package org.pyjit.compiler.ast;

/** A literal or dotted-name pattern, compared with {@code ==}. */
public record MatchValue(Expr value, Pos pos) implements Pattern {
}
