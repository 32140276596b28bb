package org.pyjit.compiler.ast;

/** An imported name {@code name as asname}; {@code asname} is nullable. */
public record Alias(String name, String asname, Pos pos) implements Node {
}
