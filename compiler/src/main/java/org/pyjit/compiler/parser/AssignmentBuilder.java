package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
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
import org.pyjit.compiler.parser.PythonParser.Expr_stmtContext;
import org.pyjit.compiler.parser.PythonParser.ListAtomContext;
import org.pyjit.compiler.parser.PythonParser.ParenAtomContext;
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
            Expr target = expressions.annotatedRhs(parts.get(i));
            if (target instanceof Yield || target instanceof YieldFrom) {
                throw ctx.error("assignment to yield expression not possible", target);
            }
            if (parts.size() == 2 && looksLikeNamedExpressionTarget(parts.get(0))) {
                Expr bad = Targets.invalidPart(target, Targets.Kind.STAR_TARGETS);
                if (bad != null) {
                    throw ctx.error("cannot assign to " + Targets.describe(target)
                            + " here. Maybe you meant '==' instead of '='?", target);
                }
            }
            targets.add(Targets.toTarget(target, Targets.Kind.STAR_TARGETS, ctx));
        }
        Expr value = expressions.annotatedRhs(parts.getLast());
        return new Assign(targets, value, pos);
    }

    private Stmt annotated(Expr_stmtContext c, List<Annotated_rhsContext> parts, Pos pos) {
        Annotated_rhsContext targetCtx = parts.get(0);
        Expr target = expressions.annotatedRhs(targetCtx);
        AtomContext atom = leftmostAtom(targetCtx);
        boolean parenthesized = atom != null && atom.getStart() == targetCtx.getStart()
                && atom.getStop() == targetCtx.getStop() && atom instanceof ParenAtomContext;
        switch (target) {
            case org.pyjit.compiler.ast.List l when atom instanceof ListAtomContext && parenthesizedWhole(atom, targetCtx) ->
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

    private static boolean parenthesizedWhole(AtomContext atom, ParserRuleContext whole) {
        return atom.getStart() == whole.getStart() && atom.getStop() == whole.getStop();
    }

    /**
     * Whether CPython's invalid_named_expression rule would see this single target: a plain
     * bitwise_or expression that does not start with a list or tuple display, a generator
     * expression, True, None or False.
     */
    private static boolean looksLikeNamedExpressionTarget(Annotated_rhsContext c) {
        Star_expressionsContext list = c.star_expressions();
        if (list == null || list.star_expression().size() != 1 || !list.COMMA().isEmpty()) {
            return false;
        }
        var star = list.star_expression(0);
        if (star.STAR() != null || star.expression().lambdef() != null || star.expression().IF() != null) {
            return false;
        }
        var disjunction = star.expression().disjunction(0);
        if (disjunction.conjunction().size() != 1 || disjunction.conjunction(0).inversion().size() != 1) {
            return false;
        }
        var inversion = disjunction.conjunction(0).inversion(0);
        if (inversion.NOT() != null || inversion.comparison().bitwise_or().size() != 1) {
            return false;
        }
        AtomContext atom = leftmostAtom(c);
        return switch (atom) {
            case PythonParser.TrueAtomContext t -> false;
            case PythonParser.FalseAtomContext f -> false;
            case PythonParser.NoneAtomContext n -> false;
            case ListAtomContext l -> l.testlist_comp() != null && l.testlist_comp().for_if_clauses() != null;
            case ParenAtomContext p -> p.testlist_comp() != null && p.testlist_comp().for_if_clauses() == null
                    && p.testlist_comp().COMMA().isEmpty();
            case null -> true;
            default -> true;
        };
    }

    /** The atom at the very start of an expression, or null if it starts with an operator. */
    private static AtomContext leftmostAtom(ParserRuleContext c) {
        ParseTree node = c;
        while (node instanceof ParserRuleContext rule && !(node instanceof AtomContext)) {
            if (rule.getChildCount() == 0) {
                return null;
            }
            node = rule.getChild(0);
        }
        return node instanceof AtomContext atom ? atom : null;
    }
}
