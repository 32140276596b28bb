package org.pyjit.compiler.bytecode;

/** A constant-pool entry: the keyword argument names of a call site, in order. */
public record KeywordNames(String[] names) {}
