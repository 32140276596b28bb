package org.pyjit.compiler.ast;

import java.util.List;

/** {@code Cls(p, ..., name=p, ...)}. */
public record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, Pos pos)
        implements Pattern {
    /** Makes the list fields immutable. */
    public MatchClass {
        patterns = Lists.immutable(patterns);
        kwdAttrs = Lists.immutable(kwdAttrs);
        kwdPatterns = Lists.immutable(kwdPatterns);
    }
}
