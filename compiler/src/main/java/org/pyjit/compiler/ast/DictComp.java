package org.pyjit.compiler.ast;

import java.util.List;

/** A dict comprehension. */
public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public DictComp {
        generators = Lists.immutable(generators);
    }
}
