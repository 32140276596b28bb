package org.pyjit.compiler.bytecode;

/**
 * A constant-pool entry: the elements of a set display made only of constants. CPython builds
 * such a display from a frozenset constant, whose table order the set then inherits.
 */
public record FrozenSetConstant(Object[] elements) {}
