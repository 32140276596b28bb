package org.pyjit.runtime.imports;

import org.pyjit.compiler.bytecode.CodeObject;

/**
 * Where module source becomes code. Today it compiles every time; the object-cache issue makes it
 * pyjit's {@code .pyc}: compiled module bytecode keyed by the source and the bytecode format.
 */
public final class ModuleCodeCache {
    private ModuleCodeCache() {}

    public static CodeObject compile(String source, String filename) {
        return SourceCompiler.compileModule(source, filename);
    }
}
