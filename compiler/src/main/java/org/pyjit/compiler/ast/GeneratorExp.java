package org.pyjit.compiler.ast;

import java.util.List;

/** A generator expression. */
public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public GeneratorExp {
        generators = Lists.immutable(generators);
    }
}
