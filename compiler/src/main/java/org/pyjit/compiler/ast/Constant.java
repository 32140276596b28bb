package org.pyjit.compiler.ast;

/** A literal constant. {@code value} is a Long, BigInteger, Double, String, Boolean, {@link ImaginaryLiteral}, {@link BytesLiteral} or {@link ConstantSingleton}; {@code kind} is "u" for u-prefixed strings, else null. */
public record Constant(Object value, String kind, Pos pos) implements Expr {
}
