package org.pyjit.compiler.ast;

/** A list display or list target. */
public record List(java.util.List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public List {
        elts = Lists.immutable(elts);
    }
}
