package org.pyjit.compiler.ast;

/**
 * {@code pattern as name}, a capture ({@code pattern} null) or the wildcard {@code _} (both
 * null).
 */
public record MatchAs(Pattern pattern, String name, Pos pos) implements Pattern {
}
