package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code async for} loop. */
public record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public AsyncFor {
        body = Lists.immutable(body);
        orelse = Lists.immutable(orelse);
    }
}
