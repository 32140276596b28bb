package org.pyjit.compiler.ast;

import java.util.List;

/** A tuple display or tuple target. */
public record Tuple(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public Tuple {
        elts = Lists.immutable(elts);
    }
}
