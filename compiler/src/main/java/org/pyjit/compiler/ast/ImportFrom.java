package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code from m import ...} statement; {@code module} is null for {@code from . import x}. */
public record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public ImportFrom {
        names = Lists.immutable(names);
    }
}
