package org.pyjit.compiler.ast;

import java.util.List;

/** The parameter list of a function or lambda (CPython's {@code arguments}); {@code kwDefaults} has a null entry for a keyword-only parameter without default. */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    /** Makes the list fields immutable. */
    public Arguments {
        posonlyargs = Lists.immutable(posonlyargs);
        args = Lists.immutable(args);
        kwonlyargs = Lists.immutable(kwonlyargs);
        kwDefaults = Lists.immutable(kwDefaults);
        defaults = Lists.immutable(defaults);
    }
}
