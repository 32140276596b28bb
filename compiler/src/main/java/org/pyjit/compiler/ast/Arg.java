package org.pyjit.compiler.ast;

/** One parameter (CPython's {@code arg}); {@code annotation} is nullable. */
public record Arg(String arg, Expr annotation, Pos pos) implements Node {
}
