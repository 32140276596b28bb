package org.pyjit.compiler.ast;

/** A {@code lambda} expression. */
public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
}
