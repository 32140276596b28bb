package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.ast.Arg;
import org.pyjit.compiler.ast.Arguments;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.parser.PythonParser.Lambda_parameterContext;
import org.pyjit.compiler.parser.PythonParser.Lambda_parametersContext;
import org.pyjit.compiler.parser.PythonParser.ParameterContext;
import org.pyjit.compiler.parser.PythonParser.ParametersContext;

/**
 * Builds the {@link Arguments} of a def or lambda from a flat parameter list, checking the order
 * rules with CPython's messages.
 */
final class ParameterBuilder {
    /** One parameter as written, whatever its kind. */
    private record Item(ParserRuleContext ctx, Token marker, TerminalNode name, Expr annotation,
                        TerminalNode assign, Expr defaultValue) {
        boolean isSlash() {
            return marker != null && marker.getType() == PythonLexer.SLASH;
        }

        boolean isStar() {
            return marker != null && marker.getType() == PythonLexer.STAR;
        }

        boolean isDoubleStar() {
            return marker != null && marker.getType() == PythonLexer.DOUBLESTAR;
        }
    }

    private final BuildContext ctx;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Arg vararg;
    private Arg kwarg;

    private ParameterBuilder(BuildContext ctx) {
        this.ctx = ctx;
    }

    static Arguments parameters(ParametersContext c, ExpressionBuilder expressions) {
        List<Item> items = new ArrayList<>();
        if (c != null) {
            for (ParameterContext p : c.parameter()) {
                Expr annotation = null;
                if (p.star_expression() != null) {
                    annotation = expressions.starExpression(p.star_expression());
                }
                Expr defaultValue = null;
                List<PythonParser.ExpressionContext> exprs = p.expression();
                int next = 0;
                if (p.COLON() != null && p.star_expression() == null) {
                    annotation = expressions.expression(exprs.get(next++));
                }
                if (p.ASSIGN() != null) {
                    defaultValue = expressions.expression(exprs.get(next));
                }
                items.add(new Item(p, marker(p.getStart()), p.NAME(), annotation, p.ASSIGN(), defaultValue));
            }
        }
        return new ParameterBuilder(expressions.context()).build(items);
    }

    static Arguments lambdaParameters(Lambda_parametersContext c, ExpressionBuilder expressions) {
        List<Item> items = new ArrayList<>();
        if (c != null) {
            for (Lambda_parameterContext p : c.lambda_parameter()) {
                Expr defaultValue = p.expression() != null ? expressions.expression(p.expression()) : null;
                items.add(new Item(p, marker(p.getStart()), p.NAME(), null, p.ASSIGN(), defaultValue));
            }
        }
        return new ParameterBuilder(expressions.context()).build(items);
    }

    private static Token marker(Token first) {
        return first.getType() == PythonLexer.NAME ? null : first;
    }

    private Arguments build(List<Item> items) {
        boolean sawSlash = false;
        boolean sawStar = false;
        boolean sawDefault = false;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (kwarg != null) {
                throw ctx.error("arguments cannot follow var-keyword argument", item.ctx);
            }
            if (item.isSlash()) {
                if (sawSlash) {
                    throw ctx.error("/ may appear only once", item.marker);
                }
                if (sawStar) {
                    throw ctx.error("/ must be ahead of *", item.marker);
                }
                if (args.isEmpty()) {
                    throw ctx.error("invalid syntax", item.marker);
                }
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (item.isStar()) {
                if (sawStar) {
                    throw ctx.error("* argument may appear only once", item.marker);
                }
                if (item.assign != null) {
                    throw ctx.error("var-positional argument cannot have default value", item.assign.getSymbol());
                }
                sawStar = true;
                if (item.name == null) {
                    boolean namedFollows = i + 1 < items.size() && items.get(i + 1).marker == null;
                    if (!namedFollows) {
                        throw ctx.error("named arguments must follow bare *", bareStarLocation(item));
                    }
                } else {
                    vararg = arg(item);
                }
            } else if (item.isDoubleStar()) {
                if (item.assign != null) {
                    throw ctx.error("var-keyword argument cannot have default value", item.assign.getSymbol());
                }
                kwarg = arg(item);
            } else if (sawStar) {
                kwonly.add(arg(item));
                kwDefaults.add(item.defaultValue);
            } else {
                if (item.defaultValue != null) {
                    sawDefault = true;
                    defaults.add(item.defaultValue);
                } else if (sawDefault) {
                    throw ctx.error("non-default argument follows default argument", item.ctx);
                }
                args.add(arg(item));
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /**
     * CPython reports a def's bare star at the star, a lambda's at the token its rule stopped on:
     * the one after the star, or after the star's comma.
     */
    private Token bareStarLocation(Item item) {
        if (!(item.ctx instanceof Lambda_parameterContext)) {
            return item.marker;
        }
        Token next = ctx.tokenAfter(item.marker);
        return next.getType() == PythonLexer.COMMA ? ctx.tokenAfter(next) : next;
    }

    private static Arg arg(Item item) {
        Token name = item.name.getSymbol();
        Pos pos = item.annotation != null ? Positions.between(name, item.annotation) : Positions.of(name);
        return new Arg(ExpressionBuilder.identifier(name), item.annotation, pos);
    }
}
