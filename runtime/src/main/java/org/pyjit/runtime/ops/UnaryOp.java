package org.pyjit.runtime.ops;

/** The unary operators, in the order of the AST's {@code UnaryOperator} enum. */
public enum UnaryOp {
    INVERT("~", "__invert__"), NOT("not", null), UADD("+", "__pos__"), USUB("-", "__neg__");

    public final String symbol;
    public final String dunder;
    private static final UnaryOp[] VALUES = values();

    UnaryOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public static UnaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
