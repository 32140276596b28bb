package org.pyjit.compiler.ast;

import java.util.List;

/** A whole module (CPython's {@code exec} mode). */
public record Module(List<Stmt> body, Pos pos) implements Mod {
    /** Makes the list fields immutable. */
    public Module {
        body = Lists.immutable(body);
    }
}
