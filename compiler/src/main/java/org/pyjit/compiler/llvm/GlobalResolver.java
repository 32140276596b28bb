package org.pyjit.compiler.llvm;

/** Resolves the names a function reads from its globals (and the builtins behind them) at compile time. */
public interface GlobalResolver {

    /** What {@code LOAD_GLOBAL name} currently yields in this function's namespace. */
    GlobalBinding global(String name);

    /** What {@code module.name} currently yields, for a module binding this resolver returned. */
    GlobalBinding attribute(GlobalBinding module, String name);
}
