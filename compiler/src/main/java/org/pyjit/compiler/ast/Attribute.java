package org.pyjit.compiler.ast;

/** An attribute reference {@code value.attr}. */
public record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {
}
