package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyFunction;

/**
 * An activation of a code object: its registers (locals, cells, temporaries), the namespaces it
 * resolves names in, and where it stands. Shared by every tier, so execution can switch tier at
 * an instruction boundary; a suspended generator keeps its frame.
 */
public final class Frame {
    public final CodeObject code;
    public final Object[] regs;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping for module and class bodies (NAME access), else null. */
    public Object locals;
    public final PyFunction function;
    /** Next instruction to execute (valid while the frame is suspended or after it raised). */
    public int pc;
    /** The calling frame while this one runs. */
    public Frame back;
    /** Register that receives the value sent into a suspended generator (-1: none). */
    int resumeRegister = -1;
    /** The value a generator yielded when it last suspended. */
    Object yielded;
    /** The value sent in by {@code send} for a frame suspended in YIELD_FROM. */
    Object sent;
    /** An exception thrown into a suspended generator, to raise at the resume point. */
    org.pyjit.runtime.exceptions.PyException thrownIn;
    /** Offset of the yield instruction a suspended generator stopped at (for exceptions thrown in). */
    int yieldPc = -1;
    boolean finished;
    boolean running;
    /** The value an OSR call into native code returned for this frame (read once by the interpreter loop). */
    public Object osrResult;
    /** An exception to raise where an OSR call that deoptimized left this frame. */
    public org.pyjit.runtime.exceptions.PyException osrThrown;
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
    /** The line {@code f_lineno} reports during a 'call' or 'return' event that is not at {@link #pc}, or -1. */
    int eventLine = -1;
    /** The frame's Python view, made on first use (so {@code frame is frame} holds across events). */
    FrameObject view;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this.code = code;
        this.regs = new Object[code.registerCount];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    /** The source line the frame is at. */
    public int lineno() {
        return code.lineAt(pc);
    }
}
