package org.pyjit.compiler.ast;

/** A {@code return} statement; {@code value} is null for a bare return. */
public record Return(Expr value, Pos pos) implements Stmt {
}
