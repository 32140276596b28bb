package org.pyjit.compiler.bytecode;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.compiler.ast.*;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.parser.SyntaxErrorException;

/**
 * Builds the scopes of a module and decides, for every name in every scope, how its code reaches
 * it (register, cell, free cell, global, or the locals mapping), following CPython's symtable rules.
 */
public final class SymbolTable {
    private final String filename;
    private final SourceText source;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Map<Comprehension, Scope> comprehensionScopes = new IdentityHashMap<>();
    private Scope current;
    public final Scope top;

    private SymbolTable(Mod mod, String filename, SourceText source) {
        this.filename = filename;
        this.source = source;
        top = new Scope(Scope.Kind.MODULE, "top", mod, null);
        current = top;
    }

    /** Builds and analyzes the table; throws {@link SyntaxErrorException} for scoping errors. */
    public static SymbolTable build(Mod mod, String filename, SourceText source) {
        SymbolTable t = new SymbolTable(mod, filename, source);
        t.scopes.put(mod, t.top);
        switch (mod) {
            case Module m -> t.stmts(m.body());
            case Interactive i -> t.stmts(i.body());
            case Expression e -> t.expr(e.body());
        }
        t.analyze(t.top, new HashSet<>(), new HashSet<>());
        return t;
    }

    /** The scope created for a function, lambda, class or comprehension node. */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /** The scope of a comprehension given its first generator (GeneratorExp etc. are the keys too). */
    public Scope scopeOfComprehension(Expr comp) {
        return scopes.get(comp);
    }

    private SyntaxErrorException error(String msg, Pos pos) {
        return new SyntaxErrorException("SyntaxError", msg, filename, pos.line(), pos.col() + 1,
                source.line(pos.line()), pos.endLine(), pos.endCol() + 1);
    }

