package org.pyjit.compiler.ast;

/** A syntax tree node with a source position. */
public sealed interface Node
    permits Mod, Stmt, Expr, ExceptHandler, Arg, Keyword, Alias, Pattern {
    /** Where the node is in its source. */
    Pos pos();
}
