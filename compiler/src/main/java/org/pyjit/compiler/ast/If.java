package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code if} statement; {@code elif} is a nested If in {@code orelse}. */
public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public If {
        body = Lists.immutable(body);
        orelse = Lists.immutable(orelse);
    }
}
