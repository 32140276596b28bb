package org.pyjit.compiler.ast;

import java.util.List;

/** A {@code match} statement. */
public record Match(Expr subject, List<MatchCase> cases, Pos pos) implements Stmt {
    /** Makes the list fields immutable. */
    public Match {
        cases = Lists.immutable(cases);
    }
}
