package org.pyjit.compiler.ast;

/** A conditional expression {@code body if test else orelse}. */
public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
}
