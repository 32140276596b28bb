package org.pyjit.compiler.ast;

/** A single expression (CPython's {@code eval} mode). */
public record Expression(Expr body, Pos pos) implements Mod {
}
