package org.pyjit.compiler.ast;

import java.util.List;

/** An assignment {@code a = b = value}. */
public record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Assign {
        targets = Lists.immutable(targets);
    }
}
