package org.pyjit.compiler.ast;

/** An {@code assert} statement; {@code msg} is nullable. */
public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
}
