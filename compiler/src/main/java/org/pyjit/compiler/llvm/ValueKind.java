package org.pyjit.compiler.llvm;

/** The kinds of value the type profile distinguishes: what native code can hold unboxed, and the rest. */
public enum ValueKind {
    /** An {@code int} that fits in 64 bits. */
    INT,
    /** A {@code float}. */
    FLOAT,
    /** A {@code bool}. */
    BOOL,
    /** {@code None}. */
    NONE,
    /** A range iterator (what {@code for i in range(...)} keeps in its iterator register). */
    RANGE_ITERATOR,
    /** Anything else (big ints, strings, containers, objects): native code keeps it without touching it. */
    OTHER
}
