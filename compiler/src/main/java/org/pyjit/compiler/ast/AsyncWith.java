package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code async with} statement. */
public record AsyncWith(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public AsyncWith {
        items = Lists.immutable(items);
        body = Lists.immutable(body);
    }
}
