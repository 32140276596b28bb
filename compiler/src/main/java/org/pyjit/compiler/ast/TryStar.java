package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code try} statement with {@code except*} clauses. */
public record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public TryStar {
        body = Lists.immutable(body);
        handlers = Lists.immutable(handlers);
        orelse = Lists.immutable(orelse);
        finalbody = Lists.immutable(finalbody);
    }
}
