package org.pyjit.compiler.ast;

/** A name. */
public record Name(String id, ExprContext ctx, Pos pos) implements Expr {
}
