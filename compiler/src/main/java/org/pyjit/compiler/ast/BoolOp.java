package org.pyjit.compiler.ast;

import java.util.List;

/** {@code a and b and c} / {@code a or b}: one operator over two or more values. */
public record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public BoolOp {
        values = Lists.immutable(values);
    }
}
