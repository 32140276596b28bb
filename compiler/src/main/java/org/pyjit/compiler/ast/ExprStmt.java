package org.pyjit.compiler.ast;

/** An expression statement (CPython's {@code ast.Expr}). */
public record ExprStmt(Expr value, Pos pos) implements Stmt {
}
