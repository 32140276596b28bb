package org.pyjit.compiler.bytecode;

import java.util.List;
import org.pyjit.compiler.ast.ExceptHandler;
import org.pyjit.compiler.ast.Stmt;
import org.pyjit.compiler.ast.WithItem;

/**
 * Compiles {@code try}/{@code except}/{@code else}/{@code finally} and {@code with}: protected
 * regions in the exception table, handlers that make the exception the handled one
 * ({@code PUSH_EXC_INFO}) and restore the previous one on every way out.
 */
final class TryCompiler {
    private TryCompiler() {}

    static void compileTry(BytecodeCompiler c, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                           List<Stmt> finalbody) {
        compileTry(c, body, handlers, orelse, finalbody, false);
    }

    /** {@code try} with {@code except*} clauses. */
    static void compileTryStar(BytecodeCompiler c, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                               List<Stmt> finalbody) {
        compileTry(c, body, handlers, orelse, finalbody, true);
    }

    private static void compileTry(BytecodeCompiler c, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                   List<Stmt> finalbody, boolean star) {
        if (finalbody.isEmpty()) {
            if (star) tryExceptStar(c, body, handlers, orelse);
            else tryExcept(c, body, handlers, orelse);
            return;
        }
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        CodeBuilder.Label finHandler = new CodeBuilder.Label(), cleanup = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        int exc = b.temp();
        FrameBlock fin = new FrameBlock(FrameBlock.Kind.TRY_FINALLY);
        fin.finalBody = finalbody;
        fin.openRegion(b, finHandler, exc);
        u.blocks.push(fin);
        if (handlers.isEmpty()) {
            c.stmts(body);
        } else if (star) {
            tryExceptStar(c, body, handlers, orelse);
        } else {
            tryExcept(c, body, handlers, orelse);
        }
        u.blocks.pop();
        fin.closeRegion(b);
        c.stmts(finalbody);
        b.emitJump(Opcode.JUMP, end);

        FrameBlock fe = enterHandler(b, finHandler, cleanup, exc, FrameBlock.Kind.FINALLY_END);
        int exc2 = fe.handlerReg;
        int save = fe.saveReg;
        u.blocks.push(fe);
        c.stmts(finalbody);
        u.blocks.pop();
        fe.closeRegion(b);
        b.emit(Opcode.POP_EXC_INFO, save);
        b.emit(Opcode.RERAISE, exc);
        cleanupHandler(b, save, exc2, cleanup);
        b.bind(end);
    }

    /**
     * Starts an exception handler at {@code handler}: makes the exception in {@code exc} the
     * handled one (saving the previous) and opens a region whose exceptions go to {@code cleanup}.
     */
    private static FrameBlock enterHandler(CodeBuilder b, CodeBuilder.Label handler, CodeBuilder.Label cleanup, int exc,
                                           FrameBlock.Kind kind) {
        b.bind(handler);
        int save = b.temp();
        int exc2 = b.temp();
        b.emit(Opcode.PUSH_EXC_INFO, save, exc);
        FrameBlock block = new FrameBlock(kind);
        block.saveReg = save;
        block.openRegion(b, cleanup, exc2);
        return block;
    }

    /** The cleanup of a handler left by an exception: restore the handled exception, re-raise. */
    private static void cleanupHandler(CodeBuilder b, int save, int exc, CodeBuilder.Label cleanup) {
        b.bind(cleanup);
        b.emit(Opcode.POP_EXC_INFO, save);
        b.emit(Opcode.RERAISE, exc);
    }

    /**
     * The {@code try} body (exceptions to the handler, the exception in {@code exc}) and the
     * {@code else} part, then the entry of the handler: returns its block, already pushed, whose
     * own exceptions go to {@code cleanup}.
     */
    private static FrameBlock protectedBody(BytecodeCompiler c, List<Stmt> body, List<Stmt> orelse, CodeBuilder.Label cleanup,
                                            CodeBuilder.Label end, int exc) {
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        CodeBuilder.Label handler = new CodeBuilder.Label();
        FrameBlock te = new FrameBlock(FrameBlock.Kind.TRY_EXCEPT);
        te.openRegion(b, handler, exc);
        u.blocks.push(te);
        c.stmts(body);
        u.blocks.pop();
        te.closeRegion(b);
        c.stmts(orelse);
        b.emitJump(Opcode.JUMP, end);
        FrameBlock cl = enterHandler(b, handler, cleanup, exc, FrameBlock.Kind.HANDLER_CLEANUP);
        u.blocks.push(cl);
        return cl;
    }

