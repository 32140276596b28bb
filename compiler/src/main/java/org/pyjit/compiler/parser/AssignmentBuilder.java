package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.pyjit.compiler.ast.AnnAssign;
import org.pyjit.compiler.ast.Assign;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.AugAssign;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprStmt;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.ast.Starred;
import org.pyjit.compiler.ast.Stmt;
import org.pyjit.compiler.ast.Subscript;
import org.pyjit.compiler.ast.Tuple;
import org.pyjit.compiler.ast.Yield;
import org.pyjit.compiler.ast.YieldFrom;
import org.pyjit.compiler.parser.PythonParser.Annotated_rhsContext;
import org.pyjit.compiler.parser.PythonParser.AtomContext;
import org.pyjit.compiler.parser.PythonParser.Bitwise_orContext;
import org.pyjit.compiler.parser.PythonParser.Expr_stmtContext;
import org.pyjit.compiler.parser.PythonParser.Star_expressionsContext;

/**
 * Builds expression statements and the three kinds of assignment, checking targets with the
 * messages CPython's invalid_assignment and invalid_named_expression rules give.
 */
final class AssignmentBuilder {
    private final BuildContext ctx;
    private final ExpressionBuilder expressions;

    AssignmentBuilder(BuildContext ctx, ExpressionBuilder expressions) {
        this.ctx = ctx;
        this.expressions = expressions;
    }

    Stmt statement(Expr_stmtContext c) {
        List<Annotated_rhsContext> parts = c.annotated_rhs();
        Pos pos = Positions.of(c);
        if (c.COLON() != null) {
            return annotated(c, parts, pos);
        }
        if (c.augassign() != null) {
            Expr target = expressions.annotatedRhs(parts.get(0));
            if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
                throw ctx.error("'" + Targets.describe(target) + "' is an illegal expression for augmented assignment",
                        target);
            }
            Expr value = expressions.annotatedRhs(parts.get(1));
            return new AugAssign(Targets.toTarget(target, Targets.Kind.STAR_TARGETS, ctx),
                    ExpressionBuilder.augmentedOperator(c.augassign().getStart()), value, pos);
        }
        if (parts.size() == 1) {
            return new ExprStmt(expressions.annotatedRhs(parts.get(0)), pos);
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            targets.add(expressions.annotatedRhs(parts.get(i)));
        }
        if (!allValid(targets)) {
            namedExpressionMistake(parts);
            for (Expr target : targets) {
                if (target instanceof Yield || target instanceof YieldFrom) {
                    throw ctx.error("assignment to yield expression not possible", target);
                }
                Targets.toTarget(target, Targets.Kind.STAR_TARGETS, ctx);
            }
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (Expr target : targets) {
            stored.add(Targets.withContext(target, org.pyjit.compiler.ast.ExprContext.Store));
        }
        Expr value = expressions.annotatedRhs(parts.getLast());
        return new Assign(stored, value, pos);
    }

    private static boolean allValid(List<Expr> targets) {
        for (Expr target : targets) {
            if (target instanceof Yield || target instanceof YieldFrom
                    || Targets.invalidPart(target, Targets.Kind.STAR_TARGETS) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * CPython's invalid_named_expression rule, which its parser tries on the first target of an
     * invalid assignment (or the last element of a bare tuple there): {@code NAME = value} reads
     * as a mistyped comparison when the value's leading operand is not followed by {@code =}.
     */
    private void namedExpressionMistake(List<Annotated_rhsContext> parts) {
        ParserRuleContext candidate = plainOperand(parts.get(0));
        if (candidate == null) {
            return;
        }
        ParserRuleContext value = plainOperandPrefix(parts.get(1));
        if (value == null) {
            return;
        }
        Token after = ctx.tokenAfter(value.getStop());
        if (after.getType() == PythonLexer.ASSIGN || after.getType() == PythonLexer.WALRUS) {
            return;
        }
        Token first = candidate.getStart();
        if (first == candidate.getStop() && first.getType() == PythonLexer.NAME) {
            throw ctx.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Positions.between(first, value.getStop()));
        }
        if (AtomShapes.startsWithExcludedAtom(candidate)) {
            return;
        }
        Expr target = expressions.bitwiseOr((Bitwise_orContext) candidate);
        throw ctx.error("cannot assign to " + Targets.describe(target)
                + " here. Maybe you meant '==' instead of '='?", target);
    }

    /**
     * The target part as CPython's named_expression sees it: the whole part if it is a plain
     * operand (a bitwise_or), or the last element of a bare tuple; null otherwise.
     */
    private static Bitwise_orContext plainOperand(Annotated_rhsContext part) {
        Star_expressionsContext list = part.star_expressions();
        if (list == null) {
            return null;
        }
        var items = list.star_expression();
        if (!list.COMMA().isEmpty() && list.COMMA().size() >= items.size()) {
            return null; // a trailing comma: the element is followed by ',' not '='
        }
        Bitwise_orContext operand = leadingOperand(items.getLast());
        return operand != null && operand.getStop() == items.getLast().getStop() ? operand : null;
    }

    /** The leading bitwise_or of a value part, or null if it starts otherwise (yield, not, *, lambda). */
    private static Bitwise_orContext plainOperandPrefix(Annotated_rhsContext part) {
        Star_expressionsContext list = part.star_expressions();
        return list == null ? null : leadingOperand(list.star_expression(0));
    }

    private static Bitwise_orContext leadingOperand(PythonParser.Star_expressionContext star) {
        if (star.STAR() != null || star.expression().lambdef() != null) {
            return null;
        }
        var inversion = star.expression().disjunction(0).conjunction(0).inversion(0);
        return inversion.NOT() != null ? null : inversion.comparison().bitwise_or(0);
    }

    private Stmt annotated(Expr_stmtContext c, List<Annotated_rhsContext> parts, Pos pos) {
        Annotated_rhsContext targetCtx = parts.get(0);
        Expr target = expressions.annotatedRhs(targetCtx);
        AtomContext atom = AtomShapes.leftmost(targetCtx);
        boolean whole = AtomShapes.isWhole(atom, targetCtx);
        boolean parenthesized = whole && AtomShapes.kind(atom) == PythonLexer.LPAR;
        switch (target) {
            case org.pyjit.compiler.ast.List l when whole && AtomShapes.isList(atom) ->
                throw ctx.error("only single target (not list) can be annotated", target);
            case Tuple t when parenthesized ->
                throw ctx.error("only single target (not tuple) can be annotated", target);
            case Tuple t -> throw ctx.error("only single target (not tuple) can be annotated", t.elts().getFirst());
            case Starred s -> throw ctx.error("invalid syntax", c.COLON().getSymbol());
            case Name n -> {
            }
            case Attribute a -> {
            }
            case Subscript s -> {
            }
            default -> throw ctx.error("illegal target for annotation", target);
        }
        Expr annotation = expressions.expression(c.annotation);
        Expr value = parts.size() > 1 ? expressions.annotatedRhs(parts.get(1)) : null;
        boolean simple = target instanceof Name && !parenthesized;
        return new AnnAssign(Targets.toTarget(target, Targets.Kind.STAR_TARGETS, ctx), annotation, value, simple, pos);
    }
}
