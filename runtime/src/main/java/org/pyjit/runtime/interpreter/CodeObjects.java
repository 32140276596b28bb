package org.pyjit.runtime.interpreter;

import java.util.function.Function;
import org.pyjit.compiler.bytecode.CodeObject;

/**
 * Bridges Python-level code objects and the compiler's {@link CodeObject}: the type that wraps
 * code objects for programs registers its unwrapper here.
 */
public final class CodeObjects {
    private CodeObjects() {}

    private static volatile Function<Object, CodeObject> unwrapper = o -> null;

    public static void registerUnwrapper(Function<Object, CodeObject> f) {
        unwrapper = f;
    }

    /** The code object behind a Python code value, or null. */
    public static CodeObject unwrap(Object o) {
        return unwrapper.apply(o);
    }
}
