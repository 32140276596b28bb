package org.pyjit.runtime.baseline;

import org.pyjit.compiler.bytecode.CodeObject;

/**
 * What the runtime knows about one code object's tier ({@code CodeObject.runtimeState}): its
 * call and loop back-edge counts, and its baseline code once compiled.
 */
public final class TierState {
    final CodeObject code;
    int calls;
    int backEdges;
    /** The baseline code, or null while the code object runs in the interpreter. */
    CompiledCode compiled;
    /** The baseline code's static body {@code (Frame, ThreadState) Object}, for call sites to bind directly. */
    java.lang.invoke.MethodHandle body;
    /** False when the code stays in the interpreter for good (generator, too large, failed compile). */
    boolean eligible;
    /** Set while compiling, so a re-entrant request does not compile twice. */
    boolean compiling;
    /** Times baseline code handed this code object's frames back to the interpreter. */
    int deopts;
    /** The inline caches of the baseline code by instruction offset, once linked: the type feedback. */
    java.util.Map<Integer, org.pyjit.runtime.baseline.ic.InlineCache> sites;

    TierState(CodeObject code, boolean eligible) {
        this.code = code;
        this.eligible = eligible;
    }

    /**
     * Counts a loop back-edge taken in the interpreter; true when the frame should continue in
     * baseline code from the loop header (compiling it when the count passes the threshold).
     */
    public boolean backEdge() {
        if (compiled != null) return deopts < TierPolicy.MAX_DEOPTS;
        if (!eligible || ++backEdges < BaselineOptions.threshold()) return false;
        return TierPolicy.compile(this) != null;
    }

    /** The baseline code, or null. */
    public CompiledCode compiled() {
        return compiled;
    }

    /**
     * Drops the baseline code (when the code object moves on to the native tier): the hidden class
     * can be unloaded once no call site binds it any more. The code object is not compiled again.
     */
    public void discard() {
        compiled = null;
        body = null;
        sites = null;
        eligible = false;
    }

    /** The baseline code's body handle, or null while not compiled. */
    public java.lang.invoke.MethodHandle body() {
        return compiled == null ? null : body;
    }
}
