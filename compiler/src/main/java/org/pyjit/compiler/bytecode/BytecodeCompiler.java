package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.*;
import org.pyjit.compiler.ast.Module;

/**
 * Compiles a module's AST to register bytecode: one {@link CodeObject} per module, class body,
 * function, lambda and comprehension. Statements live here; expressions in
 * {@link ExpressionCompiler}.
 */
public final class BytecodeCompiler extends ExpressionCompiler {
    /** Bumped whenever the bytecode format or the compiler's output changes (part of cache keys). */
    public static final int FORMAT_VERSION = 7;

    private boolean futureAnnotations;
    /** {@code single} mode: expression statements of the module's own code go to {@code sys.displayhook}. */
    private boolean interactive;

    private BytecodeCompiler(String filename, SourceText source, SymbolTable symbols) {
        super(filename, source, symbols);
    }

    /** Compiles a parsed module (or an {@code eval}/{@code exec} input) to its code object. */
    public static CodeObject compile(Mod mod, String filename, String sourceText) {
        SourceText src = new SourceText(sourceText);
        SymbolTable st = SymbolTable.build(mod, filename, src);
        BytecodeCompiler c = new BytecodeCompiler(filename, src, st);
        return c.compileModule(mod);
    }

    @Override
    protected boolean stringAnnotations() {
        return futureAnnotations;
    }

    private CodeObject compileModule(Mod mod) {
        u = new CompilerUnit(symbols.top, "<module>", "<module>", 1);
        switch (mod) {
            case Module m -> {
                futureAnnotations = m.body().stream().anyMatch(s -> s instanceof ImportFrom f && "__future__".equals(f.module())
                        && f.names().stream().anyMatch(a -> a.name().equals("annotations")));
                if (hasAnnotations(m.body())) b().emit(Opcode.SETUP_ANNOTATIONS);
                List<Stmt> body = m.body();
                int start = 0;
                if (!body.isEmpty() && docstring(body) != null) {
                    at(body.get(0));
                    int t = b().temp();
                    b().emit(Opcode.LOAD_CONST, t, b().constant(docstring(body)));
                    b().emit(Opcode.STORE_NAME, b().name("__doc__"), t);
                    b().release(t);
                    start = 1;
                }
                stmts(body.subList(start, body.size()));
                returnNone();
            }
            case Interactive i -> {
                interactive = true;
                stmts(i.body());
                returnNone();
            }
            case Expression e -> {
                int r = expr(e.body());
                b().emit(Opcode.RETURN, r);
            }
        }
        return finish(0, null);
    }

