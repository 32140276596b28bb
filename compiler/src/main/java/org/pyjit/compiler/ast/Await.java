package org.pyjit.compiler.ast;

/** An {@code await} expression. */
public record Await(Expr value, Pos pos) implements Expr {
}
