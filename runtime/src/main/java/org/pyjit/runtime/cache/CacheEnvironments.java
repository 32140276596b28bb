package org.pyjit.runtime.cache;

import java.io.IOException;
import java.io.InputStream;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.Opcode;
import org.pyjit.compiler.llvm.NativeAbi;
import org.pyjit.objcache.BytecodeEnvironment;
import org.pyjit.objcache.ClassFileEnvironment;

/**
 * The environments (everything besides the input that changes an artifact) of the two
 * JVM-side artifact kinds: module bytecode and tier-1 class files. Both include pyjit's ABI id,
 * so changing it invalidates every cached artifact at once; {@code -Dpyjit.abi-id=ID} overrides it
 * (for tests and for forcing a clean cache without deleting it).
 */
public final class CacheEnvironments {
    private CacheEnvironments() {}

    /** The classes whose code decides what a tier-1 class file contains or links against. */
    private static final String[] BASELINE_GENERATOR_CLASSES = {
        "org.pyjit.runtime.baseline.BaselineCompiler", "org.pyjit.runtime.baseline.MethodEmitter",
        "org.pyjit.runtime.baseline.InstructionEmitter", "org.pyjit.runtime.baseline.IcEmitter",
        "org.pyjit.runtime.baseline.JvmTypes", "org.pyjit.runtime.baseline.Tier1Ops",
        "org.pyjit.runtime.baseline.CompiledCode", "org.pyjit.runtime.baseline.ic.Bootstraps",
        "org.pyjit.runtime.interpreter.Tier1Support", "org.pyjit.runtime.interpreter.Frame",
    };

    private static volatile String generatorFingerprint;

    /** pyjit's ABI id: the native tier's, unless {@code pyjit.abi-id} says otherwise. */
    public static String abiId() {
        String override = System.getProperty("pyjit.abi-id");
        return override == null || override.isBlank() ? NativeAbi.ABI_ID : override;
    }

    /**
     * Module bytecode: the format version plus a fingerprint of the instruction set (every opcode's
     * name and operand kinds), so bytecode of a build with another instruction layout is never read
     * back even when the version was not bumped, plus the ABI id.
     */
    public static BytecodeEnvironment bytecode() {
        String abi = abiId();
        ForAbi made = bytecodeEnvironment;
        if (made == null || !abi.equals(made.abi())) {
            made = new ForAbi(abi, new BytecodeEnvironment(BytecodeCompiler.FORMAT_VERSION + "-" + InstructionSet.FINGERPRINT + "-" + abi));
            bytecodeEnvironment = made;
        }
        return made.environment();
    }

    /** An environment and the ABI id it was made for. */
    private record ForAbi(String abi, BytecodeEnvironment environment) {}

    /** The last {@link #bytecode} made: asked once per module and string key. */
    private static volatile ForAbi bytecodeEnvironment;

    /**
     * Tier-1 class files: the baseline compiler's version plus a digest of the generator's own
     * class files (so a rebuilt generator never loads classes an older one made, even when the
     * version was not bumped) plus the ABI id.
     */
    public static ClassFileEnvironment tier1(int baselineVersion) {
        String value = baselineVersion + "-" + generatorFingerprint() + "-" + abiId();
        ClassFileEnvironment made = tier1Environment;
        if (made == null || !made.baselineCompilerVersion().equals(value)) {
            made = new ClassFileEnvironment(value);
            tier1Environment = made; // one object for every key: ObjectCacheKey finds its encoding by identity
        }
        return made;
    }

    private static volatile ClassFileEnvironment tier1Environment;

    /** The environment of tier-1 profiles: {@code prefix} plus the ABI id, one object while the id stays. */
    public static ClassFileEnvironment tier1Profile(String prefix) {
        String value = prefix + abiId();
        ClassFileEnvironment made = tier1ProfileEnvironment;
        if (made == null || !made.baselineCompilerVersion().equals(value)) {
            made = new ClassFileEnvironment(value);
            tier1ProfileEnvironment = made;
        }
        return made;
    }

    private static volatile ClassFileEnvironment tier1ProfileEnvironment;

    private static String generatorFingerprint() {
        String f = generatorFingerprint;
        if (f == null) {
            f = digestOfClasses();
            generatorFingerprint = f;
        }
        return f;
    }

    /** CRC-32 (native code even in the JVM's interpreter, unlike SHA-256) of the generator's class files. */
    private static String digestOfClasses() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        ClassLoader loader = CacheEnvironments.class.getClassLoader();
        long length = 0;
        for (String name : BASELINE_GENERATOR_CLASSES) {
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                crc.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (in != null) {
                    byte[] bytes = in.readAllBytes();
                    crc.update(bytes);
                    length += bytes.length;
                }
            } catch (IOException e) {
                return "unknown"; // still keyed by the version and ABI id
            }
        }
        return Long.toHexString(crc.getValue()) + "-" + length;
    }

    /** Holder: computed once, on first use of module bytecode. */
    private static final class InstructionSet {
        static final String FINGERPRINT = compute();

        private static String compute() {
            StringBuilder b = new StringBuilder();
            for (Opcode op : Opcode.values()) {
                b.append(op.name()).append(':').append(op.operands).append(';');
            }
            return Integer.toHexString(b.toString().hashCode());
        }
    }
}
