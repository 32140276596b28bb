package org.pyjit.compiler.ast;

/** A {@code pass} statement. */
public record Pass(Pos pos) implements Stmt {
}
