package org.pyjit.compiler.llvm;

import java.util.List;
import java.util.Set;

/**
 * What the interpreter observed about a function, as the native tier consumes it. Defined here and
 * filled by the runtime, so the compiler never depends on the runtime's value classes.
 */
public interface TypeProfile {

    /** The kinds of the positional arguments the function is to be specialized for, one per parameter. */
    List<ValueKind> argumentKinds();

    /**
     * The kinds seen in {@code register} just before the instruction at {@code pc} ran; empty when
     * nothing was recorded there.
     */
    default Set<ValueKind> kindsSeen(int pc, int register) {
        return Set.of();
    }

    /**
     * The loop header an OSR entry is wanted at (its registers' kinds come from
     * {@link #kindsSeen}: an empty set for an unbound register), or -1 for none.
     */
    default int loopEntryPc() {
        return -1;
    }

    /** A profile that knows only the argument kinds. */
    static TypeProfile ofArguments(List<ValueKind> kinds) {
        List<ValueKind> copy = List.copyOf(kinds);
        return () -> copy;
    }
}
