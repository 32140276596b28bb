package org.pyjit.compiler.ast;

import java.util.List;

/** {@code {key: p, ..., **rest}}; {@code rest} is nullable. */
public record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Pos pos) implements Pattern {
    /** Makes the list fields immutable. */
    public MatchMapping {
        keys = Lists.immutable(keys);
        patterns = Lists.immutable(patterns);
    }
}
