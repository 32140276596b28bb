package org.pyjit.compiler.ast;

/** Unary operators (CPython's {@code ast.unaryop}). */
public enum UnaryOperator {
    Invert, Not, UAdd, USub
}
