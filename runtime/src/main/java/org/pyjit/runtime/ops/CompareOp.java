package org.pyjit.runtime.ops;

/** The comparison operators, in the order of the AST's {@code ComparisonOperator} enum. */
public enum CompareOp {
    EQ("==", "__eq__"), NE("!=", "__ne__"), LT("<", "__lt__"), LE("<=", "__le__"), GT(">", "__gt__"),
    GE(">=", "__ge__"), IS("is", null), IS_NOT("is not", null), IN("in", null), NOT_IN("not in", null);

    public final String symbol;
    public final String dunder;
    private static final CompareOp[] VALUES = values();

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with the operands swapped ({@code a < b} is {@code b > a}). */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case GT -> LT;
            case LE -> GE;
            case GE -> LE;
            default -> this;
        };
    }

    public static CompareOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
