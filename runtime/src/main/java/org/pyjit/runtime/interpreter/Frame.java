package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.PyException;
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
    boolean finished;
    boolean running;
    /** Generator, tracing and tier-switch state, made on first use (most frames never need it). */
    private FrameExtras extras;

    public Frame(CodeObject code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this.code = code;
        this.regs = new Object[code.registerCount];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    /** The frame's rarely used state, made now if it was not yet. */
    public FrameExtras extras() {
        FrameExtras x = extras;
        return x != null ? x : (extras = new FrameExtras());
    }

    /** The exception thrown into this frame to raise where it resumes, or null (allocates nothing). */
    PyException thrownIn() {
        FrameExtras x = extras;
        return x == null ? null : x.thrownIn;
    }

    /** Offset of the yield (or call) instruction the frame stopped at, or -1 (allocates nothing). */
    int yieldPc() {
        FrameExtras x = extras;
        return x == null ? -1 : x.yieldPc;
    }

    /** The exception an OSR call that deoptimized left for this frame to raise, or null (allocates nothing). */
    PyException osrThrown() {
        FrameExtras x = extras;
        return x == null ? null : x.osrThrown;
    }

    /** The loop header baseline code handed this frame back at for the native tier, or -1 (allocates nothing). */
    int nativeHandback() {
        FrameExtras x = extras;
        return x == null ? -1 : x.nativeHandback;
    }

    /** The source line the frame is at. */
    public int lineno() {
        return code.lineAt(pc);
    }
}
