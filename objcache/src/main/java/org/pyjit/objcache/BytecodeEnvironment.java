package org.pyjit.objcache;

import java.util.List;
import java.util.Objects;

/**
 * The environment of a module's compiled bytecode (pyjit's {@code .pyc}).
 *
 * @param bytecodeFormatVersion the version of the bytecode format and of the compiler writing it
 */
public record BytecodeEnvironment(String bytecodeFormatVersion) implements CompilationEnvironment {

    /** Rejects a null version. */
    public BytecodeEnvironment {
        Objects.requireNonNull(bytecodeFormatVersion, "bytecodeFormatVersion");
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.MODULE_BYTECODE;
    }

    @Override
    public List<EnvironmentField> fields() {
        return List.of(new EnvironmentField("bytecodeFormatVersion", bytecodeFormatVersion));
    }
}
