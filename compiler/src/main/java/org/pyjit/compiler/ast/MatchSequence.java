package org.pyjit.compiler.ast;

import java.util.List;

/** {@code [p, ...]} or {@code (p, ...)}; at most one element is a {@link MatchStar}. */
public record MatchSequence(List<Pattern> patterns, Pos pos) implements Pattern {
    /** Makes the list fields immutable. */
    public MatchSequence {
        patterns = Lists.immutable(patterns);
    }
}
