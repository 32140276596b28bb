package org.pyjit.compiler.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.Await;
import org.pyjit.compiler.ast.BinOp;
import org.pyjit.compiler.ast.BoolOp;
import org.pyjit.compiler.ast.BoolOperator;
import org.pyjit.compiler.ast.Compare;
import org.pyjit.compiler.ast.ComparisonOperator;
import org.pyjit.compiler.ast.Comprehension;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Dict;
import org.pyjit.compiler.ast.DictComp;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprContext;
import org.pyjit.compiler.ast.GeneratorExp;
import org.pyjit.compiler.ast.IfExp;
import org.pyjit.compiler.ast.Lambda;
import org.pyjit.compiler.ast.ListComp;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.NamedExpr;
import org.pyjit.compiler.ast.Operator;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.ast.Set;
import org.pyjit.compiler.ast.SetComp;
import org.pyjit.compiler.ast.Slice;
import org.pyjit.compiler.ast.Starred;
import org.pyjit.compiler.ast.Subscript;
import org.pyjit.compiler.ast.Tuple;
import org.pyjit.compiler.ast.UnaryOp;
import org.pyjit.compiler.ast.UnaryOperator;
import org.pyjit.compiler.ast.Yield;
import org.pyjit.compiler.ast.YieldFrom;
import org.pyjit.compiler.parser.PythonParser.*;

/** Builds expression nodes from the parse tree. */
final class ExpressionBuilder {
    private final BuildContext ctx;
    private final FStringParser.ExpressionSource fstringExpressions;
    private final ArgumentBuilder arguments;

    ExpressionBuilder(BuildContext ctx, FStringParser.ExpressionSource fstringExpressions) {
        this.ctx = ctx;
        this.fstringExpressions = fstringExpressions;
        this.arguments = new ArgumentBuilder(this, ctx);
    }

    FStringParser.ExpressionSource fstringExpressions() {
        return fstringExpressions;
    }

    BuildContext context() {
        return ctx;
    }

    /** An identifier, NFKC-normalized as CPython does for non-ASCII names. */
    static String identifier(Token t) {
        String text = t.getText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    static String identifier(TerminalNode n) {
        return identifier(n.getSymbol());
    }

    /** The expression of an f-string replacement field, parsed in its parentheses. */
    Expr fstringField(Fstring_expr_inputContext c) {
        return atom(c.atom());
    }

    // ------------------------------------------------------------ expression lists

    Expr expressions(ExpressionsContext c) {
        List<ExpressionContext> items = c.expression();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            return expression(items.getFirst());
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (ExpressionContext e : items) {
            elts.add(expression(e));
        }
        return new Tuple(elts, ExprContext.Load, Positions.of(c));
    }

    Expr starExpressions(Star_expressionsContext c) {
        if (c.getChildCount() == 1) {
            return starExpression((Star_expressionContext) c.getChild(0));
        }
        List<Star_expressionContext> items = c.star_expression();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            return starExpression(items.getFirst());
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_expressionContext e : items) {
            elts.add(starExpression(e));
        }
        return new Tuple(elts, ExprContext.Load, Positions.of(c));
    }

