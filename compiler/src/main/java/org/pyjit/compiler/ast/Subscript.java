package org.pyjit.compiler.ast;

/** A subscript {@code value[slice]}. */
public record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {
}
