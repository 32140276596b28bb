package org.pyjit.compiler.ast;

import java.util.List;

/** {@code p | q | ...}. */
public record MatchOr(List<Pattern> patterns, Pos pos) implements Pattern {
    /** Makes the list fields immutable. */
    public MatchOr {
        patterns = Lists.immutable(patterns);
    }
}
