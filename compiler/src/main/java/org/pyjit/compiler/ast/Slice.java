package org.pyjit.compiler.ast;

/** A slice {@code lower:upper:step} inside a subscript; all fields nullable. */
public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
}
