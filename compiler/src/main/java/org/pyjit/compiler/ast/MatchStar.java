package org.pyjit.compiler.ast;

/** {@code *name} inside a sequence pattern; {@code name} is null for {@code *_}. */
public record MatchStar(String name, Pos pos) implements Pattern {
}
