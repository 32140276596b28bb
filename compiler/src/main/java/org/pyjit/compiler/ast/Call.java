package org.pyjit.compiler.ast;

import java.util.List;

/** A call. */
public record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public Call {
        args = Lists.immutable(args);
        keywords = Lists.immutable(keywords);
    }
}
