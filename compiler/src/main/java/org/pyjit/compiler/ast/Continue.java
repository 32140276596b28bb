package org.pyjit.compiler.ast;

/** A {@code continue} statement. */
public record Continue(Pos pos) implements Stmt {
}
