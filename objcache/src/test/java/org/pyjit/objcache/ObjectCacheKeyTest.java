package org.pyjit.objcache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectCacheKeyTest {
    private static final byte[] INPUT = "define i64 @f(i64 %x) { ret i64 %x }".getBytes(StandardCharsets.UTF_8);

    @Test
    void equalInputsAndEnvironmentsGiveEqualKeys() {
        ObjectCacheKey a = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT, TestObjects.NATIVE_ENV);
        ObjectCacheKey b = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT.clone(), new NativeObjectEnvironment(
                "20.1.7", "x86_64-unknown-linux-gnu", "znver3", "+avx2,+bmi2,+fma", 2, "pyjit-abi-1"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(32, a.digest().length);
        assertEquals(64, a.hex().length());
    }

    @Test
    void everyEnvironmentFieldChangesTheKey() {
        NativeObjectEnvironment e = TestObjects.NATIVE_ENV;
        List<CompilationEnvironment> variants = List.of(
                e,
                new NativeObjectEnvironment("20.1.8", e.targetTriple(), e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), e.abiId()),
                new NativeObjectEnvironment(e.llvmVersion(), "aarch64-unknown-linux-gnu", e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), e.abiId()),
                new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), "skylake", e.cpuFeatures(), e.optimizationLevel(), e.abiId()),
                new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), "+avx2,+bmi2", e.optimizationLevel(), e.abiId()),
                new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), e.cpuFeatures(), 3, e.abiId()),
                new NativeObjectEnvironment(e.llvmVersion(), e.targetTriple(), e.cpuName(), e.cpuFeatures(), e.optimizationLevel(), "pyjit-abi-2"));
        Set<ObjectCacheKey> keys = new HashSet<>();
        for (CompilationEnvironment env : variants) {
            keys.add(ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT, env));
        }
        assertEquals(variants.size(), keys.size());
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        // "ab" + "c" and "a" + "bc" must not collide: lengths are hashed with the values
        ObjectCacheKey a = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT,
                new NativeObjectEnvironment("ab", "c", "x", "y", 2, "z"));
        ObjectCacheKey b = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT,
                new NativeObjectEnvironment("a", "bc", "x", "y", 2, "z"));
        assertNotEquals(a, b);
    }

    @Test
    void kindsNeverShareKeysForEqualInputs() {
        ObjectCacheKey classFile = ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, INPUT, new ClassFileEnvironment("1"));
        ObjectCacheKey bytecode = ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, INPUT, new BytecodeEnvironment("1"));
        assertNotEquals(classFile, bytecode);
        assertNotEquals(ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, INPUT, new ClassFileEnvironment("1")),
                ObjectCacheKey.of(ArtifactKind.TIER1_CLASS, INPUT, new ClassFileEnvironment("2")));
        assertNotEquals(ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, INPUT, new BytecodeEnvironment("1")),
                ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, "x".getBytes(StandardCharsets.UTF_8), new BytecodeEnvironment("1")));
    }

    @Test
    void anEnvironmentOfAnotherKindIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT, new BytecodeEnvironment("1")));
    }

    @Test
    void aKeyRebuiltFromItsDigestEqualsTheOriginal() {
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.NATIVE_OBJECT, INPUT, TestObjects.NATIVE_ENV);
        ObjectCacheKey rebuilt = ObjectCacheKey.fromDigest(ArtifactKind.NATIVE_OBJECT, key.digest());
        assertEquals(key, rebuilt);
        assertArrayEquals(key.digest(), rebuilt.digest());
        assertEquals(key.environment().orElseThrow(), TestObjects.NATIVE_ENV);
        assertEquals(false, rebuilt.environment().isPresent());
        assertThrows(IllegalArgumentException.class, () -> ObjectCacheKey.fromDigest(ArtifactKind.NATIVE_OBJECT, new byte[31]));
    }

    @Test
    void theDigestIsAKnownSha256Construction() throws Exception {
        // recompute the documented construction independently
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("pyjit.objcache.input.v1\0".getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 3);
        sha.update(INPUT);
        byte[] inputDigest = sha.digest();
        sha.update("pyjit.objcache.key.v1\0".getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 3);
        sha.update(inputDigest);
        sha.update(new byte[] {0, 0, 0, 1});
        byte[] name = "bytecodeFormatVersion".getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {0, 0, 0, (byte) name.length});
        sha.update(name);
        sha.update(new byte[] {0, 0, 0, 1, '7'});
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, INPUT, new BytecodeEnvironment("7"));
        assertArrayEquals(sha.digest(), key.digest());
    }
}
