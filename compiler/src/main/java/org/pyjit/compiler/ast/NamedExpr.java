package org.pyjit.compiler.ast;

/** An assignment expression {@code target := value}. */
public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
}
