package org.pyjit.compiler.parser;

import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.parser.PythonParser.*;

/**
 * The common mistakes CPython 3.11 names with a specific message, recognised at the point where
 * the LL parse failed. Each method returns null when its pattern does not apply.
 */
final class SyntaxErrorPatterns {
    private final SourceLines source;
    private final CommonTokenStream tokens;
    private final BuildContext build;

    SyntaxErrorPatterns(SourceLines source, CommonTokenStream tokens, BuildContext build) {
        this.source = source;
        this.tokens = tokens;
        this.build = build;
    }

    // ------------------------------------------------------------ helpers

    /** An error covering first..last. */
    private SyntaxErrorException range(String message, Token first, Token last) {
        int endCol = Positions.endCol(last);
        return source.syntaxError(message, first.getLine(), first.getCharPositionInLine() + 1,
                Positions.endLine(last), endCol + 1);
    }

    private SyntaxErrorException at(String message, Token t) {
        return range(message, t, t);
    }

    private Token token(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** Parses {@code rule} from token {@code start} on; null if it does not match there. */
    private <T extends ParserRuleContext> T tryParse(int start, Function<PythonParser, T> rule) {
        int saved = tokens.index();
        try {
            PythonParser parser = new PythonParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            tokens.seek(start);
            return rule.apply(parser);
        } catch (ParseCancellationException | RecognitionException e) {
            return null;
        } finally {
            tokens.seek(saved);
        }
    }

    /**
     * Following last children down from {@code ctx} and its ancestors, the outermost node of
     * type {@code type} that ends just before the failing token.
     */
    private static <T extends ParserRuleContext> T endingBefore(ParserRuleContext ctx, Class<T> type, int index) {
        for (ParserRuleContext scope = ctx; scope != null; scope = scope.getParent()) {
            ParseTree node = scope;
            while (node != null) {
                if (type.isInstance(node)) {
                    T found = type.cast(node);
                    if (found.getStop() != null && found.getStop().getTokenIndex() == index - 1) {
                        return found;
                    }
                }
                node = SyntaxErrorAnalyzer.lastChild(node);
            }
        }
        return null;
    }

    private static <T> T ancestor(ParserRuleContext ctx, Class<T> type) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private int bracketDepthBefore(int index) {
        int depth = 0;
        for (int i = 0; i < index && i < tokens.size(); i++) {
            switch (tokens.get(i).getType()) {
                case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> depth++;
                case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> depth--;
                default -> {
                }
            }
        }
        return depth;
    }

    private Expr buildExpression(Bitwise_orContext c) {
        try {
            ExpressionBuilder builder = new ExpressionBuilder(build,
                    (text, line, col) -> PythonSourceParser.parseFStringField(text, source.filename(), line, col));
            return builder.bitwiseOr(c);
        } catch (SyntaxErrorException e) {
            return null;
        }
    }

    // ------------------------------------------------------------ patterns

    /**
     * {@code match subject} followed by the end of the line: "expected ':'" (only reached when the
     * line is not a valid statement with {@code match} as a name).
     */
    SyntaxErrorException matchWithoutColon(Token t) {
        int i = t.getTokenIndex();
        while (i > 0) {
            Token before = tokens.get(i - 1);
            int type = before.getType();
            if (before.getChannel() == Token.DEFAULT_CHANNEL && (type == PythonLexer.NEWLINE
                    || type == PythonLexer.INDENT || type == PythonLexer.DEDENT)) {
                break;
            }
            i--;
        }
        while (i < tokens.size() && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
            i++;
        }
        Token first = token(i);
        if (first == null || first.getType() != PythonLexer.NAME || !first.getText().equals("match")) {
            return null;
        }
        int k = i + 1;
        while (true) {
            Star_named_expressionContext e = tryParse(k, PythonParser::star_named_expression);
            if (e == null) {
                return null;
            }
            Token next = nextDefault(e.getStop().getTokenIndex() + 1);
            if (next == null) {
                return null;
            }
            if (next.getType() == PythonLexer.COMMA) {
                Token after = nextDefault(next.getTokenIndex() + 1);
                if (after != null && after.getType() == PythonLexer.NEWLINE) {
                    return at("expected ':'", after);
                }
                k = next.getTokenIndex() + 1;
                continue;
            }
            return next.getType() == PythonLexer.NEWLINE ? at("expected ':'", next) : null;
        }
    }

    private Token nextDefault(int index) {
        int j = index;
        while (j < tokens.size() && tokens.get(j).getChannel() != Token.DEFAULT_CHANNEL) {
            j++;
        }
        return token(j);
    }

    /** "expected ':'" after a compound statement's header. */
    SyntaxErrorException expectedColon(Token t, ParserRuleContext ctx) {
        if (t.getType() == PythonLexer.COLON) {
            return null;
        }
        boolean newline = t.getType() == PythonLexer.NEWLINE;
        ParseTree last = SyntaxErrorAnalyzer.lastChild(ctx);
        boolean applies = switch (ctx) {
            // CPython insists on ':' here whatever follows
            case Function_defContext f -> SyntaxErrorAnalyzer.isToken(last, PythonLexer.RPAR)
                    || (last instanceof ExpressionContext && f.ARROW() != null);
            case Try_stmtContext c -> c.getChildCount() == 1;
            case Else_clauseContext c -> c.getChildCount() == 1;
            case Finally_clauseContext c -> c.getChildCount() == 1;
            // only when the header is followed by the end of the line
            case If_stmtContext c -> newline && last instanceof Named_expressionContext;
            case Elif_clauseContext c -> newline && last instanceof Named_expressionContext;
            case While_stmtContext c -> newline && last instanceof Named_expressionContext;
            case For_stmtContext c -> newline && last instanceof Star_expressionsContext;
            case With_stmtContext c -> newline && (last instanceof With_itemContext
                    || SyntaxErrorAnalyzer.isToken(last, PythonLexer.RPAR));
            case Class_defContext c -> newline && (SyntaxErrorAnalyzer.isToken(last, PythonLexer.NAME)
                    || SyntaxErrorAnalyzer.isToken(last, PythonLexer.RPAR));
            case Except_clauseContext c -> newline && c.COLON() == null;
            case Case_blockContext c -> newline && (last instanceof PatternsContext
                    || last instanceof Named_expressionContext);
            default -> false;
        };
        return applies ? at("expected ':'", t) : null;
    }

    /** {@code print x}: "Missing parentheses in call to 'print'. Did you mean print(...)?" */
    SyntaxErrorException legacyPrint(Token t) {
        Token name = token(t.getTokenIndex() - 1);
        if (name == null || name.getType() != PythonLexer.NAME || t.getType() == PythonLexer.LPAR) {
            return null;
        }
        String id = name.getText();
        if (!id.equals("print") && !id.equals("exec")) {
            return null;
        }
        Star_expressionsContext args = tryParse(t.getTokenIndex(), PythonParser::star_expressions);
        if (args == null) {
            return null;
        }
        return range("Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?", name,
                args.getStop());
    }

    /** {@code if x = 1:} and friends, and {@code f(a.b=1)}. */
    SyntaxErrorException assignmentInExpression(Token t, ParserRuleContext ctx) {
        if (t.getType() != PythonLexer.ASSIGN) {
            return null;
        }
        int k = t.getTokenIndex();
        ArgumentContext argument = endingBefore(ctx, ArgumentContext.class, k);
        if (argument != null && argument.named_expression() != null) {
            Token first = argument.getStart();
            if (argument.getStart() == argument.getStop() && (first.getType() == PythonLexer.TRUE
                    || first.getType() == PythonLexer.FALSE || first.getType() == PythonLexer.NONE)) {
                return range("cannot assign to " + first.getText(), first, t);
            }
            return range("expression cannot contain assignment, perhaps you meant \"==\"?", first, t);
        }
        Bitwise_orContext target = endingBefore(ctx, Bitwise_orContext.class, k);
        if (target == null || !isWholeNamedExpression(target)) {
            return null;
        }
        Bitwise_orContext value = tryParse(k + 1, PythonParser::bitwise_or);
        if (value == null) {
            return null;
        }
        Token after = token(value.getStop().getTokenIndex() + 1);
        if (after != null && (after.getType() == PythonLexer.ASSIGN || after.getType() == PythonLexer.WALRUS)) {
            return null;
        }
        Token first = target.getStart();
        if (first == target.getStop() && first.getType() == PythonLexer.NAME) {
            return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, value.getStop());
        }
        if (AtomShapes.startsWithExcludedAtom(target)) {
            return null;
        }
        Expr expr = buildExpression(target);
        if (expr == null) {
            return null;
        }
        return range("cannot assign to " + Targets.describe(expr) + " here. Maybe you meant '==' instead of '='?",
                first, target.getStop());
    }

