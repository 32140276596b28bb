package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code async def} statement. */
public record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public AsyncFunctionDef {
        body = Lists.immutable(body);
        decoratorList = Lists.immutable(decoratorList);
    }
}
