package org.pyjit.runtime.baseline;

import org.pyjit.compiler.bytecode.CodeObject;

/**
 * Decides when a code object moves from the interpreter (tier 0) to baseline code (tier 1):
 * after {@link BaselineOptions#threshold} calls or loop back-edges, before the first run with
 * {@code -X baseline=always}, never with {@code -X baseline=off}. A generator's resumptions count
 * as its calls.
 */
public final class TierPolicy {
    private TierPolicy() {}

    /** Returned by baseline code that hands its frame back to the interpreter at {@code frame.pc}. */
    public static final Object DEOPT = new Object() {
        @Override
        public String toString() {
            return "<deopt>";
        }
    };
    /** Returned by the interpreter when a frame should continue in baseline code at {@code frame.pc}. */
    public static final Object OSR = new Object() {
        @Override
        public String toString() {
            return "<osr>";
        }
    };
    /** Past this many hand-backs a code object's interpreter frames no longer re-enter baseline code at back-edges. */
    static final int MAX_DEOPTS = 1000;

    private static final boolean DEBUG = System.getenv("PYJIT_DEBUG") != null;

    /** The code object's tier state, made at its first run. */
    public static TierState stateOf(CodeObject code) {
        Object s = code.runtimeState;
        if (s instanceof TierState ts) return ts;
        BaselineOptions.Mode mode = BaselineOptions.mode();
        TierState ts = new TierState(code, mode != BaselineOptions.Mode.OFF);
        code.runtimeState = ts;
        BaselineStats.codeStarted();
        return ts;
    }

    /** Called when a frame of {@code code} starts: its baseline code, or null to interpret it. */
    public static CompiledCode onCall(CodeObject code) {
        TierState st = stateOf(code);
        CompiledCode cc = st.compiled;
        if (cc != null || !st.eligible) return cc;
        if (++st.calls < BaselineOptions.threshold() && BaselineOptions.mode() != BaselineOptions.Mode.ALWAYS) return null;
        return compile(st);
    }

    /** The state the interpreter counts back-edges in, or null when the code never leaves the interpreter. */
    public static TierState stateForBackEdges(CodeObject code) {
        Object s = code.runtimeState;
        return s instanceof TierState ts && (ts.eligible || ts.compiled != null) ? ts : null;
    }

    /** The baseline code a frame continues in after the interpreter returned {@link #OSR}. */
    public static CompiledCode osrTarget(CodeObject code) {
        BaselineStats.osrEntry();
        return ((TierState) code.runtimeState).compiled;
    }

    /** Records that baseline code handed a frame back to the interpreter. */
    public static void deoptimized(CodeObject code) {
        if (code.runtimeState instanceof TierState ts) ts.deopts++;
        BaselineStats.deopt();
    }

    /** Compiles {@code st}'s code object; null (and the code stays in tier 0) when it cannot be compiled. */
    static CompiledCode compile(TierState st) {
        if (st.compiling || !st.eligible) return st.compiled;
        st.compiling = true;
        long t0 = System.nanoTime();
        try {
            Tier1ClassCache.Outcome outcome = Tier1ClassCache.compile(st.code);
            BaselineCompiler.Loaded loaded = outcome.loaded();
            CompiledCode cc = loaded.code();
            st.body = loaded.body();
            st.compiled = cc;
            if (outcome.fromCache()) {
                BaselineStats.loadedFromCache(System.nanoTime() - t0);
            } else {
                BaselineStats.compiled(st.code, System.nanoTime() - t0);
            }
            return cc;
        } catch (BaselineCompiler.NotCompilable e) {
            st.eligible = false;
            BaselineStats.rejected();
            return null;
        } catch (StackOverflowError e) {
            return null; // too deep to compile now; a later call tries again
        } catch (RuntimeException | LinkageError e) {
            st.eligible = false;
            BaselineStats.failed();
            if (DEBUG) e.printStackTrace();
            return null;
        } finally {
            st.compiling = false;
        }
    }
}
