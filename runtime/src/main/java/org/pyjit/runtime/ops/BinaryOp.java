package org.pyjit.runtime.ops;

/**
 * The binary operators, in the order of the AST's {@code Operator} enum (the bytecode stores the
 * ordinal), with their special-method names and symbols.
 */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), OR("|", "or"),
    XOR("^", "xor"), AND("&", "and"), FLOORDIV("//", "floordiv");

    public final String symbol;
    public final String dunder;
    public final String reflected;
    public final String inplace;
    /** The symbol in "unsupported operand type(s) for +=" messages. */
    public final String inplaceSymbol;

    private static final BinaryOp[] VALUES = values();

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.dunder = "__" + stem + "__";
        this.reflected = "__r" + stem + "__";
        this.inplace = "__i" + stem + "__";
        this.inplaceSymbol = symbol + "=";
    }

    public static BinaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