    // ------------------------------------------------------------------ pass 1: collect

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) if (e != null) expr(e);
    }

    private void define(String name, int flag, Pos pos) {
        int old = current.flagsOf(name);
        if ((old & Scope.DEF_GLOBAL) != 0 && (flag & Scope.DEF_PARAM) != 0) {
            throw error("name '" + name + "' is parameter and global", pos);
        }
        current.add(name, flag);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case ClassDef c -> {
                exprs(c.decoratorList());
                exprs(c.bases());
                for (Keyword k : c.keywords()) expr(k.value());
                define(c.name(), Scope.DEF_LOCAL, c.pos());
                Scope sc = new Scope(Scope.Kind.CLASS, c.name(), c, current);
                scopes.put(c, sc);
                Scope saved = current;
                current = sc;
                stmts(c.body());
                current = saved;
            }
            case Return r -> {
                if (!current.isFunction() || current.isComprehension) throw error("'return' outside function", r.pos());
                if (r.value() != null) expr(r.value());
            }
            case Delete d -> exprs(d.targets());
            case Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case AnnAssign a -> {
                if (a.target() instanceof Name n && current.flags.containsKey(n.id())
                        && (current.flagsOf(n.id()) & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                    String kind = (current.flagsOf(n.id()) & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                    throw error("annotated name '" + n.id() + "' can't be " + kind, a.pos());
                }
                expr(a.target());
                if (current.kind != Scope.Kind.FUNCTION) expr(a.annotation());
                if (a.value() != null) expr(a.value());
            }
            case For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case With w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) expr(it.optionalVars());
                }
                stmts(w.body());
            }
            case AsyncWith w -> {
                for (WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) expr(it.optionalVars());
                }
                stmts(w.body());
            }
            case Raise r -> {
                if (r.exc() != null) expr(r.exc());
                if (r.cause() != null) expr(r.cause());
            }
            case Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                    define(bound, Scope.DEF_LOCAL | Scope.DEF_IMPORT, a.pos());
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) throw error("import * only allowed at module level", i.pos());
                        continue;
                    }
                    define(a.asname() != null ? a.asname() : a.name(), Scope.DEF_LOCAL | Scope.DEF_IMPORT, a.pos());
                }
            }
            case Global g -> {
                for (String n : g.names()) {
                    int f = current.flagsOf(n);
                    if ((f & Scope.DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and global", g.pos());
                    if ((f & Scope.DEF_NONLOCAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.pos());
                    if ((f & Scope.USE) != 0) throw error("name '" + n + "' is used prior to global declaration", g.pos());
                    if ((f & Scope.DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before global declaration", g.pos());
                    current.add(n, Scope.DEF_GLOBAL);
                }
            }
            case Nonlocal g -> {
                if (current.kind == Scope.Kind.MODULE) throw error("nonlocal declaration not allowed at module level", g.pos());
                for (String n : g.names()) {
                    int f = current.flagsOf(n);
                    if ((f & Scope.DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and nonlocal", g.pos());
                    if ((f & Scope.DEF_GLOBAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.pos());
                    if ((f & Scope.USE) != 0) throw error("name '" + n + "' is used prior to nonlocal declaration", g.pos());
                    if ((f & Scope.DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before nonlocal declaration", g.pos());
                    current.add(n, Scope.DEF_NONLOCAL);
                }
            }
            case ExprStmt e -> expr(e.value());
            case Pass p -> { }
            case Break b -> { }
            case Continue c -> { }
            case Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
        }
    }

    /** The names a pattern binds are local assignments; its value expressions are uses. */
    private void pattern(Pattern p) {
        switch (p) {
            case MatchValue v -> expr(v.value());
            case MatchSingleton s -> { }
            case MatchSequence s -> s.patterns().forEach(this::pattern);
            case MatchMapping m -> {
                exprs(m.keys());
                m.patterns().forEach(this::pattern);
                if (m.rest() != null) define(m.rest(), Scope.DEF_LOCAL, m.pos());
            }
            case MatchClass c -> {
                expr(c.cls());
                c.patterns().forEach(this::pattern);
                c.kwdPatterns().forEach(this::pattern);
            }
            case MatchStar s -> {
                if (s.name() != null) define(s.name(), Scope.DEF_LOCAL, s.pos());
            }
            case MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) define(a.name(), Scope.DEF_LOCAL, a.pos());
            }
            case MatchOr o -> o.patterns().forEach(this::pattern);
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) expr(h.type());
            if (h.name() != null) define(h.name(), Scope.DEF_LOCAL, h.pos());
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void function(Node node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async) {
        exprs(decorators);
        defaultsAndAnnotations(args);
        if (returns != null) expr(returns);
        if (name != null) define(name, Scope.DEF_LOCAL, node.pos());
        Scope sc = new Scope(Scope.Kind.FUNCTION, name == null ? "<lambda>" : name, node, current);
        sc.isCoroutine = async;
        scopes.put(node, sc);
        Scope saved = current;
        current = sc;
        params(args);
        stmts(body);
        current = saved;
    }

    private void defaultsAndAnnotations(Arguments args) {
        exprs(args.defaults());
        exprs(args.kwDefaults());
        for (Arg a : allArgs(args)) if (a.annotation() != null) expr(a.annotation());
    }

    static java.util.List<Arg> allArgs(Arguments args) {
        java.util.List<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all;
    }

    /** Parameters in co_varnames order: positional, keyword-only, then *args and **kwargs. */
    static java.util.List<Arg> paramOrder(Arguments args) {
        java.util.List<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) all.add(args.vararg());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all;
    }

    private void params(Arguments args) {
        Set<String> seen = new HashSet<>();
        for (Arg a : paramOrder(args)) {
            if (!seen.add(a.arg())) throw error("duplicate argument '" + a.arg() + "' in function definition", a.pos());
            define(a.arg(), Scope.DEF_PARAM, a.pos());
            current.params.add(current.mangle(a.arg()));
        }
        current.hasVarargs = args.vararg() != null;
        current.hasVarkeywords = args.kwarg() != null;
    }

    private void expr(Expr e) {
        switch (e) {
            case BoolOp b -> exprs(b.values());
            case NamedExpr n -> namedExpr(n);
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                defaultsAndAnnotations(l.args());
                Scope sc = new Scope(Scope.Kind.FUNCTION, "<lambda>", l, current);
                sc.isLambda = true;
                scopes.put(l, sc);
                Scope saved = current;
                current = sc;
                params(l.args());
                expr(l.body());
                current = saved;
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case org.pyjit.compiler.ast.Set s -> exprs(s.elts());
            case ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Await a -> {
                if (current.isComprehension) current.isCoroutine = true;
                expr(a.value());
            }
            case Yield y -> {
                markGenerator(y.pos());
                if (y.value() != null) expr(y.value());
            }
            case YieldFrom y -> {
                markGenerator(y.pos());
                expr(y.value());
            }
            case Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) expr(k.value());
            }
            case FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) expr(f.formatSpec());
            }
            case JoinedStr j -> exprs(j.values());
            case Constant c -> { }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Starred s -> expr(s.value());
            case Name n -> name(n);
            case org.pyjit.compiler.ast.List l -> exprs(l.elts());
            case Tuple t -> exprs(t.elts());
            case Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
        }
    }

    private void markGenerator(Pos pos) {
        if (current.kind != Scope.Kind.FUNCTION) throw error("'yield' outside function", pos);
        if (current.isComprehension) throw error("'yield' inside " + comprehensionKind(current.name), pos);
        current.isGenerator = true;
    }

    private static String comprehensionKind(String n) {
        return switch (n) {
            case "<listcomp>" -> "list comprehension";
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "generator expression";
        };
    }

    private void name(Name n) {
        switch (n.ctx()) {
            case Load -> {
                current.add(n.id(), Scope.USE);
                if (n.id().equals("super") && current.isFunction()) markClassCellUse();
            }
            case Store, Del -> define(n.id(), Scope.DEF_LOCAL, n.pos());
        }
        if (n.id().equals("__class__") && current.isFunction()) markClassCellUse();
    }

    /** A method that says {@code super} or {@code __class__} gets the implicit {@code __class__} free variable. */
    private void markClassCellUse() {
        current.needsClassCell = true;
        current.add("__class__", Scope.USE);
    }

    private void namedExpr(NamedExpr n) {
        expr(n.value());
        String target = ((Name) n.target()).id();
        if (current.isComprehension) {
            Scope s = current;
            while (s.isComprehension) {
                if ((s.flagsOf(target) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + target + "'", n.pos());
                }
                s.walrusTargets.add(target);
                s = s.parent;
            }
            if (s.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", n.pos());
            }
            boolean global = s.kind == Scope.Kind.MODULE || (s.flagsOf(target) & Scope.DEF_GLOBAL) != 0;
            if ((s.flagsOf(target) & Scope.DEF_GLOBAL) == 0) {
                Scope saved = current;
                current = s;
                define(target, Scope.DEF_LOCAL, n.pos());
                current = saved;
            }
            Scope c = current;
            while (c.isComprehension) {
                c.add(target, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
                c = c.parent;
            }
        } else {
            define(target, Scope.DEF_LOCAL, n.pos());
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope sc = new Scope(Scope.Kind.FUNCTION, name, node, current);
        sc.isComprehension = true;
        sc.isGenerator = node instanceof GeneratorExp;
        sc.isCoroutine = gens.stream().anyMatch(Comprehension::isAsync);
        scopes.put(node, sc);
        Scope saved = current;
        current = sc;
        define(".0", Scope.DEF_PARAM, node.pos());
        sc.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            markCompTargets(g.target());
            expr(g.target());
            if (i > 0) expr(g.iter());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) expr(value);
        current = saved;
    }

    private void markCompTargets(Expr target) {
        if (target instanceof Name n) current.add(n.id(), Scope.DEF_COMP_ITER);
        else if (target instanceof Tuple t) t.elts().forEach(this::markCompTargets);
        else if (target instanceof org.pyjit.compiler.ast.List l) l.elts().forEach(this::markCompTargets);
        else if (target instanceof Starred s) markCompTargets(s.value());
    }

    // ------------------------------------------------------------------ pass 2: analyze

    /**
     * Decides access for every name of {@code s}. {@code bound}: names bound in enclosing function
     * scopes (candidates for free variables); {@code globals}: names declared global above.
     */
    private void analyze(Scope s, Set<String> bound, Set<String> globals) {
        Set<String> localBound = new HashSet<>();
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            if ((f & Scope.DEF_GLOBAL) != 0) {
                s.access.put(n, Scope.Access.GLOBAL_EXPLICIT);
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                if (!bound.contains(n)) {
                    throw error("no binding for nonlocal '" + n + "' found", s.node.pos());
                }
                s.access.put(n, Scope.Access.FREE);
                s.frees.add(n);
            } else if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                s.access.put(n, s.isFunction() ? Scope.Access.FAST : Scope.Access.NAME);
                localBound.add(n);
            } else if (s.isFunction() && bound.contains(n)) {
                s.access.put(n, Scope.Access.FREE);
                s.frees.add(n);
            } else if (s.kind == Scope.Kind.CLASS && bound.contains(n)) {
                s.access.put(n, Scope.Access.FREE); // read with LOAD_CLASSDEREF
                s.frees.add(n);
            } else {
                s.access.put(n, s.isFunction() ? Scope.Access.GLOBAL_IMPLICIT : Scope.Access.NAME);
            }
        }
        Set<String> childBound = new HashSet<>(bound);
        Set<String> childGlobals = new HashSet<>(globals);
        if (s.isFunction()) {
            childBound.addAll(localBound);
            for (String n : localBound) childGlobals.remove(n);
        }
        if (s.kind == Scope.Kind.CLASS) childBound.add("__class__");
        for (Map.Entry<String, Scope.Access> e : s.access.entrySet()) {
            if (e.getValue() == Scope.Access.GLOBAL_EXPLICIT) {
                childGlobals.add(e.getKey());
                childBound.remove(e.getKey());
            }
        }
        for (Scope child : s.children) {
            analyze(child, childBound, childGlobals);
            for (String free : child.frees) {
                if (s.kind == Scope.Kind.CLASS && free.equals("__class__")) {
                    s.cells.add("__class__");
                    continue;
                }
                Scope.Access mine = s.access.get(free);
                if (s.isFunction() && (mine == Scope.Access.FAST || mine == Scope.Access.CELL)) {
                    s.access.put(free, Scope.Access.CELL);
                    s.cells.add(free);
                    continue;
                }
                if (s.kind == Scope.Kind.MODULE) continue;
                // the cell passes through this scope on its way from an enclosing function
                s.frees.add(free);
                if (mine == null || mine == Scope.Access.GLOBAL_IMPLICIT) s.access.put(free, Scope.Access.FREE);
            }
        }
    }
}
