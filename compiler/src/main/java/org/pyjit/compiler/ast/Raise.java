package org.pyjit.compiler.ast;

/** A {@code raise} statement; both fields nullable. */
public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
}
