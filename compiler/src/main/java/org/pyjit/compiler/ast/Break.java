package org.pyjit.compiler.ast;

/** A {@code break} statement. */
public record Break(Pos pos) implements Stmt {
}
