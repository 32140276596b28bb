package org.pyjit.runtime.baseline;

import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.interpreter.ThreadState;

/**
 * A code object compiled by the baseline compiler: one hidden class per code object. It runs a
 * frame that is already pushed on the thread's frame stack, entering at {@code frame.pc}, and
 * returns the frame's result, or {@link TierPolicy#DEOPT} after storing in {@code frame.pc} the
 * instruction at which the interpreter must continue.
 */
public interface CompiledCode {
    Object run(Frame frame, ThreadState ts);
}
