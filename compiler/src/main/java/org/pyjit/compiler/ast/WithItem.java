package org.pyjit.compiler.ast;

/** One context manager of a {@code with} statement; {@code optionalVars} is nullable. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
