package org.pyjit.compiler.ast;

/** The constants {@code None} and {@code ...} (Ellipsis) as {@link Constant} values. */
public enum ConstantSingleton {
    NONE, ELLIPSIS
}
