package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.BinOp;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprContext;
import org.pyjit.compiler.ast.ImaginaryLiteral;
import org.pyjit.compiler.ast.MatchAs;
import org.pyjit.compiler.ast.MatchClass;
import org.pyjit.compiler.ast.MatchMapping;
import org.pyjit.compiler.ast.MatchOr;
import org.pyjit.compiler.ast.MatchSequence;
import org.pyjit.compiler.ast.MatchSingleton;
import org.pyjit.compiler.ast.MatchStar;
import org.pyjit.compiler.ast.MatchValue;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.Operator;
import org.pyjit.compiler.ast.Pattern;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.ast.UnaryOp;
import org.pyjit.compiler.ast.UnaryOperator;
import org.pyjit.compiler.parser.PythonParser.*;

/**
 * Builds the patterns of {@code case} clauses and checks what CPython's parser rejects in them
 * (literal shapes, {@code _} as a target, keyword before positional sub-patterns). The checks
 * CPython's compiler makes (unreachable cases, name bindings, duplicate keys) are in the bytecode
 * compiler.
 */
final class PatternBuilder {
    private final BuildContext ctx;
    private final ExpressionBuilder expressions;

    PatternBuilder(BuildContext ctx, ExpressionBuilder expressions) {
        this.ctx = ctx;
        this.expressions = expressions;
    }

    /** The top-level patterns of a case: a bare comma-separated list is a sequence pattern. */
    Pattern patterns(PatternsContext c) {
        List<Maybe_star_patternContext> items = c.maybe_star_pattern();
        if (items.size() == 1 && c.COMMA().isEmpty() && items.getFirst().STAR() == null) {
            return pattern(items.getFirst().pattern());
        }
        return new MatchSequence(maybeStars(items), Positions.of(c));
    }

    private List<Pattern> maybeStars(List<Maybe_star_patternContext> items) {
        List<Pattern> out = new ArrayList<>(items.size());
        for (Maybe_star_patternContext m : items) {
            if (m.STAR() != null) {
                String name = ExpressionBuilder.identifier(m.NAME());
                out.add(new MatchStar(name.equals("_") ? null : name, Positions.of(m)));
            } else {
                out.add(pattern(m.pattern()));
            }
        }
        return out;
    }

    private Pattern pattern(PatternContext c) {
        Pattern or = orPattern(c.or_pattern());
        if (c.AS() == null) {
            return or;
        }
        String name = ExpressionBuilder.identifier(c.NAME());
        if (name.equals("_")) {
            throw ctx.error("cannot use '_' as a target", c.NAME().getSymbol());
        }
        return new MatchAs(or, name, Positions.of(c));
    }

    private Pattern orPattern(Or_patternContext c) {
        List<Closed_patternContext> items = c.closed_pattern();
        if (items.size() == 1) {
            return closed(items.getFirst());
        }
        List<Pattern> out = new ArrayList<>(items.size());
        for (Closed_patternContext item : items) {
            out.add(closed(item));
        }
        return new MatchOr(out, Positions.of(c));
    }

    private Pattern closed(Closed_patternContext c) {
        Pos pos = Positions.of(c);
        if (c.literal_pattern() != null) {
            Expr value = literal(c.literal_pattern());
            if (value instanceof Constant k && (k.value() instanceof Boolean || k.value() == ConstantSingleton.NONE)) {
                return new MatchSingleton(k.value(), pos);
            }
            return new MatchValue(value, pos);
        }
        if (c.name_or_attr() != null) {
            Name_or_attrContext n = c.name_or_attr();
            if (c.LPAR() != null) {
                return classPattern(nameOrAttr(n), c.class_arguments(), pos);
            }
            if (n.NAME().size() == 1) {
                String name = ExpressionBuilder.identifier(n.NAME(0));
                return new MatchAs(null, name.equals("_") ? null : name, pos);
            }
            return new MatchValue(nameOrAttr(n), pos);
        }
        Token first = c.getStart();
        if (first.getType() == PythonLexer.LBRACE) {
            return mapping(c.mapping_item(), pos);
        }
        List<Maybe_star_patternContext> items = c.maybe_star_pattern();
        if (first.getType() == PythonLexer.LPAR && items.size() == 1 && c.COMMA().isEmpty()
                && items.getFirst().STAR() == null) {
            return pattern(items.getFirst().pattern()); // a group: the inner pattern itself
        }
        return new MatchSequence(maybeStars(items), pos);
    }

    private Expr nameOrAttr(Name_or_attrContext c) {
        List<TerminalNode> names = c.NAME();
        Token start = c.getStart();
        Expr result = new Name(ExpressionBuilder.identifier(names.getFirst()), ExprContext.Load,
                Positions.of(names.getFirst()));
        for (int i = 1; i < names.size(); i++) {
            result = new Attribute(result, ExpressionBuilder.identifier(names.get(i)), ExprContext.Load,
                    Positions.between(start, names.get(i).getSymbol()));
        }
        return result;
    }