    Expr starExpression(Star_expressionContext c) {
        if (c.getChildCount() == 1) {
            return expression((ExpressionContext) c.getChild(0));
        }
        if (c.STAR() != null) {
            return new Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, Positions.of(c));
        }
        return expression(c.expression());
    }

    Expr starNamedExpression(Star_named_expressionContext c) {
        if (c.STAR() != null) {
            return new Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, Positions.of(c));
        }
        return namedExpression(c.named_expression());
    }

    Expr annotatedRhs(Annotated_rhsContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr()) : starExpressions(c.star_expressions());
    }

    Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new YieldFrom(expression(c.expression()), Positions.of(c));
        }
        Expr value = c.star_expressions() != null ? starExpressions(c.star_expressions()) : null;
        return new Yield(value, Positions.of(c));
    }

    /** Targets of for loops and comprehensions, in Store context. */
    Expr starTargets(Star_targetsContext c) {
        Expr target;
        List<Star_targetContext> items = c.star_target();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            target = starTarget(items.getFirst());
        } else {
            List<Expr> elts = new ArrayList<>(items.size());
            for (Star_targetContext t : items) {
                elts.add(starTarget(t));
            }
            target = new Tuple(elts, ExprContext.Load, Positions.of(c));
        }
        return Targets.toTarget(target, Targets.Kind.FOR_TARGETS, ctx);
    }

    private Expr starTarget(Star_targetContext c) {
        Expr value = bitwiseOr(c.bitwise_or());
        return c.STAR() != null ? new Starred(value, ExprContext.Load, Positions.of(c)) : value;
    }

    // ------------------------------------------------------------ operators

    Expr namedExpression(Named_expressionContext c) {
        if (c.getChildCount() == 1) {
            return expression((ExpressionContext) c.getChild(0));
        }
        if (c.WALRUS() != null) {
            Name target = new Name(identifier(c.NAME()), ExprContext.Store, Positions.of(c.NAME()));
            return new NamedExpr(target, expression(c.expression()), Positions.of(c));
        }
        return expression(c.expression());
    }

    Expr expression(ExpressionContext c) {
        if (c.getChildCount() == 1) {
            ParseTree only = c.getChild(0);
            return only instanceof DisjunctionContext d ? disjunction(d) : lambda((LambdefContext) only);
        }
        Expr body = disjunction(c.disjunction(0));
        if (c.IF() == null) {
            return body;
        }
        Expr test = disjunction(c.disjunction(1));
        return new IfExp(test, body, expression(c.expression()), Positions.of(c));
    }

    private Expr lambda(LambdefContext c) {
        var args = ParameterBuilder.lambdaParameters(c.lambda_parameters(), this);
        return new Lambda(args, expression(c.expression()), Positions.of(c));
    }

    Expr disjunction(DisjunctionContext c) {
        if (c.getChildCount() == 1) {
            return conjunction((ConjunctionContext) c.getChild(0));
        }
        List<ConjunctionContext> items = c.conjunction();
        List<Expr> values = new ArrayList<>(items.size());
        for (ConjunctionContext item : items) {
            values.add(conjunction(item));
        }
        return new BoolOp(BoolOperator.Or, values, Positions.of(c));
    }

    private Expr conjunction(ConjunctionContext c) {
        if (c.getChildCount() == 1) {
            return inversion((InversionContext) c.getChild(0));
        }
        List<InversionContext> items = c.inversion();
        List<Expr> values = new ArrayList<>(items.size());
        for (InversionContext item : items) {
            values.add(inversion(item));
        }
        return new BoolOp(BoolOperator.And, values, Positions.of(c));
    }

    private Expr inversion(InversionContext c) {
        if (c.getChildCount() == 1) {
            return comparison((ComparisonContext) c.getChild(0));
        }
        return new UnaryOp(UnaryOperator.Not, inversion(c.inversion()), Positions.of(c));
    }

    private Expr comparison(ComparisonContext c) {
        if (c.getChildCount() == 1) {
            return bitwiseOr((Bitwise_orContext) c.getChild(0));
        }
        List<Bitwise_orContext> operands = c.bitwise_or();
        Expr left = bitwiseOr(operands.getFirst());
        if (operands.size() == 1) {
            return left;
        }
        List<ComparisonOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 1; i < operands.size(); i++) {
            ops.add(comparisonOperator(c.comp_op(i - 1)));
            comparators.add(bitwiseOr(operands.get(i)));
        }
        return new Compare(left, ops, comparators, Positions.of(c));
    }

    private static ComparisonOperator comparisonOperator(Comp_opContext c) {
        return switch (c.getStart().getType()) {
            case PythonLexer.EQEQUAL -> ComparisonOperator.Eq;
            case PythonLexer.NOTEQUAL -> ComparisonOperator.NotEq;
            case PythonLexer.LESS -> ComparisonOperator.Lt;
            case PythonLexer.LESSEQUAL -> ComparisonOperator.LtE;
            case PythonLexer.GREATER -> ComparisonOperator.Gt;
            case PythonLexer.GREATEREQUAL -> ComparisonOperator.GtE;
            case PythonLexer.IN -> ComparisonOperator.In;
            case PythonLexer.NOT -> ComparisonOperator.NotIn;
            default -> c.NOT() != null ? ComparisonOperator.IsNot : ComparisonOperator.Is;
        };
    }

    Expr bitwiseOr(Bitwise_orContext c) {
        if (c.getChildCount() == 1) {
            return bitwiseXor((Bitwise_xorContext) c.getChild(0));
        }
        return fold(c, child -> bitwiseXor((Bitwise_xorContext) child));
    }

    private Expr bitwiseXor(Bitwise_xorContext c) {
        if (c.getChildCount() == 1) {
            return bitwiseAnd((Bitwise_andContext) c.getChild(0));
        }
        return fold(c, child -> bitwiseAnd((Bitwise_andContext) child));
    }

    private Expr bitwiseAnd(Bitwise_andContext c) {
        if (c.getChildCount() == 1) {
            return shiftExpr((Shift_exprContext) c.getChild(0));
        }
        return fold(c, child -> shiftExpr((Shift_exprContext) child));
    }

    private Expr shiftExpr(Shift_exprContext c) {
        if (c.getChildCount() == 1) {
            return sum((SumContext) c.getChild(0));
        }
        return fold(c, child -> sum((SumContext) child));
    }

    private Expr sum(SumContext c) {
        if (c.getChildCount() == 1) {
            return term((TermContext) c.getChild(0));
        }
        return fold(c, child -> term((TermContext) child));
    }

    private Expr term(TermContext c) {
        if (c.getChildCount() == 1) {
            return factor((FactorContext) c.getChild(0));
        }
        return fold(c, child -> factor((FactorContext) child));
    }

    /** Left-associative chain {@code operand (op operand)*}. */
    private Expr fold(ParserRuleContext c, java.util.function.Function<ParseTree, Expr> operand) {
        Token start = c.getStart();
        Expr result = operand.apply(c.getChild(0));
        for (int i = 1; i + 1 < c.getChildCount(); i += 2) {
            Operator op = binaryOperator(((TerminalNode) c.getChild(i)).getSymbol());
            ParserRuleContext rightCtx = (ParserRuleContext) c.getChild(i + 1);
            Expr right = operand.apply(rightCtx);
            result = new BinOp(result, op, right, Positions.between(start, rightCtx.getStop()));
        }
        return result;
    }

    private static Operator binaryOperator(Token t) {
        return switch (t.getType()) {
            case PythonLexer.VBAR -> Operator.BitOr;
            case PythonLexer.CIRCUMFLEX -> Operator.BitXor;
            case PythonLexer.AMPER -> Operator.BitAnd;
            case PythonLexer.LEFTSHIFT -> Operator.LShift;
            case PythonLexer.RIGHTSHIFT -> Operator.RShift;
            case PythonLexer.PLUS -> Operator.Add;
            case PythonLexer.MINUS -> Operator.Sub;
            case PythonLexer.STAR -> Operator.Mult;
            case PythonLexer.SLASH -> Operator.Div;
            case PythonLexer.DOUBLESLASH -> Operator.FloorDiv;
            case PythonLexer.PERCENT -> Operator.Mod;
            case PythonLexer.AT -> Operator.MatMult;
            case PythonLexer.DOUBLESTAR -> Operator.Pow;
            default -> throw new IllegalStateException("not a binary operator: " + t.getText());
        };
    }

    /** The operator of an augmented assignment token such as {@code +=}. */
    static Operator augmentedOperator(Token t) {
        return switch (t.getType()) {
            case PythonLexer.PLUSEQUAL -> Operator.Add;
            case PythonLexer.MINEQUAL -> Operator.Sub;
            case PythonLexer.STAREQUAL -> Operator.Mult;
            case PythonLexer.ATEQUAL -> Operator.MatMult;
            case PythonLexer.SLASHEQUAL -> Operator.Div;
            case PythonLexer.PERCENTEQUAL -> Operator.Mod;
            case PythonLexer.AMPEREQUAL -> Operator.BitAnd;
            case PythonLexer.VBAREQUAL -> Operator.BitOr;
            case PythonLexer.CIRCUMFLEXEQUAL -> Operator.BitXor;
            case PythonLexer.LEFTSHIFTEQUAL -> Operator.LShift;
            case PythonLexer.RIGHTSHIFTEQUAL -> Operator.RShift;
            case PythonLexer.DOUBLESTAREQUAL -> Operator.Pow;
            case PythonLexer.DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> throw new IllegalStateException("not an augmented assignment: " + t.getText());
        };
    }

    private Expr factor(FactorContext c) {
        if (c.getChildCount() == 1) {
            return power((PowerContext) c.getChild(0));
        }
        UnaryOperator op = switch (c.getStart().getType()) {
            case PythonLexer.PLUS -> UnaryOperator.UAdd;
            case PythonLexer.MINUS -> UnaryOperator.USub;
            default -> UnaryOperator.Invert;
        };
        return new UnaryOp(op, factor(c.factor()), Positions.of(c));
    }

    private Expr power(PowerContext c) {
        Expr base = awaitPrimary((Await_primaryContext) c.getChild(0));
        if (c.getChildCount() == 1) {
            return base;
        }
        return new BinOp(base, Operator.Pow, factor(c.factor()), Positions.of(c));
    }

    private Expr awaitPrimary(Await_primaryContext c) {
        if (c.getChildCount() == 1) {
            return primary((PrimaryContext) c.getChild(0));
        }
        return new Await(primary(c.primary()), Positions.of(c));
    }

    // ------------------------------------------------------------ primaries

    private Expr primary(PrimaryContext c) {
        Expr result = atom((AtomContext) c.getChild(0));
        int n = c.getChildCount();
        if (n == 1) {
            return result;
        }
        Token start = c.getStart();
        for (int i = 1; i < n; i++) {
            TrailerContext t = (TrailerContext) c.getChild(i);
            Pos pos = Positions.between(start, t.getStop());
            switch (t.getStart().getType()) {
                case PythonLexer.DOT -> result = new Attribute(result,
                        identifier(((TerminalNode) t.getChild(1)).getSymbol()), ExprContext.Load, pos);
                case PythonLexer.LPAR -> result = arguments.call(result, t, pos);
                default -> result = new Subscript(result, slices(t.slices()), ExprContext.Load, pos);
            }
        }
        return result;
    }

    private Expr slices(SlicesContext c) {
        List<SliceContext> items = c.slice();
        if (items.size() == 1 && c.COMMA().isEmpty() && items.getFirst().STAR() == null) {
            return slice(items.getFirst());
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (SliceContext s : items) {
            elts.add(slice(s));
        }
        return new Tuple(elts, ExprContext.Load, Positions.of(c));
    }

    private Expr slice(SliceContext c) {
        if (c.STAR() != null) {
            return new Starred(bitwiseOr(c.bitwise_or()), ExprContext.Load, Positions.of(c));
        }
        if (c.COLON().isEmpty()) {
            return namedExpression(c.named_expression());
        }
        Expr lower = null;
        Expr upper = null;
        Expr step = null;
        int colons = 0;
        for (ParseTree child : c.children) {
            if (child instanceof TerminalNode) {
                colons++;
            } else if (child instanceof Named_expressionContext n) {
                lower = namedExpression(n);
                if (n.WALRUS() != null) {
                    throw ctx.error("invalid syntax", ((TerminalNode) c.getChild(1)).getSymbol());
                }
            } else if (child instanceof ExpressionContext e) {
                if (colons == 1) {
                    upper = expression(e);
                } else {
                    step = expression(e);
                }
            }
        }
        return new Slice(lower, upper, step, Positions.of(c));
    }

    private Expr atom(AtomContext c) {
        Pos pos = Positions.of(c);
        Token first = c.getStart();
        return switch (first.getType()) {
            case PythonLexer.NAME -> new Name(identifier(first), ExprContext.Load, pos);
            case PythonLexer.TRUE -> new Constant(Boolean.TRUE, null, pos);
            case PythonLexer.FALSE -> new Constant(Boolean.FALSE, null, pos);
            case PythonLexer.NONE -> new Constant(ConstantSingleton.NONE, null, pos);
            case PythonLexer.ELLIPSIS -> new Constant(ConstantSingleton.ELLIPSIS, null, pos);
            case PythonLexer.NUMBER -> new Constant(NumberLiterals.value(first.getText()), null, pos);
            case PythonLexer.STRING -> {
                List<Token> tokens = new ArrayList<>(c.getChildCount());
                for (ParseTree child : c.children) {
                    tokens.add(((TerminalNode) child).getSymbol());
                }
                yield StringAtomBuilder.build(tokens, ctx, fstringExpressions);
            }
            case PythonLexer.LPAR -> c.yield_expr() != null ? yieldExpr(c.yield_expr())
                    : parenthesized(c.testlist_comp(), pos);
            case PythonLexer.LSQB -> list(c.testlist_comp(), pos);
            default -> braces(c.dict_or_set(), pos);
        };
    }

    private Expr parenthesized(Testlist_compContext c, Pos pos) {
        if (c == null) {
            return new Tuple(List.of(), ExprContext.Load, pos);
        }
        List<Star_named_expressionContext> items = c.star_named_expression();
        if (c.for_if_clauses() != null) {
            Expr elt = comprehensionElement(items.getFirst());
            return new GeneratorExp(elt, comprehensions(c.for_if_clauses()), pos);
        }
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            Expr inner = starNamedExpression(items.getFirst());
            if (inner instanceof Starred) {
                throw ctx.error("cannot use starred expression here", inner);
            }
            return inner;
        }
        return new Tuple(elements(items), ExprContext.Load, pos);
    }

    private Expr list(Testlist_compContext c, Pos pos) {
        if (c == null) {
            return new org.pyjit.compiler.ast.List(List.of(), ExprContext.Load, pos);
        }
        List<Star_named_expressionContext> items = c.star_named_expression();
        if (c.for_if_clauses() != null) {
            Expr elt = comprehensionElement(items.getFirst());
            return new ListComp(elt, comprehensions(c.for_if_clauses()), pos);
        }
        return new org.pyjit.compiler.ast.List(elements(items), ExprContext.Load, pos);
    }

    private List<Expr> elements(List<Star_named_expressionContext> items) {
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_named_expressionContext item : items) {
            elts.add(starNamedExpression(item));
        }
        return elts;
    }

    private Expr comprehensionElement(Star_named_expressionContext c) {
        Expr elt = starNamedExpression(c);
        if (elt instanceof Starred) {
            throw ctx.error("iterable unpacking cannot be used in comprehension", elt);
        }
        return elt;
    }

    private Expr braces(Dict_or_setContext c, Pos pos) {
        if (c == null) {
            return new Dict(List.of(), List.of(), pos);
        }
        List<Dict_or_set_itemContext> items = c.dict_or_set_item();
        Dict_or_set_itemContext first = items.getFirst();
        boolean isDict = first.DOUBLESTAR() != null || first.COLON() != null;
        if (c.for_if_clauses() != null) {
            if (first.DOUBLESTAR() != null) {
                throw ctx.error("dict unpacking cannot be used in dict comprehension", first.DOUBLESTAR().getSymbol());
            }
            if (first.STAR() != null) {
                throw ctx.error("iterable unpacking cannot be used in comprehension", first);
            }
            List<Comprehension> generators = comprehensions(c.for_if_clauses());
            if (isDict) {
                return new DictComp(dictKey(first), expression(first.expression()), generators, pos);
            }
            return new SetComp(namedExpression(first.named_expression()), generators, pos);
        }
        if (isDict) {
            List<Expr> keys = new ArrayList<>(items.size());
            List<Expr> values = new ArrayList<>(items.size());
            for (Dict_or_set_itemContext item : items) {
                if (item.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(item.bitwise_or()));
                } else if (item.COLON() != null) {
                    keys.add(dictKey(item));
                    values.add(expression(item.expression()));
                } else {
                    // CPython points just before the key's end and leaves the end unset
                    Pos key = Positions.of(item);
                    throw ctx.source().syntaxError("':' expected after dictionary key", key.endLine(), key.endCol(),
                            key.endLine(), 0);
                }
            }
            return new Dict(keys, values, pos);
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Dict_or_set_itemContext item : items) {
            if (item.DOUBLESTAR() != null || item.COLON() != null) {
                throw ctx.error("invalid syntax", item.DOUBLESTAR() != null ? item.getStart() : item.COLON().getSymbol());
            }
            elts.add(item.STAR() != null
                    ? new Starred(bitwiseOr(item.bitwise_or()), ExprContext.Load, Positions.of(item))
                    : namedExpression(item.named_expression()));
        }
        return new Set(elts, pos);
    }

    private Expr dictKey(Dict_or_set_itemContext item) {
        Expr key = namedExpression(item.named_expression());
        if (item.named_expression().WALRUS() != null) {
            throw ctx.error("invalid syntax", item.COLON().getSymbol());
        }
        return key;
    }

    List<Comprehension> comprehensions(For_if_clausesContext c) {
        List<Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext clause : c.for_if_clause()) {
            Expr target = starTargets(clause.star_targets());
            List<DisjunctionContext> parts = clause.disjunction();
            Expr iter = disjunction(parts.getFirst());
            List<Expr> ifs = new ArrayList<>(parts.size() - 1);
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            out.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null));
        }
        return out;
    }
}
