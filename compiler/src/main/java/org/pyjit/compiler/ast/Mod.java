package org.pyjit.compiler.ast;

/** The root of a parse (CPython's {@code ast.mod}). */
public sealed interface Mod extends Node permits Module, Interactive, Expression {
}
