package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.Compare;
import org.pyjit.compiler.ast.ComparisonOperator;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprContext;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.Starred;
import org.pyjit.compiler.ast.Subscript;
import org.pyjit.compiler.ast.Tuple;

/**
 * Turns expressions parsed in Load context into assignment or deletion targets, and finds the
 * invalid part of a target the way CPython's {@code _PyPegen_get_invalid_target} does.
 */
final class Targets {
    /** Which statement the target belongs to; changes what counts as invalid. */
    enum Kind {
        STAR_TARGETS, DEL_TARGETS, FOR_TARGETS
    }

    private Targets() {
    }

    /**
     * The sub-expression that makes {@code e} an invalid target, or null if it is valid. Only
     * lists and tuples are searched; any other non-target expression is itself the culprit.
     */
    static Expr invalidPart(Expr e, Kind kind) {
        return switch (e) {
            case org.pyjit.compiler.ast.List l -> firstInvalid(l.elts(), kind);
            case Tuple t -> firstInvalid(t.elts(), kind);
            case Starred s -> kind == Kind.DEL_TARGETS ? s : invalidPart(s.value(), kind);
            case Compare c -> {
                // `for a in b` reaches here as the comparison `a in b` in CPython's grammar
                if (kind == Kind.FOR_TARGETS) {
                    yield c.ops().getFirst() == ComparisonOperator.In ? invalidPart(c.left(), kind) : null;
                }
                yield c;
            }
            case Name n -> null;
            case Subscript s -> null;
            case Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr elt : elts) {
            Expr bad = invalidPart(elt, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** Checks {@code e} as a target and returns it in Store (or Del) context. */
    static Expr toTarget(Expr e, Kind kind, BuildContext ctx) {
        Expr bad = invalidPart(e, kind);
        if (bad != null) {
            String verb = kind == Kind.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw ctx.error(verb + describe(bad), bad);
        }
        return withContext(e, kind == Kind.DEL_TARGETS ? ExprContext.Del : ExprContext.Store);
    }

    /** Rebuilds a valid target tree with {@code ctx} on every target node. */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Name n -> new Name(n.id(), ctx, n.pos());
            case Attribute a -> new Attribute(a.value(), a.attr(), ctx, a.pos());
            case Subscript s -> new Subscript(s.value(), s.slice(), ctx, s.pos());
            case Starred s -> new Starred(withContext(s.value(), ctx), ctx, s.pos());
            case org.pyjit.compiler.ast.List l -> new org.pyjit.compiler.ast.List(map(l.elts(), ctx), ctx, l.pos());
            case Tuple t -> new Tuple(map(t.elts(), ctx), ctx, t.pos());
            default -> throw new IllegalArgumentException("not a target: " + e);
        };
    }

    private static List<Expr> map(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(withContext(elt, ctx));
        }
        return out;
    }

    /** CPython's {@code _PyPegen_get_expr_name}: how error messages name an expression. */
    static String describe(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case org.pyjit.compiler.ast.List l -> "list";
            case Tuple t -> "tuple";
            case org.pyjit.compiler.ast.Lambda l -> "lambda";
            case org.pyjit.compiler.ast.Call c -> "function call";
            case org.pyjit.compiler.ast.BoolOp b -> "expression";
            case org.pyjit.compiler.ast.BinOp b -> "expression";
            case org.pyjit.compiler.ast.UnaryOp u -> "expression";
            case org.pyjit.compiler.ast.GeneratorExp g -> "generator expression";
            case org.pyjit.compiler.ast.Yield y -> "yield expression";
            case org.pyjit.compiler.ast.YieldFrom y -> "yield expression";
            case org.pyjit.compiler.ast.Await a -> "await expression";
            case org.pyjit.compiler.ast.ListComp l -> "list comprehension";
            case org.pyjit.compiler.ast.SetComp s -> "set comprehension";
            case org.pyjit.compiler.ast.DictComp d -> "dict comprehension";
            case org.pyjit.compiler.ast.Dict d -> "dict literal";
            case org.pyjit.compiler.ast.Set s -> "set display";
            case org.pyjit.compiler.ast.JoinedStr j -> "f-string expression";
            case org.pyjit.compiler.ast.FormattedValue f -> "f-string expression";
            case Constant c -> switch (c.value()) {
                case ConstantSingleton s when s == ConstantSingleton.NONE -> "None";
                case ConstantSingleton s -> "ellipsis";
                case Boolean b -> b ? "True" : "False";
                default -> "literal";
            };
            case Compare c -> "comparison";
            case org.pyjit.compiler.ast.IfExp i -> "conditional expression";
            case org.pyjit.compiler.ast.NamedExpr n -> "named expression";
            default -> "expression";
        };
    }
}
