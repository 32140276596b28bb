package org.pyjit.compiler.ast;

import java.util.List;

/** One interactive input (CPython's {@code single} mode). */
public record Interactive(List<Stmt> body, Pos pos) implements Mod {
    /** Makes the list fields immutable. */
    public Interactive {
        body = Lists.immutable(body);
    }
}
