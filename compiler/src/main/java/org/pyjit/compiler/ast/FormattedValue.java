package org.pyjit.compiler.ast;

/** A replacement field of an f-string; {@code conversion} is -1 or the code point of s, r or a; {@code formatSpec} is a JoinedStr or null. */
public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
}
