package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code except} clause; {@code type} and {@code name} are nullable. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {
    /** Makes the list fields immutable. */
    public ExceptHandler {
        body = Lists.immutable(body);
    }
}
