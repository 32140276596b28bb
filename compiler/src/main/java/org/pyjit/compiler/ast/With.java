package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code with} statement. */
public record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public With {
        items = Lists.immutable(items);
        body = Lists.immutable(body);
    }
}
