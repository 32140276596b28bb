package org.pyjit.compiler.ast;

import java.util.List;

/** A list comprehension. */
public record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public ListComp {
        generators = Lists.immutable(generators);
    }
}
