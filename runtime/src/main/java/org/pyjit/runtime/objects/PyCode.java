package org.pyjit.runtime.objects;

import java.util.Map;
import java.util.WeakHashMap;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The Python {@code code} object: a view of a compiled {@link CodeObject} (which lives in the
 * compiler module and is no Python value). One wrapper per code object, so
 * {@code f.__code__ is f.__code__} holds.
 */
public final class PyCode extends PyObject {
    public final CodeObject code;

    private static final Map<CodeObject, PyCode> wrappers = new WeakHashMap<>();

    private PyCode(CodeObject code) {
        super(BuiltinTypes.CODE);
        this.code = code;
    }

    /** The wrapper of {@code code} (made on first use). */
    public static PyCode of(CodeObject code) {
        synchronized (wrappers) {
            return wrappers.computeIfAbsent(code, PyCode::new);
        }
    }
}
