package org.pyjit.compiler.ast;

/** An expression (CPython's {@code ast.expr}). */
public sealed interface Expr extends Node
    permits BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice {
}
