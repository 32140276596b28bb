package org.pyjit.compiler.ast;

import java.util.List;

/** A set comprehension. */
public record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public SetComp {
        generators = Lists.immutable(generators);
    }
}
