package org.pyjit.compiler.ast;

/** A binary operation. */
public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
}
