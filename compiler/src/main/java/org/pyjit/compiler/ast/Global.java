package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code global} declaration. */
public record Global(List<String> names, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Global {
        names = Lists.immutable(names);
    }
}
