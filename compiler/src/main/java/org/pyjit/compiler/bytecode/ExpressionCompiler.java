package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.*;
import org.pyjit.compiler.parser.SyntaxErrorException;

/**
 * Compiles expressions into register instructions. {@link #expr} leaves a value in some register
 * (a local's own register when the expression is that local, else a fresh temporary);
 * {@link #exprInto} computes it into a given register.
 */
abstract class ExpressionCompiler {
    protected CompilerUnit u;
    protected final String filename;
    protected final SourceText source;
    protected final SymbolTable symbols;

    ExpressionCompiler(String filename, SourceText source, SymbolTable symbols) {
        this.filename = filename;
        this.source = source;
        this.symbols = symbols;
    }

    /** Compiles the body of a function-like node into a code object (see {@link BytecodeCompiler}). */
    abstract CodeObject compileFunctionBody(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody);

    /** Compiles a comprehension's own code object. */
    abstract CodeObject compileComprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value);

    protected final CodeBuilder b() {
        return u.b;
    }

    protected SyntaxErrorException error(String msg, Pos pos) {
        return new SyntaxErrorException("SyntaxError", msg, filename, pos.line(), pos.col() + 1, source.line(pos.line()),
                pos.endLine(), pos.endCol() + 1);
    }

    protected void at(Node n) {
        b().setPosition(n.pos());
    }

    // ------------------------------------------------------------------ entry points

    /** Evaluates {@code e}; returns the register holding the value. */
    int expr(Expr e) {
        if (e instanceof Name n && n.ctx() == ExprContext.Load) {
            Scope.Access a = u.scope.accessOf(n.id());
            if (a == Scope.Access.FAST) return u.fast(n.id());
        }
        int t = b().temp();
        exprInto(e, t);
        return t;
    }

    /** Evaluates {@code e} into register {@code dst}. */
    void exprInto(Expr e, int dst) {
        Pos saved = b().position();
        at(e);
        switch (e) {
            case Constant c -> b().emit(Opcode.LOAD_CONST, dst, b().constant(c.value()));
            case Name n -> loadName(n.id(), dst);
            case BinOp bo -> {
                int m = b().mark();
                int l = expr(bo.left());
                int r = expr(bo.right());
                at(bo);
                b().emit(Opcode.BINARY, dst, bo.op().ordinal(), l, r);
                b().release(m);
            }
            case UnaryOp uo -> {
                int m = b().mark();
                int v = expr(uo.operand());
                at(uo);
                b().emit(Opcode.UNARY, dst, uo.op().ordinal(), v);
                b().release(m);
            }
            case BoolOp bo -> boolOp(bo, dst);
            case Compare c -> compare(c, dst);
            case IfExp ie -> {
                CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
                jumpIf(ie.test(), false, orelse);
                exprInto(ie.body(), dst);
                b().emitJump(Opcode.JUMP, end);
                b().bind(orelse);
                exprInto(ie.orelse(), dst);
                b().bind(end);
            }
            case Attribute a -> {
                int m = b().mark();
                int o = expr(a.value());
                at(a);
                b().emit(Opcode.LOAD_ATTR, dst, o, b().name(u.scope.mangle(a.attr())));
                b().release(m);
            }
            case Subscript s -> {
                int m = b().mark();
                int o = expr(s.value());
                int k = expr(s.slice());
                at(s);
                b().emit(Opcode.SUBSCR, dst, o, k);
                b().release(m);
            }
            case Slice s -> {
                int m = b().mark();
                int lo = s.lower() == null ? -1 : expr(s.lower());
                int hi = s.upper() == null ? -1 : expr(s.upper());
                int st = s.step() == null ? -1 : expr(s.step());
                b().emit(Opcode.BUILD_SLICE, dst, lo, hi, st);
                b().release(m);
            }
            case Call c -> call(c, dst);
            case Tuple t -> sequence(t.elts(), Opcode.BUILD_TUPLE, dst, true);
            case org.pyjit.compiler.ast.List l -> sequence(l.elts(), Opcode.BUILD_LIST, dst, false);
            case org.pyjit.compiler.ast.Set s -> sequence(s.elts(), Opcode.BUILD_SET, dst, false);
            case Dict d -> dict(d, dst);
            case JoinedStr j -> joinedStr(j, dst);
            case FormattedValue f -> formatted(f, dst);
            case Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body(), dst);
            case ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null, dst);
            case SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null, dst);
            case DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), dst);
            case GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null, dst);
            case NamedExpr ne -> {
                exprInto(ne.value(), dst);
                storeName(((Name) ne.target()).id(), dst);
            }
            case Yield y -> {
                int m = b().mark();
                int v;
                if (y.value() == null) {
                    v = b().temp();
                    b().emit(Opcode.LOAD_CONST, v, b().constant(ConstantSingleton.NONE));
                } else {
                    v = expr(y.value());
                }
                at(y);
                b().emit(Opcode.YIELD, dst, v);
                b().release(m);
            }
            case YieldFrom y -> {
                int m = b().mark();
                int v = expr(y.value());
                int it = b().temp();
                b().emit(Opcode.GET_YIELD_FROM_ITER, it, v);
                at(y);
                b().emit(Opcode.YIELD_FROM, dst, it);
                b().release(m);
            }
            case Await a -> {
                if (!u.scope.isCoroutine) throw error("'await' outside async function", a.pos());
                int m = b().mark();
                int v = expr(a.value());
                int it = b().temp();
                b().emit(Opcode.GET_AWAITABLE, it, v);
                b().emit(Opcode.YIELD_FROM, dst, it);
                b().release(m);
            }
            case Starred s -> throw error("can't use starred expression here", s.pos());
        }
        b().setPosition(saved);
    }

    // ------------------------------------------------------------------ names

    void loadName(String name, int dst) {
        name = u.scope.mangle(name);
        switch (u.scope.accessOf(name)) {
            case FAST -> b().emit(Opcode.MOVE, dst, u.fast(name));
            case CELL, FREE -> {
                if (u.scope.kind == Scope.Kind.CLASS) b().emit(Opcode.LOAD_CLASSDEREF, dst, u.cell(name), b().name(name));
                else b().emit(Opcode.LOAD_DEREF, dst, u.cell(name));
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b().emit(Opcode.LOAD_GLOBAL, dst, b().name(name));
            case NAME -> b().emit(Opcode.LOAD_NAME, dst, b().name(name));
        }
    }

    void storeName(String name, int src) {
        name = u.scope.mangle(name);
        switch (u.scope.accessOf(name)) {
            case FAST -> {
                int r = u.fast(name);
                if (r != src) b().emit(Opcode.MOVE, r, src);
            }
            case CELL, FREE -> b().emit(Opcode.STORE_DEREF, u.cell(name), src);
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b().emit(Opcode.STORE_GLOBAL, b().name(name), src);
            case NAME -> b().emit(Opcode.STORE_NAME, b().name(name), src);
        }
    }

    void deleteName(String name) {
        name = u.scope.mangle(name);
        switch (u.scope.accessOf(name)) {
            case FAST -> b().emit(Opcode.DELETE_FAST, u.fast(name));
            case CELL, FREE -> b().emit(Opcode.DELETE_DEREF, u.cell(name));
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> b().emit(Opcode.DELETE_GLOBAL, b().name(name));
            case NAME -> b().emit(Opcode.DELETE_NAME, b().name(name));
        }
    }

    // ------------------------------------------------------------------ control-flow expressions

    /** Jumps to {@code target} when the truth of {@code test} equals {@code when}. */
    void jumpIf(Expr test, boolean when, CodeBuilder.Label target) {
        if (test instanceof UnaryOp uo && uo.op() == UnaryOperator.Not) {
            jumpIf(uo.operand(), !when, target);
            return;
        }
        if (test instanceof BoolOp bo) {
            boolean isAnd = bo.op() == BoolOperator.And;
            if (isAnd != when) {
                // (a and b) false → any false; (a or b) true → any true
                for (Expr v : bo.values()) jumpIf(v, when, target);
            } else {
                CodeBuilder.Label skip = new CodeBuilder.Label();
                List<Expr> vs = bo.values();
                for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), !when, skip);
                jumpIf(vs.get(vs.size() - 1), when, target);
                b().bind(skip);
            }
            return;
        }
        int m = b().mark();
        int r = expr(test);
        b().emitJump(when ? Opcode.JUMP_IF_TRUE : Opcode.JUMP_IF_FALSE, target, r);
        b().release(m);
    }

    private void boolOp(BoolOp bo, int dst) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        Opcode jump = bo.op() == BoolOperator.And ? Opcode.JUMP_IF_FALSE : Opcode.JUMP_IF_TRUE;
        List<Expr> vs = bo.values();
        int work = b().temp(); // never the target itself: a later operand may read the target's old value
        for (int i = 0; i < vs.size(); i++) {
            exprInto(vs.get(i), work);
            if (i < vs.size() - 1) b().emitJump(jump, end, work);
        }
        b().bind(end);
        b().emit(Opcode.MOVE, dst, work);
    }

    private void compare(Compare c, int dst) {
        int m = b().mark();
        List<ComparisonOperator> ops = c.ops();
        int work = b().temp();
        int left = expr(c.left());
        if (ops.size() == 1) {
            int right = expr(c.comparators().get(0));
            at(c);
            b().emit(Opcode.COMPARE, dst, ops.get(0).ordinal(), left, right);
            b().release(m);
            return;
        }
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < ops.size(); i++) {
            int right = b().temp();
            exprInto(c.comparators().get(i), right);
            at(c);
            b().emit(Opcode.COMPARE, work, ops.get(i).ordinal(), left, right);
            if (i < ops.size() - 1) b().emitJump(Opcode.JUMP_IF_FALSE, end, work);
            left = right;
        }
        b().bind(end);
        b().emit(Opcode.MOVE, dst, work);
        b().release(m);
    }

    // ------------------------------------------------------------------ calls

    private void call(Call c, int dst) {
        boolean simple = c.keywords().stream().allMatch(k -> k.arg() != null)
                && c.args().stream().noneMatch(a -> a instanceof Starred);
        int m = b().mark();
        if (!simple) {
            int f = expr(c.func());
            int args = b().temp();
            if (c.args().size() == 1 && c.args().get(0) instanceof Starred only) {
                // f(*x): CALL_EX takes x itself (a tuple as it is, anything else iterated into one), as CPython does
                exprInto(only.value(), args);
            } else {
                starredSequence(c.args(), args, true, f);
            }
            int kw = -1;
            if (!c.keywords().isEmpty()) {
                kw = b().temp();
                b().emit(Opcode.BUILD_MAP, kw, 0, 0);
                for (Keyword k : c.keywords()) {
                    int mm = b().mark();
                    int v = expr(k.value());
                    if (k.arg() == null) {
                        b().emit(Opcode.DICT_MERGE, kw, v, f);
                    } else {
                        int key = b().temp();
                        b().emit(Opcode.LOAD_CONST, key, b().constant(k.arg()));
                        b().emit(Opcode.MAP_ADD, kw, key, v);
                    }
                    b().release(mm);
                }
            }
            at(c);
            b().emit(Opcode.CALL_EX, dst, f, args, kw);
            b().release(m);
            return;
        }
        int n = c.args().size() + c.keywords().size();
        int kwnames = -1;
        if (!c.keywords().isEmpty()) {
            String[] names = new String[c.keywords().size()];
            for (int i = 0; i < names.length; i++) names[i] = c.keywords().get(i).arg();
            kwnames = b().constant(new KeywordNames(names));
        }
        if (c.func() instanceof Attribute a && a.ctx() == ExprContext.Load) {
            int recv = expr(a.value());
            int first = b().temps(n);
            argsInto(c, first);
            at(c);
            int pc = b().offset();
            b().emit(Opcode.CALL_METHOD, dst, recv, b().name(u.scope.mangle(a.attr())), first, n, kwnames);
            b().markSecondaryPosition(pc + 1, a.pos());
        } else {
            int f = expr(c.func());
            int first = b().temps(n);
            argsInto(c, first);
            at(c);
            b().emit(Opcode.CALL, dst, f, first, n, kwnames);
        }
        b().release(m);
    }

    private void argsInto(Call c, int first) {
        int i = 0;
        for (Expr a : c.args()) exprInto(a, first + i++);
        for (Keyword k : c.keywords()) exprInto(k.value(), first + i++);
    }

    // ------------------------------------------------------------------ displays

    private void sequence(List<Expr> elts, Opcode build, int dst, boolean tuple) {
        boolean starred = elts.stream().anyMatch(e -> e instanceof Starred);
        int m = b().mark();
        if (build == Opcode.BUILD_SET && elts.size() >= 3 && elts.stream().allMatch(e -> e instanceof Constant)) {
            Object[] values = elts.stream().map(e -> ((Constant) e).value()).toArray();
            int k = b().temp();
            b().emit(Opcode.LOAD_CONST, k, b().constant(new FrozenSetConstant(values)));
            b().emit(Opcode.BUILD_SET, dst, 0, 0);
            b().emit(Opcode.SET_UPDATE, dst, k);
        } else if (!starred) {
            int first = b().temps(elts.size());
            for (int i = 0; i < elts.size(); i++) exprInto(elts.get(i), first + i);
            b().emit(build, dst, first, elts.size());
        } else if (build == Opcode.BUILD_SET) {
            b().emit(Opcode.BUILD_SET, dst, 0, 0);
            for (Expr e : elts) {
                int mm = b().mark();
                if (e instanceof Starred s) b().emit(Opcode.SET_UPDATE, dst, expr(s.value()));
                else b().emit(Opcode.SET_ADD, dst, expr(e));
                b().release(mm);
            }
        } else {
            int list = tuple ? b().temp() : dst;
            starredSequence(elts, list, false, -1);
            if (tuple) b().emit(Opcode.LIST_TO_TUPLE, dst, list);
        }
        b().release(m);
    }

    /** Builds a list (or, with {@code asTuple}, a tuple) from elements some of which are starred. */
    void starredSequence(List<Expr> elts, int dst, boolean asTuple, int function) {
        int list = asTuple ? b().temp() : dst;
        b().emit(Opcode.BUILD_LIST, list, 0, 0);
        for (Expr e : elts) {
            int mm = b().mark();
            if (e instanceof Starred s) b().emit(Opcode.LIST_EXTEND, list, expr(s.value()), function);
            else b().emit(Opcode.LIST_APPEND, list, expr(e));
            b().release(mm);
        }
        if (asTuple) b().emit(Opcode.LIST_TO_TUPLE, dst, list);
    }

    private void dict(Dict d, int dst) {
        int m = b().mark();
        boolean unpack = d.keys().stream().anyMatch(k -> k == null);
        if (!unpack) {
            int n = d.keys().size();
            int first = b().temps(2 * n);
            for (int i = 0; i < n; i++) {
                exprInto(d.keys().get(i), first + 2 * i);
                exprInto(d.values().get(i), first + 2 * i + 1);
            }
            b().emit(Opcode.BUILD_MAP, dst, first, n);
        } else {
            int acc = b().temp();
            b().emit(Opcode.BUILD_MAP, acc, 0, 0);
            for (int i = 0; i < d.keys().size(); i++) {
                int mm = b().mark();
                if (d.keys().get(i) == null) {
                    b().emit(Opcode.DICT_UPDATE, acc, expr(d.values().get(i)));
                } else {
                    int k = expr(d.keys().get(i));
                    int v = expr(d.values().get(i));
                    b().emit(Opcode.MAP_ADD, acc, k, v);
                }
                b().release(mm);
            }
            b().emit(Opcode.MOVE, dst, acc);
        }
        b().release(m);
    }

    private void joinedStr(JoinedStr j, int dst) {
        int m = b().mark();
        List<Expr> parts = j.values();
        int first = b().temps(parts.size());
        for (int i = 0; i < parts.size(); i++) exprInto(parts.get(i), first + i);
        b().emit(Opcode.BUILD_STRING, dst, first, parts.size());
        b().release(m);
    }

    private void formatted(FormattedValue f, int dst) {
        int m = b().mark();
        int v = expr(f.value());
        int spec = f.formatSpec() == null ? -1 : expr(f.formatSpec());
        b().emit(Opcode.FORMAT, dst, v, f.conversion(), spec);
        b().release(m);
    }

    // ------------------------------------------------------------------ functions and comprehensions

    /** Emits MAKE_FUNCTION for a def or lambda into {@code dst}, defaults and annotations included. */
    void makeFunction(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, int dst) {
        int m = b().mark();
        int defaults = -1, kwdefaults = -1;
        if (!args.defaults().isEmpty()) {
            defaults = b().temp();
            sequence(args.defaults(), Opcode.BUILD_TUPLE, defaults, true);
        }
        List<Integer> kwPairs = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr dflt = args.kwDefaults().get(i);
            if (dflt == null) continue;
            int k = b().temp();
            b().emit(Opcode.LOAD_CONST, k, b().constant(u.scope.mangle(args.kwonlyargs().get(i).arg())));
            int v = b().temp();
            exprInto(dflt, v);
            kwPairs.add(k);
        }
        if (!kwPairs.isEmpty()) {
            kwdefaults = b().temp();
            b().emit(Opcode.BUILD_MAP, kwdefaults, kwPairs.get(0), kwPairs.size());
        }
        int annotations = annotations(args, node instanceof FunctionDef f ? f.returns()
                : node instanceof AsyncFunctionDef af ? af.returns() : null);
        CodeObject code = compileFunctionBody(node, name, args, body, lambdaBody);
        int closure = closureTuple(code);
        at(node);
        b().emit(Opcode.MAKE_FUNCTION, dst, b().constant(code), defaults, kwdefaults, closure, annotations);
        b().release(m);
    }

    /** The annotations dict register, or -1 when there are none. */
    private int annotations(Arguments args, Expr returns) {
        List<Integer> pairs = new ArrayList<>();
        List<Arg> all = SymbolTable.allArgs(args);
        int first = -1;
        for (Arg a : all) {
            if (a.annotation() == null) continue;
            int k = b().temp();
            if (first < 0) first = k;
            b().emit(Opcode.LOAD_CONST, k, b().constant(u.scope.mangle(a.arg())));
            if (a.annotation() instanceof Starred star && a == args.vararg() && !stringAnnotations()) {
                // *args: *Ts (PEP 646): the annotation is the one item the starred value unpacks to
                int dst = b().temp();
                int m = b().mark();
                b().emit(Opcode.UNPACK, dst, 1, expr(star.value()));
                b().release(m);
            } else {
                annotationInto(a.annotation(), b().temp());
            }
            pairs.add(k);
        }
        if (returns != null) {
            int k = b().temp();
            if (first < 0) first = k;
            b().emit(Opcode.LOAD_CONST, k, b().constant("return"));
            annotationInto(returns, b().temp());
            pairs.add(k);
        }
        if (pairs.isEmpty()) return -1;
        int d = b().temp();
        b().emit(Opcode.BUILD_MAP, d, first, pairs.size());
        return d;
    }

    /** Evaluates an annotation, or stores its source text under {@code from __future__ import annotations}. */
    protected void annotationInto(Expr e, int dst) {
        if (stringAnnotations()) b().emit(Opcode.LOAD_CONST, dst, b().constant(sourceSegment(e.pos())));
        else exprInto(e, dst);
    }

    protected abstract boolean stringAnnotations();

    protected String sourceSegment(Pos p) {
        if (p.line() == p.endLine()) {
            String line = source.line(p.line());
            int s = line.offsetByCodePoints(0, p.col());
            int e = line.offsetByCodePoints(0, p.endCol());
            return line.substring(s, e);
        }
        StringBuilder sb = new StringBuilder();
        for (int l = p.line(); l <= p.endLine(); l++) {
            String line = source.line(l);
            if (l == p.line()) sb.append(line.substring(line.offsetByCodePoints(0, p.col())));
            else if (l == p.endLine()) sb.append(' ').append(line.substring(0, line.offsetByCodePoints(0, p.endCol())).strip());
            else sb.append(' ').append(line.strip());
        }
        return sb.toString();
    }

    /** A tuple of the cells the nested code needs, or -1 when it has no free variables. */
    int closureTuple(CodeObject code) {
        if (code.freevars.length == 0) return -1;
        int first = b().temps(code.freevars.length);
        for (int i = 0; i < code.freevars.length; i++) {
            Integer cell = u.cell(code.freevars[i]);
            if (cell == null) throw new IllegalStateException("no cell for free variable " + code.freevars[i]);
            b().emit(Opcode.MOVE, first + i, cell);
        }
        int t = b().temp();
        b().emit(Opcode.BUILD_TUPLE, t, first, code.freevars.length);
        return t;
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, int dst) {
        int m = b().mark();
        boolean async = symbols.scopeOf(node).isCoroutine && !(node instanceof GeneratorExp);
        if (async && !u.scope.isCoroutine) {
            throw error("asynchronous comprehension outside of an asynchronous function", node.pos());
        }
        int src = expr(gens.get(0).iter());
        int it = b().temp();
        at(node);
        b().emit(gens.get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER, it, src);
        CodeObject code = compileComprehension(node, name, gens, elt, value);
        int closure = closureTuple(code);
        int fn = b().temp();
        b().emit(Opcode.MAKE_FUNCTION, fn, b().constant(code), -1, -1, closure, -1);
        at(node);
        b().emit(Opcode.CALL, dst, fn, it, 1, -1);
        if (async) {
            int aw = b().temp();
            b().emit(Opcode.GET_AWAITABLE, aw, dst);
            b().emit(Opcode.YIELD_FROM, dst, aw);
        }
        b().release(m);
    }
}
