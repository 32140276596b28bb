package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code del} statement. */
public record Delete(List<Expr> targets, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Delete {
        targets = Lists.immutable(targets);
    }
}
