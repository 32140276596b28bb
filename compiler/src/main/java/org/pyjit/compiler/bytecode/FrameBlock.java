package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.Stmt;

/**
 * A block the compiler is inside of (loop, try body, except handler, finally, with body), with
 * what leaving it early by {@code return}, {@code break} or {@code continue} must do, and the
 * protected region whose exceptions go to the block's handler.
 */
final class FrameBlock {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, TRY_FINALLY, FINALLY_END, EXCEPT_HANDLER, EXCEPT_STAR_HANDLER, WITH, HANDLER_CLEANUP }

    final Kind kind;
    CodeBuilder.Label continueTarget;
    CodeBuilder.Label breakTarget;
    /** TRY_FINALLY: the finally body to inline on early exit. */
    List<Stmt> finalBody;
    /** EXCEPT_HANDLER / FINALLY_END / HANDLER_CLEANUP: register holding the previously handled exception. */
    int saveReg = -1;
    /** WITH: register holding the bound __exit__ (or __aexit__ when {@link #async}). */
    int exitReg = -1;
    /** WITH: an {@code async with}, whose exit must be awaited. */
    boolean async;
    /** EXCEPT_HANDLER: the {@code as} name to clear, or null. */
    String handlerName;

    /** The protected region, when this block has one. */
    CodeBuilder.Label handler;
    int handlerReg = -1;
    private int segmentStart = -1;
    private final List<int[]> segments = new ArrayList<>();

    FrameBlock(Kind kind) {
        this.kind = kind;
    }

    boolean isLoop() {
        return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
    }

    void openRegion(CodeBuilder b, CodeBuilder.Label handler, int reg) {
        this.handler = handler;
        this.handlerReg = reg;
        segmentStart = b.offset();
    }

    boolean hasOpenRegion() {
        return segmentStart >= 0;
    }

    /** Stops protecting at the current offset (for inlined code or the end of the region). */
    void pauseRegion(CodeBuilder b) {
        if (segmentStart >= 0) {
            segments.add(new int[] {segmentStart, b.offset()});
            segmentStart = -1;
        }
    }

    void resumeRegion(CodeBuilder b) {
        if (handler != null && segmentStart < 0) segmentStart = b.offset();
    }

    /** Ends the region and records its segments in the exception table. */
    void closeRegion(CodeBuilder b) {
        pauseRegion(b);
        for (int[] s : segments) b.addExceptionRange(s[0], s[1], handler, handlerReg);
        segments.clear();
        handler = null;
    }
}
