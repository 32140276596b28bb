package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code nonlocal} declaration. */
public record Nonlocal(List<String> names, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Nonlocal {
        names = Lists.immutable(names);
    }
}
