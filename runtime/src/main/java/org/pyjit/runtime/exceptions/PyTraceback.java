package org.pyjit.runtime.exceptions;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.types.BuiltinTypes;

/** One traceback entry: the code and instruction where an exception passed through a frame. */
public final class PyTraceback extends PyObject {
    public final CodeObject code;
    /** The instruction offset (for line and column lookup in {@code code}). */
    public final int pc;
    /** The entry of the frame called from this one (towards where the exception was raised), or null. */
    public PyTraceback next;
    /** The frame's globals and builtins (for NameError suggestions), or null. */
    public org.pyjit.runtime.objects.PyDict globals, builtins;
    /** The interpreter frame this entry is for ({@code tb_frame}), or null. */
    public Object frame;

    public PyTraceback(CodeObject code, int pc, PyTraceback next) {
        super(BuiltinTypes.TRACEBACK);
        this.code = code;
        this.pc = pc;
        this.next = next;
    }

    public int lineno() {
        return code.lineAt(pc);
    }
}
