package org.pyjit.compiler.ast;

/** {@code None}, {@code True} or {@code False}, compared with {@code is}: value is {@link ConstantSingleton#NONE} or a Boolean. */
public record MatchSingleton(Object value, Pos pos) implements Pattern {
}
