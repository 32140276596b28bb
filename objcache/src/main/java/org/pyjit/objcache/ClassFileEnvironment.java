package org.pyjit.objcache;

import java.util.List;
import java.util.Objects;

/**
 * The environment of a tier-1 class file.
 *
 * @param baselineCompilerVersion the version of the baseline compiler that produced the class
 */
public record ClassFileEnvironment(String baselineCompilerVersion) implements CompilationEnvironment {

    /** Rejects a null version. */
    public ClassFileEnvironment {
        Objects.requireNonNull(baselineCompilerVersion, "baselineCompilerVersion");
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.TIER1_CLASS;
    }

    @Override
    public List<EnvironmentField> fields() {
        return List.of(new EnvironmentField("baselineCompilerVersion", baselineCompilerVersion));
    }
}
