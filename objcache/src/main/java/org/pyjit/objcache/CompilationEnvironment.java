package org.pyjit.objcache;

import java.util.List;

/**
 * Everything besides the input bytes that changes what a compiler produces. It is hashed into
 * every {@link ObjectCacheKey}, so a change of any field can never serve stale code, and it is
 * recorded in every stored value so that a miss can say which field changed.
 *
 * <p>There is one record per {@link ArtifactKind}: {@link NativeObjectEnvironment},
 * {@link ClassFileEnvironment} and {@link BytecodeEnvironment}.
 */
public sealed interface CompilationEnvironment
        permits NativeObjectEnvironment, ClassFileEnvironment, BytecodeEnvironment {

    /** The kind of artifact this environment describes the compiler of. */
    ArtifactKind kind();

    /** The fields in a fixed order; the order is part of the key and must never change. */
    List<EnvironmentField> fields();
}
