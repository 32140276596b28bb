package org.pyjit.compiler.ast;

/** A unary operation. */
public record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {
}
