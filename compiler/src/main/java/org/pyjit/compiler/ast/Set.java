package org.pyjit.compiler.ast;

import java.util.List;

/** A set display. */
public record Set(List<Expr> elts, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public Set {
        elts = Lists.immutable(elts);
    }
}
