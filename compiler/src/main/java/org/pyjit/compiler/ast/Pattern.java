package org.pyjit.compiler.ast;

/** A pattern of a {@code case} clause (CPython's {@code ast.pattern}). */
public sealed interface Pattern extends Node
    permits MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr {
}
