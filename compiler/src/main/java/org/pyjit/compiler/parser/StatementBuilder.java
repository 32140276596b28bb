package org.pyjit.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyjit.compiler.ast.Alias;
import org.pyjit.compiler.ast.AnnAssign;
import org.pyjit.compiler.ast.Arguments;
import org.pyjit.compiler.ast.Assert;
import org.pyjit.compiler.ast.Assign;
import org.pyjit.compiler.ast.AsyncFor;
import org.pyjit.compiler.ast.AsyncFunctionDef;
import org.pyjit.compiler.ast.AsyncWith;
import org.pyjit.compiler.ast.AugAssign;
import org.pyjit.compiler.ast.Break;
import org.pyjit.compiler.ast.ClassDef;
import org.pyjit.compiler.ast.Continue;
import org.pyjit.compiler.ast.Delete;
import org.pyjit.compiler.ast.ExceptHandler;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ExprStmt;
import org.pyjit.compiler.ast.For;
import org.pyjit.compiler.ast.FunctionDef;
import org.pyjit.compiler.ast.Global;
import org.pyjit.compiler.ast.If;
import org.pyjit.compiler.ast.Import;
import org.pyjit.compiler.ast.ImportFrom;
import org.pyjit.compiler.ast.Keyword;
import org.pyjit.compiler.ast.Match;
import org.pyjit.compiler.ast.MatchCase;
import org.pyjit.compiler.ast.Pattern;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.Nonlocal;
import org.pyjit.compiler.ast.Pass;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.compiler.ast.Raise;
import org.pyjit.compiler.ast.Return;
import org.pyjit.compiler.ast.Stmt;
import org.pyjit.compiler.ast.Try;
import org.pyjit.compiler.ast.TryStar;
import org.pyjit.compiler.ast.While;
import org.pyjit.compiler.ast.With;
import org.pyjit.compiler.ast.WithItem;
import org.pyjit.compiler.parser.PythonParser.*;

/** Builds statement nodes from the parse tree. */
final class StatementBuilder {
    private final BuildContext ctx;
    private final ExpressionBuilder expressions;
    private final AssignmentBuilder assignments;
    private final PatternBuilder patterns;

    StatementBuilder(BuildContext ctx, ExpressionBuilder expressions) {
        this.ctx = ctx;
        this.expressions = expressions;
        this.assignments = new AssignmentBuilder(ctx, expressions);
        this.patterns = new PatternBuilder(ctx, expressions);
    }

    List<Stmt> statements(List<StatementContext> items) {
        List<Stmt> out = new ArrayList<>(items.size());
        for (StatementContext s : items) {
            statement(s, out);
        }
        return out;
    }

    void statement(StatementContext c, List<Stmt> out) {
        if (c.compound_stmt() != null) {
            out.add(compound(c.compound_stmt()));
        } else {
            simpleStatements(c.simple_stmts(), out);
        }
    }

