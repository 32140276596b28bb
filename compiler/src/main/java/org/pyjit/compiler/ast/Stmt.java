package org.pyjit.compiler.ast;

/** A statement (CPython's {@code ast.stmt}). */
public sealed interface Stmt extends Node
    permits FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import, ImportFrom, Global, Nonlocal, ExprStmt, Pass, Break, Continue, Match {
}
