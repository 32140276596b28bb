package org.pyjit.compiler.ast;

import java.util.List;

/** An f-string: Constant string parts and FormattedValues. */
public record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public JoinedStr {
        values = Lists.immutable(values);
    }
}
