package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code def} statement. */
public record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public FunctionDef {
        body = Lists.immutable(body);
        decoratorList = Lists.immutable(decoratorList);
    }
}
