package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code while} loop. */
public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public While {
        body = Lists.immutable(body);
        orelse = Lists.immutable(orelse);
    }
}
