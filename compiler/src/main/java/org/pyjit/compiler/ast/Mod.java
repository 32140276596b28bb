package org.pyjit.compiler.ast;

/** The root of a parse (CPython's {@code ast.mod}); like CPython's, it has no position ({@code pos()} is null). */
public sealed interface Mod extends Node permits Module, Interactive, Expression {
}
