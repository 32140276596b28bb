package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code for} loop. */
public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public For {
        body = Lists.immutable(body);
        orelse = Lists.immutable(orelse);
    }
}
