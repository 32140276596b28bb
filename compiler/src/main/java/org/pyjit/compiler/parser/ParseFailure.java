package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The first syntax error of an LL parse: where it failed and what the parser was doing. */
final class ParseFailure extends RuntimeException {
    private final transient Token offending;
    private final transient ParserRuleContext context;
    private final transient IntervalSet expected;

    ParseFailure(Token offending, ParserRuleContext context, IntervalSet expected) {
        super(null, null, false, false);
        this.offending = offending;
        this.context = context;
        this.expected = expected;
    }

    /** The token the parser could not accept. */
    Token offending() {
        return offending;
    }

    /** The innermost rule being parsed when it failed. */
    ParserRuleContext context() {
        return context;
    }

    /** Tokens that would have been accepted at the failure point. */
    IntervalSet expected() {
        return expected;
    }
}
