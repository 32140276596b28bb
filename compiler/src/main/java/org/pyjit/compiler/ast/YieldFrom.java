package org.pyjit.compiler.ast;

/** A {@code yield from} expression. */
public record YieldFrom(Expr value, Pos pos) implements Expr {
}
