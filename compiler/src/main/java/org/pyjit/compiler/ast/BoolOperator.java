package org.pyjit.compiler.ast;

/** Boolean operators (CPython's {@code ast.boolop}). */
public enum BoolOperator {
    And, Or
}
