package org.pyjit.compiler.ast;

/** Binary operators (CPython's {@code ast.operator}). */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