    /** An expression statement of {@code single} mode: its value goes to {@code sys.displayhook}. */
    private void displayStmt(ExprStmt e) {
        at(e);
        int m = b().mark();
        int arg = b().temp();
        exprInto(e.value(), arg);
        int hook = b().temp();
        at(e);
        b().emit(Opcode.IMPORT_NAME, hook, b().name("sys"), b().constant(ConstantSingleton.NONE), 0);
        b().emit(Opcode.LOAD_ATTR, hook, hook, b().name("displayhook"));
        b().emit(Opcode.CALL, hook, hook, arg, 1, -1);
        b().release(m);
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof AnnAssign) return true;
            if (s instanceof If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) return true;
            if (s instanceof Try t && (hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()))) {
                return true;
            }
            if ((s instanceof For f && (hasAnnotations(f.body()) || hasAnnotations(f.orelse())))
                    || (s instanceof While w && (hasAnnotations(w.body()) || hasAnnotations(w.orelse())))
                    || (s instanceof With w2 && hasAnnotations(w2.body()))) {
                return true;
            }
        }
        return false;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private void returnNone() {
        int t = b().temp();
        b().emit(Opcode.LOAD_CONST, t, b().constant(ConstantSingleton.NONE));
        b().emit(Opcode.RETURN, t);
        b().release(t);
    }

    private CodeObject finish(int flags, String doc) {
        CodeBuilder cb = b();
        Scope s = u.scope;
        if (s.isFunction()) {
            flags |= CodeObject.OPTIMIZED | CodeObject.NEWLOCALS;
            if (s.hasVarargs) flags |= CodeObject.VARARGS;
            if (s.hasVarkeywords) flags |= CodeObject.VARKEYWORDS;
            if (s.isGenerator && s.isCoroutine) flags |= CodeObject.ASYNC_GENERATOR;
            else if (s.isGenerator) flags |= CodeObject.GENERATOR;
            else if (s.isCoroutine) flags |= CodeObject.COROUTINE;
        }
        if (s.parent != null && s.parent.kind != Scope.Kind.MODULE) flags |= CodeObject.NESTED;
        return new CodeObject(u.name, u.qualname, filename, u.firstLine, u.argcount, u.posonlyargcount, u.kwonlyargcount, flags,
                u.varnames.toArray(new String[0]), u.cellvars.toArray(new String[0]), u.freevars.toArray(new String[0]),
                cb.names(), cb.consts(), cb.registerCount(), cb.code(), cb.positionPcs(), cb.positionData(),
                cb.exceptionTable(), u.cellParameters(), doc);
    }

    private String qualnameFor(String name, Scope scope) {
        CompilerUnit parent = u;
        if (parent == null || parent.scope.kind == Scope.Kind.MODULE) return name;
        String global = parent.scope.accessOf(name) == Scope.Access.GLOBAL_EXPLICIT ? name : null;
        if (global != null) return name;
        if (parent.scope.isFunction()) return parent.qualname + ".<locals>." + name;
        return parent.qualname + "." + name;
    }

    // ------------------------------------------------------------------ nested code objects

    @Override
    CodeObject compileFunctionBody(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody) {
        Scope scope = symbols.scopeOf(node);
        CompilerUnit saved = u;
        String qual = qualnameFor(name, scope);
        u = new CompilerUnit(scope, name, qual, node.pos().line());
        u.argcount = args.posonlyargs().size() + args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        String doc = null;
        try {
            if (lambdaBody != null) {
                int r = expr(lambdaBody);
                b().emit(Opcode.RETURN, r);
            } else {
                doc = docstring(body);
                stmts(doc == null ? body : body.subList(1, body.size()));
                if (!endsWithReturn(body)) returnNone();
            }
            return finish(0, doc);
        } finally {
            u = saved;
        }
    }

    private static boolean endsWithReturn(List<Stmt> body) {
        return !body.isEmpty() && (body.get(body.size() - 1) instanceof Return || body.get(body.size() - 1) instanceof Raise);
    }

    @Override
    CodeObject compileComprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        Scope scope = symbols.scopeOf(node);
        CompilerUnit saved = u;
        u = new CompilerUnit(scope, name, qualnameFor(name, scope), node.pos().line());
        u.argcount = 1;
        try {
            at(node);
            int acc = -1;
            if (node instanceof ListComp) {
                acc = b().temp();
                b().emit(Opcode.BUILD_LIST, acc, 0, 0);
            } else if (node instanceof SetComp) {
                acc = b().temp();
                b().emit(Opcode.BUILD_SET, acc, 0, 0);
            } else if (node instanceof DictComp) {
                acc = b().temp();
                b().emit(Opcode.BUILD_MAP, acc, 0, 0);
            }
            comprehensionLoop(node, gens, 0, elt, value, acc);
            if (acc >= 0) b().emit(Opcode.RETURN, acc);
            else returnNone();
            return finish(0, null);
        } finally {
            u = saved;
        }
    }

    private void comprehensionLoop(Expr node, List<Comprehension> gens, int depth, Expr elt, Expr value, int acc) {
        Comprehension g = gens.get(depth);
        int m = b().mark();
        int it;
        if (depth == 0) {
            it = u.fast(".0");
        } else {
            int src = expr(g.iter());
            it = b().temp();
            b().emit(g.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER, it, src);
        }
        if (g.isAsync()) {
            CodeBuilder.Label done = new CodeBuilder.Label();
            TryCompiler.asyncLoop(this, it, g.target(), done, () -> comprehensionBody(node, gens, depth, elt, value, acc, g));
            b().bind(done);
            b().release(m);
            return;
        }
        CodeBuilder.Label top = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        b().bind(top);
        int item = b().temp();
        at(node);
        b().emitJump(Opcode.FOR_ITER, end, item, it);
        assign(g.target(), item);
        for (Expr cond : g.ifs()) jumpIf(cond, false, top);
        comprehensionElement(node, gens, depth, elt, value, acc);
        b().emitJump(Opcode.JUMP, top);
        b().bind(end);
        b().release(m);
    }

    /** The part of a comprehension loop after the target is assigned: conditions, then the next loop or the element. */
    private void comprehensionBody(Expr node, List<Comprehension> gens, int depth, Expr elt, Expr value, int acc, Comprehension g) {
        CodeBuilder.Label skip = new CodeBuilder.Label();
        for (Expr cond : g.ifs()) jumpIf(cond, false, skip);
        comprehensionElement(node, gens, depth, elt, value, acc);
        b().bind(skip);
    }

    private void comprehensionElement(Expr node, List<Comprehension> gens, int depth, Expr elt, Expr value, int acc) {
        if (depth + 1 < gens.size()) {
            comprehensionLoop(node, gens, depth + 1, elt, value, acc);
        } else {
            int mm = b().mark();
            switch (node) {
                case ListComp l -> b().emit(Opcode.LIST_APPEND, acc, expr(elt));
                case SetComp s -> b().emit(Opcode.SET_ADD, acc, expr(elt));
                case DictComp d -> {
                    int k = expr(elt);
                    int v = expr(value);
                    b().emit(Opcode.MAP_ADD, acc, k, v);
                }
                default -> {
                    int v = expr(elt);
                    int ignored = b().temp();
                    b().emit(Opcode.YIELD, ignored, v);
                }
            }
            b().release(mm);
        }
    }

    // ------------------------------------------------------------------ statements

    void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        at(s);
        int m = b().mark();
        switch (s) {
            case ExprStmt e -> {
                if (interactive && u.scope == symbols.top) displayStmt(e);
                else if (!(e.value() instanceof Constant)) expr(e.value());
            }
            case Assign a -> assignStmt(a);
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> annAssign(a);
            case Return r -> returnStmt(r);
            case If i -> ifStmt(i);
            case While w -> whileStmt(w);
            case For f -> forStmt(f, f.target(), f.iter(), f.body(), f.orelse());
            case Break br -> breakOrContinue(true, br.pos());
            case Continue c -> breakOrContinue(false, c.pos());
            case Pass p -> { }
            case FunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList());
            case AsyncFunctionDef f -> functionDef(f, f.name(), f.args(), f.body(), f.decoratorList());
            case ClassDef c -> ClassCompiler.compile(this, c);
            case Delete d -> {
                for (Expr t : d.targets()) delete(t);
            }
            case Raise r -> {
                int exc = r.exc() == null ? -1 : expr(r.exc());
                int cause = r.cause() == null ? -1 : expr(r.cause());
                at(r);
                b().emit(Opcode.RAISE, exc, cause);
            }
            case Assert a -> assertStmt(a);
            case Global g -> { }
            case Nonlocal n -> { }
            case Import i -> importStmt(i);
            case ImportFrom i -> importFrom(i);
            case Try t -> {
                at(t);
                b().emit(Opcode.NOP); // the 'try:' line's own instruction: a trace function sees the line, as in CPython
                TryCompiler.compileTry(this, t.body(), t.handlers(), t.orelse(), t.finalbody());
            }
            case TryStar t -> {
                at(t);
                b().emit(Opcode.NOP);
                TryCompiler.compileTryStar(this, t.body(), t.handlers(), t.orelse(), t.finalbody());
            }
            case With w -> TryCompiler.compileWith(this, w.items(), 0, w.body());
            case AsyncWith w -> {
                requireAsync(w.pos(), "'async with' outside async function");
                TryCompiler.compileAsyncWith(this, w.items(), 0, w.body());
            }
            case AsyncFor f -> {
                requireAsync(f.pos(), "'async for' outside async function");
                asyncForStmt(f);
            }
            case Match mt -> MatchCompiler.compile(this, mt);
        }
        b().release(m);
    }

    private void assignStmt(Assign a) {
        List<Expr> targets = a.targets();
        if (targets.size() == 1 && targets.get(0) instanceof Name n && u.scope.accessOf(n.id()) == Scope.Access.FAST
                && writesTargetLast(a.value())) {
            exprInto(a.value(), u.fast(n.id()));
            return;
        }
        if (targets.size() == 1 && targets.get(0) instanceof Tuple t && a.value() instanceof Tuple v
                && t.elts().size() == v.elts().size() && t.elts().stream().noneMatch(x -> x instanceof Starred)
                && v.elts().stream().noneMatch(x -> x instanceof Starred)) {
            // a, b = b, a: evaluate all values first, then assign left to right
            int first = b().temps(v.elts().size());
            for (int i = 0; i < v.elts().size(); i++) exprInto(v.elts().get(i), first + i);
            for (int i = 0; i < t.elts().size(); i++) assign(t.elts().get(i), first + i);
            return;
        }
        int v = expr(a.value());
        for (Expr t : targets) assign(t, v);
    }

    /** Expressions whose only write to the destination is their last instruction (safe to target a local directly). */
    private static boolean writesTargetLast(Expr e) {
        return e instanceof BinOp || e instanceof Call || e instanceof Constant || e instanceof Attribute
                || e instanceof Subscript || e instanceof UnaryOp || e instanceof org.pyjit.compiler.ast.List
                || e instanceof Tuple || e instanceof Dict || e instanceof JoinedStr || e instanceof ListComp
                || e instanceof DictComp || e instanceof SetComp || e instanceof GeneratorExp || e instanceof Lambda
                || (e instanceof Compare c && c.ops().size() == 1) || (e instanceof Name n && n.ctx() == ExprContext.Load);
    }

    /** Stores the value in register {@code v} into an assignment target. */
    void assign(Expr target, int v) {
        Pos saved = b().position();
        at(target);
        int m = b().mark();
        switch (target) {
            case Name n -> storeName(n.id(), v);
            case Attribute a -> {
                int o = expr(a.value());
                at(a);
                b().emit(Opcode.STORE_ATTR, o, b().name(u.scope.mangle(a.attr())), v);
            }
            case Subscript s -> {
                int o = expr(s.value());
                int k = expr(s.slice());
                at(s);
                b().emit(Opcode.STORE_SUBSCR, o, k, v);
            }
            case Tuple t -> unpack(t.elts(), v, t.pos());
            case org.pyjit.compiler.ast.List l -> unpack(l.elts(), v, l.pos());
            case Starred st -> throw error("starred assignment target must be in a list or tuple", st.pos());
            default -> throw error("cannot assign to " + describe(target), target.pos());
        }
        b().release(m);
        b().setPosition(saved);
    }

    static String describe(Expr e) {
        return switch (e) {
            case Call c -> "function call";
            case Constant c -> "literal";
            case BinOp b -> "expression";
            case Compare c -> "comparison";
            default -> "expression";
        };
    }

    private void unpack(List<Expr> elts, int v, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) throw error("multiple starred expressions in assignment", pos);
                star = i;
            }
        }
        int first = b().temps(elts.size());
        if (star < 0) b().emit(Opcode.UNPACK, first, elts.size(), v);
        else b().emit(Opcode.UNPACK_EX, first, star, elts.size() - star - 1, v);
        for (int i = 0; i < elts.size(); i++) {
            Expr t = elts.get(i);
            assign(t instanceof Starred s ? s.value() : t, first + i);
        }
    }

    private void delete(Expr t) {
        at(t);
        int m = b().mark();
        switch (t) {
            case Name n -> deleteName(n.id());
            case Attribute a -> b().emit(Opcode.DELETE_ATTR, expr(a.value()), b().name(u.scope.mangle(a.attr())));
            case Subscript s -> {
                int o = expr(s.value());
                int k = expr(s.slice());
                at(s);
                b().emit(Opcode.DELETE_SUBSCR, o, k);
            }
            case Tuple tu -> tu.elts().forEach(this::delete);
            case org.pyjit.compiler.ast.List l -> l.elts().forEach(this::delete);
            default -> throw error("cannot delete " + describe(t), t.pos());
        }
        b().release(m);
    }

    private void augAssign(AugAssign a) {
        int op = a.op().ordinal();
        switch (a.target()) {
            case Name n -> {
                if (u.scope.accessOf(n.id()) == Scope.Access.FAST) {
                    int r = u.fast(n.id());
                    int cur = r;
                    if (!u.scope.params.contains(u.scope.mangle(n.id()))) {
                        // read first at the name's position: an unbound local is reported there, as CPython does
                        cur = b().temp();
                        at(n);
                        b().emit(Opcode.MOVE, cur, r);
                    }
                    int v = expr(a.value());
                    at(a);
                    if (a.op() == Operator.Add && u.accumulating.contains(n.id())) b().emit(Opcode.STR_APPEND, r, cur, v);
                    else b().emit(Opcode.INPLACE, r, op, cur, v);
                } else {
                    int cur = b().temp();
                    loadName(n.id(), cur);
                    int v = expr(a.value());
                    at(a);
                    b().emit(Opcode.INPLACE, cur, op, cur, v);
                    storeName(n.id(), cur);
                }
            }
            case Attribute at -> {
                int o = expr(at.value());
                int cur = b().temp();
                at(at);
                b().emit(Opcode.LOAD_ATTR, cur, o, b().name(u.scope.mangle(at.attr())));
                int v = expr(a.value());
                at(a);
                b().emit(Opcode.INPLACE, cur, op, cur, v);
                at(at);
                b().emit(Opcode.STORE_ATTR, o, b().name(u.scope.mangle(at.attr())), cur);
            }
            case Subscript s -> {
                int o = expr(s.value());
                int k = expr(s.slice());
                int cur = b().temp();
                at(s);
                b().emit(Opcode.SUBSCR, cur, o, k);
                int v = expr(a.value());
                at(a);
                b().emit(Opcode.INPLACE, cur, op, cur, v);
                at(s);
                b().emit(Opcode.STORE_SUBSCR, o, k, cur);
            }
            default -> throw error("'" + describe(a.target()) + "' is an illegal expression for augmented assignment", a.pos());
        }
    }

    private void annAssign(AnnAssign a) {
        if (a.value() != null) {
            int v = expr(a.value());
            assign(a.target(), v);
        }
        if (a.simple() && a.target() instanceof Name n && u.scope.kind != Scope.Kind.FUNCTION) {
            int ann = b().temp();
            annotationInto(a.annotation(), ann);
            int d = b().temp();
            b().emit(Opcode.LOAD_NAME, d, b().name("__annotations__"));
            int k = b().temp();
            b().emit(Opcode.LOAD_CONST, k, b().constant(n.id()));
            b().emit(Opcode.STORE_SUBSCR, d, k, ann);
        }
    }

    private static final String EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

    private void returnStmt(Return r) {
        int v;
        if (r.value() == null) {
            v = b().temp();
            b().emit(Opcode.LOAD_CONST, v, b().constant(ConstantSingleton.NONE));
        } else {
            v = expr(r.value());
            if (!b().isTemp(v)) { // a local: the finally blocks run before the return could rebind it
                int t = b().temp();
                b().emit(Opcode.MOVE, t, v);
                v = t;
            }
        }
        for (FrameBlock fb : u.blocks) {
            // CPython reports it where it stands after compiling the value: at the value, if any
            if (fb.kind == FrameBlock.Kind.EXCEPT_STAR_HANDLER) throw error(EXCEPT_STAR_EXIT, r.value() != null ? r.value().pos() : r.pos());
        }
        List<FrameBlock> paused = unwind(null, true);
        at(r);
        b().emit(Opcode.RETURN, v);
        resume(paused);
    }

    private void breakOrContinue(boolean isBreak, Pos pos) {
        FrameBlock loop = null;
        for (FrameBlock fb : u.blocks) {
            if (fb.isLoop()) {
                loop = fb;
                break;
            }
            if (fb.kind == FrameBlock.Kind.EXCEPT_STAR_HANDLER) throw error(EXCEPT_STAR_EXIT, pos);
        }
        if (loop == null) throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", pos);
        List<FrameBlock> paused = unwind(loop, false);
        b().emitJump(Opcode.JUMP, isBreak ? loop.breakTarget : loop.continueTarget);
        resume(paused);
    }

    /**
     * Emits what leaving every block inside {@code stopAt} (all blocks when null) requires, pausing
     * their protected regions; returns the paused blocks, to resume after the jump or return.
     */
    private List<FrameBlock> unwind(FrameBlock stopAt, boolean isReturn) {
        List<FrameBlock> paused = new ArrayList<>();
        List<FrameBlock> stack = new ArrayList<>(u.blocks); // innermost first
        for (FrameBlock fb : stack) {
            if (fb == stopAt) break;
            if (fb.hasOpenRegion()) {
                fb.pauseRegion(b());
                paused.add(fb);
            }
            switch (fb.kind) {
                case TRY_FINALLY -> {
                    // the finally body runs outside this block (a return inside it must not rerun it)
                    FrameBlock popped = u.blocks.pop();
                    List<FrameBlock> saved = new ArrayList<>();
                    while (popped != fb) {
                        saved.add(popped);
                        popped = u.blocks.pop();
                    }
                    stmts(fb.finalBody);
                    u.blocks.push(fb);
                    for (int i = saved.size() - 1; i >= 0; i--) u.blocks.push(saved.get(i));
                }
                case FINALLY_END, HANDLER_CLEANUP -> b().emit(Opcode.POP_EXC_INFO, fb.saveReg);
                case EXCEPT_HANDLER -> {
                    b().emit(Opcode.POP_EXC_INFO, fb.saveReg);
                    if (fb.handlerName != null) clearName(fb.handlerName);
                }
                case WITH -> {
                    int t = b().temp();
                    if (fb.async) {
                        b().emit(Opcode.ASYNC_WITH_EXIT, t, fb.exitReg, -1);
                        await(t, t);
                    } else {
                        b().emit(Opcode.WITH_EXIT, t, fb.exitReg, -1);
                    }
                    b().release(t);
                }
                default -> { }
            }
        }
        return paused;
    }

    private void resume(List<FrameBlock> paused) {
        for (int i = paused.size() - 1; i >= 0; i--) paused.get(i).resumeRegion(b());
    }

    /** {@code name = None; del name} — how an except clause forgets its exception. */
    void clearName(String name) {
        int t = b().temp();
        b().emit(Opcode.LOAD_CONST, t, b().constant(ConstantSingleton.NONE));
        storeName(name, t);
        deleteName(name);
        b().release(t);
    }

    private void ifStmt(If i) {
        CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        jumpIf(i.test(), false, orelse);
        stmts(i.body());
        if (!i.orelse().isEmpty()) b().emitJump(Opcode.JUMP, end);
        b().bind(orelse);
        stmts(i.orelse());
        b().bind(end);
    }

    private void whileStmt(While w) {
        CodeBuilder.Label top = new CodeBuilder.Label(), orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        b().bind(top);
        List<String> sealed = startAccumulating(List.of(w.test(), w.body()));
        jumpIf(w.test(), false, orelse);
        FrameBlock fb = new FrameBlock(FrameBlock.Kind.WHILE_LOOP);
        fb.continueTarget = top;
        fb.breakTarget = end;
        u.blocks.push(fb);
        stmts(w.body());
        u.blocks.pop();
        at(w);
        b().emitJump(Opcode.JUMP, top);
        b().bind(orelse);
        seal(sealed);
        stmts(w.orelse());
        b().bind(end);
        seal(sealed);
    }

    /**
     * The locals this loop (its {@code parts}) may accumulate as string buffers, now marked so
     * their {@code +=} compile to {@link Opcode#STR_APPEND}; the caller seals them at every exit.
     * Only in a function, outside any try or with block (whose handlers could read the name when
     * an exception leaves the loop), and not for a name an enclosing loop already accumulates.
     */
    private List<String> startAccumulating(List<?> parts) {
        if (!u.scope.isFunction()) return List.of();
        for (FrameBlock block : u.blocks) {
            if (block.kind != FrameBlock.Kind.FOR_LOOP && block.kind != FrameBlock.Kind.WHILE_LOOP) return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String name : LoopStrAccumulation.candidates(parts)) {
            if (u.scope.accessOf(name) == Scope.Access.FAST && u.accumulating.add(name)) names.add(name);
        }
        return names;
    }

    /** Turns the accumulated locals back into str (the loop is left here); they are no longer accumulated after it. */
    private void seal(List<String> names) {
        for (String name : names) {
            b().emit(Opcode.STR_SEAL, u.fast(name));
            u.accumulating.remove(name);
        }
    }

    void forStmt(Stmt loop, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        int src = expr(iter);
        int it = b().temp();
        at(iter);
        b().emit(Opcode.GET_ITER, it, src);
        CodeBuilder.Label top = new CodeBuilder.Label(), orelseL = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        List<String> sealed = startAccumulating(List.of(target, body));
        b().bind(top);
        int item;
        if (target instanceof Name n && u.scope.accessOf(n.id()) == Scope.Access.FAST) item = u.fast(n.id());
        else item = b().temp();
        at(loop); // CPython reports a failing next() at the whole for statement
        b().emitJump(Opcode.FOR_ITER, orelseL, item, it);
        if (!(target instanceof Name n && u.scope.accessOf(n.id()) == Scope.Access.FAST)) assign(target, item);
        FrameBlock fb = new FrameBlock(FrameBlock.Kind.FOR_LOOP);
        fb.continueTarget = top;
        fb.breakTarget = end;
        u.blocks.push(fb);
        stmts(body);
        u.blocks.pop();
        b().emitJump(Opcode.JUMP, top);
        b().bind(orelseL);
        seal(sealed);
        stmts(orelse);
        b().bind(end);
        seal(sealed);
    }

    private void requireAsync(Pos pos, String message) {
        if (!u.scope.isCoroutine) throw error(message, pos);
    }

    /** {@code await}: the awaitable in {@code src} is awaited, its result goes to {@code dst}. */
    void await(int src, int dst) {
        int it = b().temp();
        b().emit(Opcode.GET_AWAITABLE, it, src);
        b().emit(Opcode.YIELD_FROM, dst, it);
        b().release(it);
    }

    private void asyncForStmt(AsyncFor f) {
        int src = expr(f.iter());
        int aiter = b().temp();
        at(f.iter());
        b().emit(Opcode.GET_AITER, aiter, src);
        CodeBuilder.Label end = new CodeBuilder.Label();
        TryCompiler.asyncLoop(this, aiter, f.target(), end, () -> stmts(f.body()));
        stmts(f.orelse());
        b().bind(end);
    }

    private void functionDef(Node f, String name, Arguments args, List<Stmt> body, List<Expr> decorators) {
        List<Integer> decos = new ArrayList<>();
        for (Expr d : decorators) decos.add(expr(d));
        int fn = b().temp();
        makeFunction(f, name, args, body, null, fn);
        for (int i = decos.size() - 1; i >= 0; i--) {
            int arg = b().temp();
            b().emit(Opcode.MOVE, arg, fn);
            at(decorators.get(i));
            b().emit(Opcode.CALL, fn, decos.get(i), arg, 1, -1);
        }
        storeName(name, fn);
    }

    private void assertStmt(Assert a) {
        CodeBuilder.Label ok = new CodeBuilder.Label();
        jumpIf(a.test(), true, ok);
        int err = b().temp();
        b().emit(Opcode.LOAD_ASSERTION_ERROR, err);
        if (a.msg() != null) {
            int arg = b().temp();
            exprInto(a.msg(), arg);
            b().emit(Opcode.CALL, err, err, arg, 1, -1);
        }
        at(a);
        b().emit(Opcode.RAISE, err, -1);
        b().bind(ok);
    }

    private void importStmt(Import i) {
        for (Alias a : i.names()) {
            int m = b().mark();
            int mod = b().temp();
            at(a);
            b().emit(Opcode.IMPORT_NAME, mod, b().name(a.name()), b().constant(ConstantSingleton.NONE), 0);
            if (a.asname() == null) {
                storeName(a.name().split("\\.")[0], mod);
            } else {
                String[] parts = a.name().split("\\.");
                for (int p = 1; p < parts.length; p++) b().emit(Opcode.IMPORT_FROM, mod, mod, b().name(parts[p]));
                storeName(a.asname(), mod);
            }
            b().release(m);
        }
    }

    private void importFrom(ImportFrom i) {
        String[] names = i.names().stream().map(Alias::name).toArray(String[]::new);
        int mod = b().temp();
        at(i);
        b().emit(Opcode.IMPORT_NAME, mod, b().name(i.module() == null ? "" : i.module()), b().constant(new KeywordNames(names)),
                i.level());
        if (names.length == 1 && names[0].equals("*")) {
            b().emit(Opcode.IMPORT_STAR, mod);
            return;
        }
        for (Alias a : i.names()) {
            int v = b().temp();
            at(a);
            b().emit(Opcode.IMPORT_FROM, v, mod, b().name(a.name()));
            storeName(a.asname() != null ? a.asname() : a.name(), v);
        }
    }

    // ------------------------------------------------------------------ access for the block compilers

    CompilerUnit unit() {
        return u;
    }

    void setUnit(CompilerUnit unit) {
        u = unit;
    }

    CodeObject finishUnit(int flags, String doc) {
        return finish(flags, doc);
    }

    String qualname(String name) {
        return qualnameFor(name, null);
    }

    static String docstringOf(List<Stmt> body) {
        return docstring(body);
    }

    static boolean bodyHasAnnotations(List<Stmt> body) {
        return hasAnnotations(body);
    }
}
