package org.pyjit.runtime.interpreter;

import org.pyjit.runtime.exceptions.PyException;

/**
 * The state of a {@link Frame} that only generators, tracing, introspection and tier switches use,
 * kept apart so that a plain call allocates a small frame: made by {@link Frame#extras()} when one
 * of these is first written.
 */
public final class FrameExtras {
    FrameExtras() {}

    /** Register that receives the value sent into a suspended generator (-1: none). */
    int resumeRegister = -1;
    /** The value a generator yielded when it last suspended. */
    Object yielded;
    /** The value sent in by {@code send} for a frame suspended in YIELD_FROM. */
    Object sent;
    /** An exception thrown into a suspended generator, to raise at the resume point. */
    PyException thrownIn;
    /** Offset of the yield instruction a suspended generator stopped at (for exceptions thrown in). */
    int yieldPc = -1;
    /** The value an OSR call into native code returned for this frame (read once by the interpreter loop). */
    public Object osrResult;
    /** An exception to raise where an OSR call that deoptimized left this frame. */
    public PyException osrThrown;
    /**
     * The loop header at which baseline code last handed this frame back for the native tier's
     * OSR entry (set by {@code NativeTier.tier1BackEdge}, consumed by the tier switch), or -1.
     */
    public int nativeHandback = -1;
    /** {@code f_trace}: the local trace function of a traced frame, or null. */
    Object trace;
    /** {@code f_trace_lines}: whether the local trace function gets 'line' events. */
    boolean traceLines = true;
    /** Tracing: the offset and line of the instruction executed last (for 'line' events). */
    int traceLastPc = -1, traceLastLine = -1;
    /** The line {@code f_lineno} reports during a 'call' or 'return' event that is not at {@code Frame.pc}, or -1. */
    int eventLine = -1;
    /** The frame's Python view, made on first use (so {@code frame is frame} holds across events). */
    FrameObject view;
}
