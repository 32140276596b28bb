package org.pyjit.compiler.ast;

/** A {@code yield} expression; {@code value} is nullable. */
public record Yield(Expr value, Pos pos) implements Expr {
}
