package org.pyjit.compiler.ast;

import java.util.List;

/** One {@code case} clause ({@code match_case}); {@code guard} is nullable. It has no position, as in CPython. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {
    /** Makes the list fields immutable. */
    public MatchCase {
        body = Lists.immutable(body);
    }
}