    void simpleStatements(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) {
            out.add(simple(s));
        }
    }

    private List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simple_stmts() != null) {
            simpleStatements(c.simple_stmts(), out);
        } else {
            for (StatementContext s : c.statement()) {
                statement(s, out);
            }
        }
        return out;
    }

    /**
     * From {@code start} to the last token of {@code block}, as CPython's compound statements end
     * (a trailing semicolon of the last simple statement included).
     */
    private Pos through(Token start, BlockContext block) {
        return Positions.between(start, ctx.lastRealToken(block.getStop()));
    }

    // ------------------------------------------------------------ simple statements

    private Stmt simple(Simple_stmtContext c) {
        ParseTree child = c.getChild(0);
        Pos pos = Positions.of(c);
        return switch (child) {
            case Expr_stmtContext e -> assignments.statement(e);
            case Return_stmtContext r -> new Return(
                    r.star_expressions() != null ? expressions.starExpressions(r.star_expressions()) : null, pos);
            case Import_nameContext i -> importName(i, pos);
            case Import_fromContext i -> importFrom(i, pos);
            case Raise_stmtContext r -> raise(r, pos);
            case Pass_stmtContext p -> new Pass(pos);
            case Break_stmtContext b -> new Break(pos);
            case Continue_stmtContext k -> new Continue(pos);
            case Del_stmtContext d -> delete(d, pos);
            case Assert_stmtContext a -> new Assert(expressions.expression(a.expression(0)),
                    a.expression().size() > 1 ? expressions.expression(a.expression(1)) : null, pos);
            case Global_stmtContext g -> new Global(names(g.NAME()), pos);
            case Nonlocal_stmtContext n -> new Nonlocal(names(n.NAME()), pos);
            default -> throw new IllegalStateException("unknown statement " + child.getClass());
        };
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            out.add(ExpressionBuilder.identifier(n));
        }
        return out;
    }

    private Stmt raise(Raise_stmtContext c, Pos pos) {
        List<ExpressionContext> parts = c.expression();
        Expr exc = parts.isEmpty() ? null : expressions.expression(parts.get(0));
        Expr cause = parts.size() > 1 ? expressions.expression(parts.get(1)) : null;
        return new Raise(exc, cause, pos);
    }

    private Stmt delete(Del_stmtContext c, Pos pos) {
        List<Expr> targets = new ArrayList<>();
        for (Del_targetContext d : c.del_target()) {
            Expr target = expressions.bitwiseOr(d.bitwise_or());
            if (d.STAR() != null) {
                target = new org.pyjit.compiler.ast.Starred(target, org.pyjit.compiler.ast.ExprContext.Load,
                        Positions.of(d));
            }
            targets.add(target);
        }
        if (targets.size() > 1 || !c.COMMA().isEmpty()) {
            // checked as one tuple so the first invalid element is reported, like CPython
            Expr all = new org.pyjit.compiler.ast.Tuple(targets, org.pyjit.compiler.ast.ExprContext.Load, pos);
            Targets.toTarget(all, Targets.Kind.DEL_TARGETS, ctx);
        }
        List<Expr> out = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            out.add(Targets.toTarget(t, Targets.Kind.DEL_TARGETS, ctx));
        }
        return new Delete(out, pos);
    }

    private Stmt importName(Import_nameContext c, Pos pos) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : c.dotted_as_name()) {
            String asname = d.NAME() != null ? ExpressionBuilder.identifier(d.NAME()) : null;
            names.add(new Alias(dottedName(d.dotted_name()), asname, Positions.of(d)));
        }
        return new Import(names, pos);
    }

    private static String dottedName(Dotted_nameContext c) {
        List<TerminalNode> parts = c.NAME();
        if (parts.size() == 1) {
            return ExpressionBuilder.identifier(parts.getFirst());
        }
        StringBuilder sb = new StringBuilder();
        for (TerminalNode part : parts) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(ExpressionBuilder.identifier(part));
        }
        return sb.toString();
    }

    private Stmt importFrom(Import_fromContext c, Pos pos) {
        int level = c.DOT().size() + 3 * c.ELLIPSIS().size();
        String module = c.dotted_name() != null ? dottedName(c.dotted_name()) : null;
        if (module == null && level == 0) {
            throw ctx.error("invalid syntax", c.IMPORT().getSymbol());
        }
        List<Alias> names = new ArrayList<>();
        if (c.STAR() != null) {
            names.add(new Alias("*", null, Positions.of(c.STAR())));
        } else {
            for (Import_as_nameContext n : c.import_as_name()) {
                String asname = n.NAME().size() > 1 ? ExpressionBuilder.identifier(n.NAME(1)) : null;
                names.add(new Alias(ExpressionBuilder.identifier(n.NAME(0)), asname, Positions.of(n)));
            }
        }
        return new ImportFrom(module, names, level, pos);
    }

    // ------------------------------------------------------------ compound statements

    Stmt compound(Compound_stmtContext c) {
        ParseTree child = c.getChild(0);
        return switch (child) {
            case Function_defContext f -> functionDef(f, List.of());
            case If_stmtContext i -> ifStatement(i);
            case Class_defContext k -> classDef(k, List.of());
            case With_stmtContext w -> with(w);
            case For_stmtContext f -> forStatement(f);
            case Try_stmtContext t -> tryStatement(t);
            case While_stmtContext w -> whileStatement(w);
            case DecoratedContext d -> decorated(d);
            case Match_stmtContext m -> matchStatement(m);
            default -> throw new IllegalStateException("unknown statement " + child.getClass());
        };
    }

    private Stmt decorated(DecoratedContext c) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : c.decorator()) {
            decorators.add(expressions.namedExpression(d.named_expression()));
        }
        return c.class_def() != null ? classDef(c.class_def(), decorators) : functionDef(c.function_def(), decorators);
    }

    private Stmt functionDef(Function_defContext c, List<Expr> decorators) {
        String name = ExpressionBuilder.identifier(c.NAME());
        Arguments args = ParameterBuilder.parameters(c.parameters(), expressions);
        Expr returns = c.expression() != null ? expressions.expression(c.expression()) : null;
        List<Stmt> body = block(c.block());
        Pos pos = through(c.getStart(), c.block());
        if (c.ASYNC() != null) {
            return new AsyncFunctionDef(name, args, body, decorators, returns, pos);
        }
        return new FunctionDef(name, args, body, decorators, returns, pos);
    }

    private Stmt classDef(Class_defContext c, List<Expr> decorators) {
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (c.arguments() != null) {
            ArgumentBuilder.Built built = new ArgumentBuilder(expressions, ctx).build(c.arguments());
            bases = built.args();
            keywords = built.keywords();
        }
        List<Stmt> body = block(c.block());
        return new ClassDef(ExpressionBuilder.identifier(c.NAME()), bases, keywords, body, decorators,
                through(c.getStart(), c.block()));
    }

    private Stmt ifStatement(If_stmtContext c) {
        List<Stmt> orelse = c.else_clause() != null ? block(c.else_clause().block()) : List.of();
        BlockContext last = c.else_clause() != null ? c.else_clause().block() : null;
        List<Elif_clauseContext> elifs = c.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            if (last == null) {
                last = e.block();
            }
            Pos pos = through(e.getStart(), last);
            orelse = List.of(new If(expressions.namedExpression(e.named_expression()), body, orelse, pos));
        }
        List<Stmt> body = block(c.block());
        Pos pos = through(c.getStart(), last != null ? last : c.block());
        return new If(expressions.namedExpression(c.named_expression()), body, orelse, pos);
    }

    private Stmt whileStatement(While_stmtContext c) {
        Expr test = expressions.namedExpression(c.named_expression());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_clause() != null ? block(c.else_clause().block()) : List.of();
        BlockContext last = c.else_clause() != null ? c.else_clause().block() : c.block();
        return new While(test, body, orelse, through(c.getStart(), last));
    }

    private Stmt forStatement(For_stmtContext c) {
        Expr target = expressions.starTargets(c.star_targets());
        Expr iter = expressions.starExpressions(c.star_expressions());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_clause() != null ? block(c.else_clause().block()) : List.of();
        Pos pos = through(c.getStart(), c.else_clause() != null ? c.else_clause().block() : c.block());
        if (c.ASYNC() != null) {
            return new AsyncFor(target, iter, body, orelse, pos);
        }
        return new For(target, iter, body, orelse, pos);
    }

    private Stmt with(With_stmtContext c) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : c.with_item()) {
            Expr context = expressions.expression(w.expression());
            Expr vars = null;
            if (w.star_target() != null) {
                Star_targetContext t = w.star_target();
                Expr target = expressions.bitwiseOr(t.bitwise_or());
                if (t.STAR() != null) {
                    target = new org.pyjit.compiler.ast.Starred(target, org.pyjit.compiler.ast.ExprContext.Load,
                            Positions.of(t));
                }
                vars = Targets.toTarget(target, Targets.Kind.STAR_TARGETS, ctx);
            }
            items.add(new WithItem(context, vars));
        }
        List<Stmt> body = block(c.block());
        Pos pos = through(c.getStart(), c.block());
        return c.ASYNC() != null ? new AsyncWith(items, body, pos) : new With(items, body, pos);
    }

    private Stmt matchStatement(Match_stmtContext c) {
        List<Star_named_expressionContext> items = c.star_named_expression();
        Expr subject;
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            if (items.getFirst().STAR() != null) {
                throw ctx.error("invalid syntax", c.COLON().getSymbol());
            }
            subject = expressions.namedExpression(items.getFirst().named_expression());
        } else {
            List<Expr> elts = new ArrayList<>(items.size());
            for (Star_named_expressionContext e : items) {
                elts.add(expressions.starNamedExpression(e));
            }
            Token last = ctx.lastRealToken(ctx.tokenAfter(items.getLast().getStop()));
            if (last.getType() != PythonLexer.COMMA) {
                last = items.getLast().getStop();
            }
            subject = new org.pyjit.compiler.ast.Tuple(elts, org.pyjit.compiler.ast.ExprContext.Load,
                    Positions.between(items.getFirst().getStart(), last));
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext k : c.case_block()) {
            Pattern pattern = patterns.patterns(k.patterns());
            Expr guard = k.named_expression() != null ? expressions.namedExpression(k.named_expression()) : null;
            cases.add(new MatchCase(pattern, guard, block(k.block())));
        }
        return new Match(subject, cases, through(c.getStart(), c.case_block().getLast().block()));
    }

    private Stmt tryStatement(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        for (Except_clauseContext e : c.except_clause()) {
            if (e.STAR() != null) {
                star = true;
            } else {
                plain = true;
            }
            if (star && plain) {
                throw ctx.error("cannot have both 'except' and 'except*' on the same 'try'", e.EXCEPT().getSymbol());
            }
            handlers.add(handler(e));
        }
        List<Stmt> orelse = c.else_clause() != null ? block(c.else_clause().block()) : List.of();
        List<Stmt> finalbody = c.finally_clause() != null ? block(c.finally_clause().block()) : List.of();
        BlockContext last = c.finally_clause() != null ? c.finally_clause().block()
                : c.else_clause() != null ? c.else_clause().block() : c.except_clause().getLast().block();
        Pos pos = through(c.getStart(), last);
        return star ? new TryStar(body, handlers, orelse, finalbody, pos)
                : new Try(body, handlers, orelse, finalbody, pos);
    }

    private ExceptHandler handler(Except_clauseContext c) {
        if (c.STAR() != null && c.expression() == null) {
            throw ctx.error("expected one or more exception types", c.COLON().getSymbol());
        }
        Expr type = c.expression() != null ? expressions.expression(c.expression()) : null;
        String name = c.NAME() != null ? ExpressionBuilder.identifier(c.NAME()) : null;
        List<Stmt> body = block(c.block());
        return new ExceptHandler(type, name, body, through(c.getStart(), c.block()));
    }
}
