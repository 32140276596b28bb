package org.pyjit.compiler.ast;

import java.util.List;

/** An {@code import a, b as c} statement. */
public record Import(List<Alias> names, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Import {
        names = Lists.immutable(names);
    }
}
