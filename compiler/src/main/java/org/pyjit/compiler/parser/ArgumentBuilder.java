package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.pyjit.compiler.ast.Call;
import org.pyjit.compiler.ast.Comprehension;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprContext;
import org.pyjit.compiler.ast.GeneratorExp;
import org.pyjit.compiler.ast.Keyword;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.ast.Starred;
import org.pyjit.compiler.parser.PythonParser.ArgumentContext;
import org.pyjit.compiler.parser.PythonParser.ArgumentsContext;
import org.pyjit.compiler.parser.PythonParser.TrailerContext;

/**
 * Builds call arguments (for calls and class bases), checking their order with CPython's
 * messages: positional after keyword, iterable unpacking after keyword unpacking, unparenthesized
 * generator expressions.
 */
final class ArgumentBuilder {
    private final ExpressionBuilder expressions;
    private final BuildContext ctx;

    /** Positional arguments and keywords of one argument list. */
    record Built(List<Expr> args, List<Keyword> keywords) {
    }

    ArgumentBuilder(ExpressionBuilder expressions, BuildContext ctx) {
        this.expressions = expressions;
        this.ctx = ctx;
    }

    /** A call of {@code func} with the arguments of a {@code ( ... )} trailer. */
    Call call(Expr func, TrailerContext trailer, Pos pos) {
        ArgumentsContext c = trailer.arguments();
        if (c == null) {
            return new Call(func, List.of(), List.of(), pos);
        }
        List<ArgumentContext> items = c.argument();
        ArgumentContext first = items.getFirst();
        if (items.size() == 1 && c.COMMA().isEmpty() && first.for_if_clauses() != null && first.STAR() == null) {
            // f(x for x in y): the call's parentheses belong to the generator expression
            Expr elt = expressions.namedExpression(first.named_expression());
            List<Comprehension> generators = expressions.comprehensions(first.for_if_clauses());
            Pos genPos = Positions.between(trailer.LPAR().getSymbol(), trailer.RPAR().getSymbol());
            return new Call(func, List.of(new GeneratorExp(elt, generators, genPos)), List.of(), pos);
        }
        Built built = build(c);
        return new Call(func, built.args, built.keywords, pos);
    }

    /** Builds and checks an argument list. */
    Built build(ArgumentsContext c) {
        List<ArgumentContext> items = c.argument();
        for (ArgumentContext item : items) {
            if (item.for_if_clauses() != null && item.STAR() != null) {
                throw ctx.error("iterable unpacking cannot be used in comprehension",
                        Positions.between(item.STAR().getSymbol(), item.expression().getStop()));
            }
            if (item.for_if_clauses() != null && items.size() == 1) {
                // a class's bases: CPython's parser accepts no generator expression here at all
                throw ctx.error("invalid syntax", item.for_if_clauses().for_if_clause(0).FOR().getSymbol());
            }
            if (item.for_if_clauses() != null) {
                var clauses = item.for_if_clauses().for_if_clause();
                var lastClause = clauses.getLast();
                Token end = lastClause.getStop();
                throw ctx.error("Generator expression must be parenthesized",
                        Positions.between(item.getStart(), end));
            }
        }
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawKeywordUnpacking = false;
        for (ArgumentContext item : items) {
            Pos pos = Positions.of(item);
            if (item.ASSIGN() != null) {
                sawKeyword = true;
                String name = ExpressionBuilder.identifier(item.NAME());
                keywords.add(new Keyword(name, expressions.expression(item.expression()), pos));
            } else if (item.DOUBLESTAR() != null) {
                sawKeywordUnpacking = true;
                keywords.add(new Keyword(null, expressions.expression(item.expression()), pos));
            } else if (item.STAR() != null) {
                if (sawKeywordUnpacking) {
                    throw ctx.error("iterable argument unpacking follows keyword argument unpacking",
                            item.STAR().getSymbol());
                }
                args.add(new Starred(expressions.expression(item.expression()), ExprContext.Load, pos));
            } else {
                if (sawKeyword || sawKeywordUnpacking) {
                    // CPython points at the token after the argument list
                    Token last = items.getLast().getStop();
                    throw ctx.errorAfter(sawKeywordUnpacking
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", last);
                }
                args.add(expressions.namedExpression(item.named_expression()));
            }
        }
        return new Built(args, keywords);
    }
}
