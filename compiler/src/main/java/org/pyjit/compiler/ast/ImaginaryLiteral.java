package org.pyjit.compiler.ast;

/** The value of an imaginary literal such as {@code 1.5j}: a complex number with real part 0. */
public record ImaginaryLiteral(double imag) {
}
