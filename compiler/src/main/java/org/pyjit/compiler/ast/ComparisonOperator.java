package org.pyjit.compiler.ast;

/** Comparison operators (CPython's {@code ast.cmpop}). */
public enum ComparisonOperator {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
