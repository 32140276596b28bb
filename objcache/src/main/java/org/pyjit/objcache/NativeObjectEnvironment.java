package org.pyjit.objcache;

import java.util.List;
import java.util.Objects;

/**
 * The environment of a native object: everything that changes the machine code LLVM emits for
 * the same IR.
 *
 * @param llvmVersion       LLVM's version, e.g. {@code 20.1.7}
 * @param targetTriple      the target triple, e.g. {@code x86_64-unknown-linux-gnu}
 * @param cpuName           the CPU the code is tuned for, e.g. {@code znver3}
 * @param cpuFeatures       the CPU feature string, e.g. {@code +avx2,+bmi2,...}
 * @param optimizationLevel the optimization level (0 to 3)
 * @param abiId             pyjit's own ABI id: changes when runtime entry points or layouts change
 */
public record NativeObjectEnvironment(
        String llvmVersion,
        String targetTriple,
        String cpuName,
        String cpuFeatures,
        int optimizationLevel,
        String abiId) implements CompilationEnvironment {

    /** Rejects null fields. */
    public NativeObjectEnvironment {
        Objects.requireNonNull(llvmVersion, "llvmVersion");
        Objects.requireNonNull(targetTriple, "targetTriple");
        Objects.requireNonNull(cpuName, "cpuName");
        Objects.requireNonNull(cpuFeatures, "cpuFeatures");
        Objects.requireNonNull(abiId, "abiId");
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.NATIVE_OBJECT;
    }

    @Override
    public List<EnvironmentField> fields() {
        return List.of(
                new EnvironmentField("llvmVersion", llvmVersion),
                new EnvironmentField("targetTriple", targetTriple),
                new EnvironmentField("cpuName", cpuName),
                new EnvironmentField("cpuFeatures", cpuFeatures),
                new EnvironmentField("optimizationLevel", Integer.toString(optimizationLevel)),
                new EnvironmentField("abiId", abiId));
    }
}