    private static void tryExcept(BytecodeCompiler c, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        CodeBuilder.Label cleanup = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        int exc = b.temp();
        FrameBlock cl = protectedBody(c, body, orelse, cleanup, end, exc);
        int exc2 = cl.handlerReg;
        int save = cl.saveReg;
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            c.at(h);
            if (h.type() == null && i < handlers.size() - 1) throw c.error("default 'except:' must be last", h.pos());
            CodeBuilder.Label next = new CodeBuilder.Label();
            int m = b.mark();
            if (h.type() != null) {
                int t = c.expr(h.type());
                int match = b.temp();
                c.at(h);
                b.emit(Opcode.CHECK_EXC_MATCH, match, exc, t);
                b.emitJump(Opcode.JUMP_IF_FALSE, next, match);
            }
            b.release(m);
            if (h.name() != null) c.storeName(h.name(), exc);
            FrameBlock eh = new FrameBlock(FrameBlock.Kind.EXCEPT_HANDLER);
            eh.saveReg = save;
            eh.handlerName = h.name();
            u.blocks.push(eh);
            c.stmts(h.body());
            u.blocks.pop();
            if (h.name() != null) c.clearName(h.name());
            b.emit(Opcode.POP_EXC_INFO, save);
            b.emitJump(Opcode.JUMP, end);
            b.bind(next);
        }
        b.emit(Opcode.RERAISE, exc);
        u.blocks.pop();
        cl.closeRegion(b);
        cleanupHandler(b, save, exc2, cleanup);
        b.bind(end);
    }

    /**
     * {@code except*} clauses: each takes the part of what is left that matches its type (the
     * handled exception while it runs); what the handlers raise is collected, and at the end the
     * unhandled rest and the raised exceptions are raised together ({@code PREP_RERAISE_STAR}).
     */
    private static void tryExceptStar(BytecodeCompiler c, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        CodeBuilder.Label cleanup = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        int exc = b.temp();
        FrameBlock cl = protectedBody(c, body, orelse, cleanup, end, exc);
        int exc2 = cl.handlerReg;
        int save = cl.saveReg;
        int rest = b.temp(), raised = b.temp(), found = b.temp(), match = b.temp();
        b.emit(Opcode.MOVE, rest, exc);
        b.emit(Opcode.BUILD_LIST, raised, 0, 0);
        for (ExceptHandler h : handlers) {
            c.at(h);
            if (h.type() == null) throw c.error("expected one or more exception types", h.pos());
            CodeBuilder.Label next = new CodeBuilder.Label(), handlerRaised = new CodeBuilder.Label();
            int m = b.mark();
            int t = c.expr(h.type());
            c.at(h);
            b.emit(Opcode.CHECK_EG_MATCH, found, match, rest, t);
            b.release(m);
            b.emitJump(Opcode.JUMP_IF_FALSE, next, found);
            int raisedHere = b.temp(), saveHere = b.temp();
            FrameBlock eh = new FrameBlock(FrameBlock.Kind.EXCEPT_STAR_HANDLER);
            eh.openRegion(b, handlerRaised, raisedHere);
            b.emit(Opcode.PUSH_EXC_INFO, saveHere, match);
            if (h.name() != null) c.storeName(h.name(), match);
            u.blocks.push(eh);
            c.stmts(h.body());
            u.blocks.pop();
            eh.closeRegion(b);
            b.emit(Opcode.POP_EXC_INFO, saveHere);
            if (h.name() != null) c.clearName(h.name());
            b.emitJump(Opcode.JUMP, next);
            b.bind(handlerRaised); // what the handler raised joins the rest at the end
            b.emit(Opcode.POP_EXC_INFO, saveHere);
            if (h.name() != null) c.clearName(h.name());
            b.emit(Opcode.LIST_APPEND, raised, raisedHere);
            b.bind(next);
        }
        b.emit(Opcode.LIST_APPEND, raised, rest);
        b.emit(Opcode.PREP_RERAISE_STAR, exc, raised);
        u.blocks.pop();
        cl.closeRegion(b);
        b.emit(Opcode.POP_EXC_INFO, save);
        b.emitJump(Opcode.JUMP, end);
        cleanupHandler(b, save, exc2, cleanup);
        b.bind(end);
    }

    static void compileWith(BytecodeCompiler c, List<WithItem> items, int index, List<Stmt> body) {
        with(c, items, index, body, false);
    }

    /** {@code async with}: the same shape, with {@code __aenter__}/{@code __aexit__} awaited. */
    static void compileAsyncWith(BytecodeCompiler c, List<WithItem> items, int index, List<Stmt> body) {
        with(c, items, index, body, true);
    }

    private static void with(BytecodeCompiler c, List<WithItem> items, int index, List<Stmt> body, boolean async) {
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        WithItem item = items.get(index);
        int mgr = c.expr(item.contextExpr());
        int entered = b.temp();
        int exit = b.temp();
        int exc = b.temp();
        c.at(item.contextExpr());
        b.emit(async ? Opcode.ASYNC_WITH_ENTER : Opcode.WITH_ENTER, entered, exit, mgr);
        if (async) c.await(entered, entered);
        CodeBuilder.Label handler = new CodeBuilder.Label(), cleanup = new CodeBuilder.Label(),
                suppress = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        FrameBlock w = new FrameBlock(FrameBlock.Kind.WITH);
        w.exitReg = exit;
        w.async = async;
        w.openRegion(b, handler, exc);
        u.blocks.push(w);
        if (item.optionalVars() != null) c.assign(item.optionalVars(), entered);
        if (index + 1 < items.size()) with(c, items, index + 1, body, async);
        else c.stmts(body);
        u.blocks.pop();
        w.closeRegion(b);
        int t = b.temp();
        c.at(item.contextExpr());
        exitCall(c, t, exit, -1, async);
        b.emitJump(Opcode.JUMP, end);

        FrameBlock cl = enterHandler(b, handler, cleanup, exc, FrameBlock.Kind.HANDLER_CLEANUP);
        int exc2 = cl.handlerReg;
        int save = cl.saveReg;
        exitCall(c, t, exit, exc, async);
        b.emitJump(Opcode.JUMP_IF_TRUE, suppress, t);
        b.emit(Opcode.RERAISE, exc);
        cl.closeRegion(b);
        b.bind(suppress);
        b.emit(Opcode.POP_EXC_INFO, save);
        b.emitJump(Opcode.JUMP, end);
        cleanupHandler(b, save, exc2, cleanup);
        b.bind(end);
    }

    /** Calls the saved exit (awaiting it for async with); {@code dst} gets whether it suppresses. */
    private static void exitCall(BytecodeCompiler c, int dst, int exit, int exc, boolean async) {
        CodeBuilder b = c.b();
        if (!async) {
            b.emit(Opcode.WITH_EXIT, dst, exit, exc);
            return;
        }
        b.emit(Opcode.ASYNC_WITH_EXIT, dst, exit, exc);
        c.await(dst, dst);
        b.emit(Opcode.TO_BOOL, dst, dst);
    }

    /**
     * The loop of {@code async for} (statement or comprehension): awaits {@code __anext__} until
     * it raises StopAsyncIteration, then falls through to the code after the loop body (the else
     * part); {@code breakTarget} is where {@code break} goes.
     */
    static void asyncLoop(BytecodeCompiler c, int aiter, org.pyjit.compiler.ast.Expr target, CodeBuilder.Label breakTarget,
                          Runnable body) {
        CodeBuilder b = c.b();
        CompilerUnit u = c.unit();
        CodeBuilder.Label top = new CodeBuilder.Label(), stop = new CodeBuilder.Label(), exhausted = new CodeBuilder.Label();
        int exc = b.temp();
        int item = b.temp();
        b.bind(top);
        FrameBlock next = new FrameBlock(FrameBlock.Kind.TRY_EXCEPT);
        next.openRegion(b, stop, exc);
        int aw = b.temp();
        b.emit(Opcode.GET_ANEXT, aw, aiter);
        c.await(aw, item);
        next.closeRegion(b);
        c.assign(target, item);
        FrameBlock loop = new FrameBlock(FrameBlock.Kind.FOR_LOOP);
        loop.continueTarget = top;
        loop.breakTarget = breakTarget;
        u.blocks.push(loop);
        body.run();
        u.blocks.pop();
        b.emitJump(Opcode.JUMP, top);
        b.bind(stop);
        int type = b.temp();
        int match = b.temp();
        b.emit(Opcode.LOAD_STOP_ASYNC_ITERATION, type);
        b.emit(Opcode.CHECK_EXC_MATCH, match, exc, type);
        b.emitJump(Opcode.JUMP_IF_TRUE, exhausted, match);
        b.emit(Opcode.RERAISE, exc);
        b.bind(exhausted);
    }
}
