package org.pyjit.compiler.ast;

/** An augmented assignment such as {@code a += value}. */
public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
}
