package org.pyjit.compiler.ast;

import java.util.List;

/** A comparison chain {@code left op1 c1 op2 c2 ...}. */
public record Compare(Expr left, List<ComparisonOperator> ops, List<Expr> comparators, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public Compare {
        ops = Lists.immutable(ops);
        comparators = Lists.immutable(comparators);
    }
}
