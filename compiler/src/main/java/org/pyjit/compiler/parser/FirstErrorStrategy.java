package org.pyjit.compiler.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Stops at the first syntax error, without recovery, and reports it as a {@link ParseFailure}. */
final class FirstErrorStrategy extends DefaultErrorStrategy {
    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        // reported by recover()
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        ParserRuleContext ctx = e.getCtx() instanceof ParserRuleContext p ? p : recognizer.getContext();
        IntervalSet expected;
        try {
            expected = e.getExpectedTokens();
        } catch (RuntimeException ignored) {
            expected = null;
        }
        if (expected == null) {
            expected = recognizer.getExpectedTokens();
        }
        throw new ParseFailure(offending, ctx, expected);
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw new ParseFailure(recognizer.getCurrentToken(), recognizer.getContext(), recognizer.getExpectedTokens());
    }

    @Override
    public void sync(Parser recognizer) {
        // no single-token deletion or resynchronisation: the first error is final
    }
}
