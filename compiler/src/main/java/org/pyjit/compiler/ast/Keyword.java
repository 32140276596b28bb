package org.pyjit.compiler.ast;

/** A keyword argument {@code arg=value}; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {
}
