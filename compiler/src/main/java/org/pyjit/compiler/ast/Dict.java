package org.pyjit.compiler.ast;

import java.util.List;

/** A dict display; a null key means the value is unpacked with {@code **}. */
public record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    /** Makes the list fields immutable. */
    public Dict {
        keys = Lists.immutable(keys);
        values = Lists.immutable(values);
    }
}
