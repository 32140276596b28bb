package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code class} statement. */
public record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public ClassDef {
        bases = Lists.immutable(bases);
        keywords = Lists.immutable(keywords);
        body = Lists.immutable(body);
        decoratorList = Lists.immutable(decoratorList);
    }
}
