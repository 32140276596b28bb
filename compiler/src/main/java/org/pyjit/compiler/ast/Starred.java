package org.pyjit.compiler.ast;

/** A starred expression {@code *value}. */
public record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {
}
