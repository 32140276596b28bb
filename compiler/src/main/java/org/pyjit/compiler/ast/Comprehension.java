package org.pyjit.compiler.ast;

import java.util.List;

/** One {@code for ... in ... if ...} clause of a comprehension (CPython's {@code comprehension}). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    /** Makes the list fields immutable. */
    public Comprehension {
        ifs = Lists.immutable(ifs);
    }
}