    private Pattern classPattern(Expr cls, Class_argumentsContext c, Pos pos) {
        List<Pattern> positional = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        List<Pattern> keywordPatterns = new ArrayList<>();
        if (c != null) {
            Pattern misplacedFirst = null;
            Pattern misplacedLast = null;
            for (Class_argumentContext a : c.class_argument()) {
                Pattern p = pattern(a.pattern());
                if (a.ASSIGN() != null) {
                    attrs.add(ExpressionBuilder.identifier(a.NAME()));
                    keywordPatterns.add(p);
                } else if (!attrs.isEmpty()) {
                    if (misplacedFirst == null) {
                        misplacedFirst = p;
                    }
                    misplacedLast = p;
                } else {
                    positional.add(p);
                }
            }
            if (misplacedFirst != null) {
                throw ctx.error("positional patterns follow keyword patterns",
                        Pos.span(misplacedFirst.pos(), misplacedLast.pos()));
            }
        }
        return new MatchClass(cls, positional, attrs, keywordPatterns, pos);
    }

    private Pattern mapping(List<Mapping_itemContext> items, Pos pos) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        for (int i = 0; i < items.size(); i++) {
            Mapping_itemContext item = items.get(i);
            if (item.DOUBLESTAR() != null) {
                String name = ExpressionBuilder.identifier(item.NAME());
                if (name.equals("_")) {
                    throw ctx.error("invalid syntax", item.NAME().getSymbol());
                }
                if (i != items.size() - 1) {
                    throw ctx.error("invalid syntax", items.get(i + 1).getStart());
                }
                rest = name;
                continue;
            }
            if (item.literal_pattern() != null) {
                keys.add(literal(item.literal_pattern()));
            } else {
                Name_or_attrContext n = item.name_or_attr();
                if (n.NAME().size() == 1) {
                    throw ctx.error("invalid syntax", ctx.tokenAfter(n.getStop()));
                }
                keys.add(nameOrAttr(n));
            }
            values.add(pattern(item.pattern()));
        }
        return new MatchMapping(keys, values, rest, pos);
    }

    /**
     * The expression of a literal pattern: a constant, a negative number or a complex literal
     * {@code real ± imag}. An f-string passes here: CPython's compiler rejects it.
     */
    Expr literal(Literal_patternContext c) {
        Pos pos = Positions.of(c);
        Token first = c.getStart();
        switch (first.getType()) {
            case PythonLexer.NONE -> {
                return new Constant(ConstantSingleton.NONE, null, pos);
            }
            case PythonLexer.TRUE -> {
                return new Constant(Boolean.TRUE, null, pos);
            }
            case PythonLexer.FALSE -> {
                return new Constant(Boolean.FALSE, null, pos);
            }
            case PythonLexer.STRING -> {
                List<Token> tokens = new ArrayList<>();
                for (TerminalNode t : c.STRING()) {
                    tokens.add(t.getSymbol());
                }
                return StringAtomBuilder.build(tokens, ctx, expressions.fstringExpressions());
            }
            default -> {
                return number(c, pos);
            }
        }
    }

    private Expr number(Literal_patternContext c, Pos pos) {
        List<TerminalNode> numbers = c.NUMBER();
        TerminalNode realToken = numbers.getFirst();
        Expr real = new Constant(NumberLiterals.value(realToken.getText()), null, Positions.of(realToken));
        if (c.MINUS().size() > 0 && c.MINUS(0).getSymbol().getTokenIndex() < realToken.getSymbol().getTokenIndex()) {
            real = new UnaryOp(UnaryOperator.USub, real,
                    Positions.between(c.MINUS(0).getSymbol(), realToken.getSymbol()));
        }
        if (numbers.size() == 1) {
            return real;
        }
        TerminalNode imagToken = numbers.get(1);
        if (NumberLiterals.value(realToken.getText()) instanceof ImaginaryLiteral) {
            throw ctx.error("real number required in complex literal", real);
        }
        Object imag = NumberLiterals.value(imagToken.getText());
        if (!(imag instanceof ImaginaryLiteral)) {
            throw ctx.error("imaginary number required in complex literal", imagToken.getSymbol());
        }
        ParseTree sign = c.getChild(c.getChildCount() - 2);
        Operator op = ((TerminalNode) sign).getSymbol().getType() == PythonLexer.PLUS ? Operator.Add : Operator.Sub;
        return new BinOp(real, op, new Constant(imag, null, Positions.of(imagToken)), pos);
    }
}