    /** Whether the bitwise_or is all of a named_expression (CPython's invalid_named_expression). */
    private static boolean isWholeNamedExpression(Bitwise_orContext c) {
        ParserRuleContext node = c;
        while (true) {
            ParserRuleContext parent = node.getParent();
            if (parent == null || parent.getChildCount() != 1) {
                return parent instanceof Named_expressionContext && parent.getChildCount() == 1;
            }
            if (parent instanceof Named_expressionContext) {
                return true;
            }
            node = parent;
        }
    }

    /** {@code x if y} without else: "expected 'else' after 'if' expression". */
    SyntaxErrorException expectedElse(Token t, ParserRuleContext ctx) {
        if (t.getType() == PythonLexer.ELSE || t.getType() == PythonLexer.COLON) {
            return null;
        }
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof ExpressionContext e && e.IF() != null && e.ELSE() == null && e.disjunction().size() == 2
                    && e.disjunction(1).getStop() != null
                    && e.disjunction(1).getStop().getTokenIndex() == t.getTokenIndex() - 1) {
                return range("expected 'else' after 'if' expression", e.getStart(), e.disjunction(1).getStop());
            }
        }
        return null;
    }

    /** Two expressions side by side inside brackets: "Perhaps you forgot a comma?" */
    SyntaxErrorException missingComma(Token t, ParserRuleContext ctx) {
        int k = t.getTokenIndex();
        DisjunctionContext left = endingBefore(ctx, DisjunctionContext.class, k);
        if (left == null) {
            return null;
        }
        Token first = left.getStart();
        Token second = token(first.getTokenIndex() + 1);
        if (first.getType() == PythonLexer.NAME && (second != null && second.getType() == PythonLexer.STRING
                || first.getText().equals("match") || first.getText().equals("case") || first.getText().equals("_"))) {
            return null;
        }
        if (left.getStart() == left.getStop() && first.getType() == PythonLexer.NAME
                && (first.getText().equals("print") || first.getText().equals("exec"))) {
            return null;
        }
        ExpressionContext right = tryParse(k, PythonParser::expression);
        if (right == null || bracketDepthBefore(right.getStop().getTokenIndex()) <= 0) {
            return null;
        }
        return range("invalid syntax. Perhaps you forgot a comma?", first, right.getStop());
    }

    /** {@code from m import a,} without parentheses. */
    SyntaxErrorException importTrailingComma(Token t, ParserRuleContext ctx) {
        Import_fromContext c = ancestor(ctx, Import_fromContext.class);
        Token before = token(t.getTokenIndex() - 1);
        if (c != null && c.LPAR() == null && c.STAR() == null && before != null
                && before.getType() == PythonLexer.COMMA
                && (t.getType() == PythonLexer.NEWLINE || t.getType() == PythonLexer.SEMI)) {
            return at("trailing comma not allowed without surrounding parentheses", t);
        }
        return null;
    }

    /** {@code (f() := 1)}: "cannot use assignment expressions with function call". */
    SyntaxErrorException walrusTarget(Token t, ParserRuleContext ctx) {
        if (t.getType() != PythonLexer.WALRUS) {
            return null;
        }
        ExpressionContext target = endingBefore(ctx, ExpressionContext.class, t.getTokenIndex());
        if (target == null || !(target.getParent() instanceof Named_expressionContext)) {
            return null; // CPython tries this only where a named expression may stand
        }
        try {
            ExpressionBuilder builder = new ExpressionBuilder(build,
                    (text, line, col) -> PythonSourceParser.parseFStringField(text, source.filename(), line, col));
            Expr expr = builder.expression(target);
            return build.error("cannot use assignment expressions with " + Targets.describe(expr), expr);
        } catch (SyntaxErrorException e) {
            return null;
        }
    }

    /** {@code {1:}} and {@code {1: *a}}: a dict value missing or starred. */
    SyntaxErrorException dictValue(Token t, ParserRuleContext ctx) {
        Token before = token(t.getTokenIndex() - 1);
        if (before == null || before.getType() != PythonLexer.COLON
                || ancestor(ctx, Dict_or_setContext.class) == null) {
            return null;
        }
        if (t.getType() == PythonLexer.RBRACE || t.getType() == PythonLexer.COMMA) {
            return at("expression expected after dictionary key and ':'", before);
        }
        if (t.getType() == PythonLexer.STAR) {
            Bitwise_orContext value = tryParse(t.getTokenIndex() + 1, PythonParser::bitwise_or);
            if (value != null) {
                return range("cannot use a starred expression in a dictionary value", t, value.getStop());
            }
        }
        return null;
    }

    /** {@code def f:}: "expected '('". */
    SyntaxErrorException expectedParenthesis(Token t, ParserRuleContext ctx) {
        if (ctx instanceof Function_defContext f && f.LPAR() == null && f.NAME() != null
                && t.getType() != PythonLexer.LPAR) {
            return at("expected '('", t);
        }
        return null;
    }

    /** A try block followed by neither except nor finally. */
    SyntaxErrorException missingExcept(Token t, ParserRuleContext ctx) {
        if (!(ctx instanceof Try_stmtContext c) || c.block() == null || !c.except_clause().isEmpty()
                || c.finally_clause() != null) {
            return null;
        }
        Token shown = t;
        int i = t.getTokenIndex();
        while (shown.getType() == PythonLexer.DEDENT && i + 1 < tokens.size()) {
            shown = tokens.get(++i);
        }
        return at("expected 'except' or 'finally' block", shown);
    }
}
