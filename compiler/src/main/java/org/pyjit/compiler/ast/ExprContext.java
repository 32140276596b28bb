package org.pyjit.compiler.ast;

/** Whether an expression is read, assigned or deleted (CPython's {@code ast.expr_context}). */
public enum ExprContext {
    Load, Store, Del
}
