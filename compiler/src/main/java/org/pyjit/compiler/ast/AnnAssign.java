package org.pyjit.compiler.ast;

/** An annotated assignment; {@code value} is null without {@code = value}, {@code simple} is true for a plain name target. */
public record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
}
